import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ExportView, ReexportResult } from '../../../../shared/domain-types';
import type { SentBulletStatus } from '../../../../core/tailor/export-comparison';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { keys } from '../../lib/query-keys';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { fileName } from './file-name';

interface Props {
  exportId: number;
  onClose: () => void;
}

const STATUS_WORDS: Record<SentBulletStatus, string> = {
  same: 'Same today',
  reworded: 'Reworded today',
  'left-out-today': 'Left out today',
  deleted: 'Deleted from the résumé',
};

/**
 * One past export beside today's tailoring of the same job: score then and now, each bullet as sent
 * and as it stands today, and the same file written again byte for byte. A modal dialog: it is a
 * look back, and Escape or Close returns to tailoring where it was.
 */
export function ExportCompare({ exportId, onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const query = useQuery({ queryKey: keys.exportView(exportId), queryFn: () => api.getExport({ exportId }) });
  const view = query.data ?? null;
  // Shown in the dialog, where the user is looking.
  const error = query.error ? errorMessage(query.error) : null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="export-compare"
      aria-labelledby="export-compare-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <header className="export-compare-head">
        <h2 id="export-compare-title" className="column-title">
          {view ? `Sent ${formatDate(view.record.createdAt)}: ${fileName(view.record.path)}` : 'Past export'}
        </h2>
        <button type="button" className="button-quiet" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!view && !error && <p className="loading">Loading…</p>}
      {view && <CompareBody view={view} />}
    </dialog>
  );
}

function CompareBody({ view }: { view: ExportView }) {
  const { record, today, comparison } = view;
  const then = record.score;
  const changed = comparison.sent.filter((b) => b.status !== 'same').length + comparison.addedToday.length;
  return (
    <div className="export-compare-body">
      <div className="compare-scores">
        <div className="compare-score" data-testid="score-then">
          <span className="compare-label">Then</span>
          <span className="compare-percent">{then ? then.percent : record.percent}%</span>
          <span className="score-detail">{then ? then.summary : 'score details not recorded'}</span>
          <span className="compare-meta">
            {[record.template && `Template ${record.template}`, record.format.toUpperCase()]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </div>
        <div className="compare-score" data-testid="score-now">
          <span className="compare-label">Today</span>
          <span className="compare-percent">{today.score.percent}%</span>
          <span className="score-detail">{today.summary}</span>
          <span className="compare-meta">
            {changed === 0 ? 'Same bullets and words as sent' : `${plural(changed, 'difference')} below`}
          </span>
        </div>
      </div>
      <Reexport exportId={record.id} available={record.hasBytes} sha256={record.sha256} />
      <table className="compare-table" data-testid="export-comparison">
        <caption className="visually-hidden">Bullets as sent and today</caption>
        <thead>
          <tr>
            <th scope="col">As sent</th>
            <th scope="col">Today</th>
          </tr>
        </thead>
        <tbody>
          {comparison.sent.map((bullet) => (
            <tr key={bullet.bulletId} className={`compare-row compare-${bullet.status}`}>
              <td>{bullet.sentText}</td>
              <td>
                <span className={`compare-status compare-status-${bullet.status}`}>
                  {STATUS_WORDS[bullet.status]}
                </span>
                {bullet.status === 'reworded' && bullet.todayText !== null && (
                  <span className="compare-today-text">{bullet.todayText}</span>
                )}
              </td>
            </tr>
          ))}
          {comparison.addedToday.map((bullet) => (
            <tr key={`added-${bullet.bulletId}`} className="compare-row compare-added">
              <td className="compare-absent">—</td>
              <td>
                <span className="compare-status compare-status-added">Added today</span>
                <span className="compare-today-text">{bullet.text}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The stored bytes written again through the save dialog; main checks the hash before and after. */
function Reexport({ exportId, available, sha256 }: { exportId: number; available: boolean; sha256: string }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReexportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.reexport({ exportId }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="reexport">
      <button
        type="button"
        className="button-primary"
        disabled={busy || !available}
        onClick={() => void run()}
      >
        {busy ? 'Exporting…' : 'Export the same file again'}
      </button>
      <p className="export-status" role="status" data-testid="reexport-status">
        {!available && 'This export was made before files were kept: export the job again instead.'}
        {result?.status === 'saved' &&
          `Saved to ${result.path} (SHA-256 ${result.sha256.slice(0, 12)}… as recorded)`}
      </p>
      {available && result === null && (
        <p className="compare-meta">SHA-256 of the file sent: {sha256.slice(0, 12)}…</p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
