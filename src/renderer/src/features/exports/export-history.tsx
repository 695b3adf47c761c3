import { useState } from 'react';
import type { ExportRecord } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { keys } from '../../lib/query-keys';
import { useReportedQuery } from '../../lib/use-reported-query';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { ExportCompare } from './export-compare';
import { fileName } from './file-name';

interface Props {
  jobId: number;
  active: boolean;
}

const newestFirst = (list: ExportRecord[]) =>
  [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);

/**
 * "What was sent": every export of this job, newest first; each opens beside today's tailoring. An
 * export marks the list out of date (export-button.tsx), so the new record shows at once.
 */
export function ExportHistory({ jobId, active }: Props) {
  const records =
    useReportedQuery({
      queryKey: keys.exports(jobId),
      queryFn: () => api.listExports({ jobId }),
      enabled: active,
      select: newestFirst,
    }).data ?? null;
  const [open, setOpen] = useState<number | null>(null);

  if (records === null) return null;
  return (
    <section className="export-history" aria-labelledby="export-history-heading">
      <h3 id="export-history-heading" className="list-title">
        What was sent {records.length > 0 && `(${plural(records.length, 'export')})`}
      </h3>
      {records.length === 0 ? (
        <p className="empty-note">Nothing exported for this job yet.</p>
      ) : (
        <ol className="export-records" data-testid="export-history">
          {records.map((record) => (
            <li key={record.id} className="export-record">
              <button
                type="button"
                className="export-record-open"
                aria-label={`Open export of ${formatDate(record.createdAt)}: ${fileName(record.path)}`}
                onClick={() => setOpen(record.id)}
              >
                <span className="export-record-name">{fileName(record.path)}</span>
                <span className="export-record-meta">
                  <time dateTime={record.createdAt}>{formatDate(record.createdAt)}</time>
                  {' · '}
                  {record.score ? `${record.score.percent}%` : `${record.percent}%`}
                  {' · '}
                  {[record.template, record.format.toUpperCase()].filter(Boolean).join(', ')}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {open !== null && <ExportCompare exportId={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
