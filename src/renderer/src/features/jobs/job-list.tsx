import { DemoTag } from '../welcome/demo-tag';
import { useFirstRun } from '../welcome/use-first-run';
import type { JobSummary } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { useReportError } from '../../lib/error-reporter';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { ConfirmAction } from '../../ui/confirm-action';
import { EditableField } from '../../ui/editable-field';
import { isJobStatus, STATUS_OPTIONS } from './job-status';

interface Props {
  jobs: JobSummary[];
  selectedJobId: number | null;
  /** After a delete: every saved job, as main now holds them. */
  onJobsChange: (jobs: JobSummary[]) => void;
  /** After a status or notes change: the one job, as main now holds it. */
  onJobChange: (job: JobSummary) => void;
  onOpen: (jobId: number) => void;
  /** What to say when the list is empty (no jobs at all, or none matching the search). */
  emptyText: string;
}

export const jobName = (job: Pick<JobSummary, 'title' | 'company'>): string =>
  [job.title.trim() || 'Untitled job', job.company.trim()].filter(Boolean).join(' at ');

/** Export records ("what was sent") go with the job, so the question counts them. */
export const deleteQuestion = (name: string, exportCount: number): string =>
  exportCount === 0
    ? `Delete “${name}”?`
    : `Delete “${name}” and its ${plural(exportCount, 'export record')} (what was sent, when)? ` +
      'The exported files stay on disk.';

export function JobList({ jobs, selectedJobId, onJobsChange, onJobChange, onOpen, emptyText }: Props) {
  const report = useReportError();
  const demoJobId = useFirstRun()?.demo.job?.id ?? null;

  if (jobs.length === 0) {
    return <p className="empty-note">{emptyText}</p>;
  }

  return (
    <ul className="job-list" aria-label="Saved jobs">
      {jobs.map((job) => {
        const name = jobName(job);
        return (
          <li
            key={job.id}
            className={`job-row ${job.id === selectedJobId ? 'job-row-selected' : ''}`}
            data-status={job.status}
          >
            <div className="job-row-main">
              <button type="button" className="job-open" onClick={() => onOpen(job.id)}>
                {/* Said, not shown: the name starts with what the button does and contains what it shows. */}
                <span className="visually-hidden">Tailor for </span>
                <span className="job-title">
                  {job.title.trim() || 'Untitled job'}
                  {job.id === demoJobId && (
                    <>
                      {' '}
                      <DemoTag />
                    </>
                  )}
                </span>
                <span className="job-meta">
                  {[job.company, job.location].filter((s) => s.trim() !== '').join(' · ') ||
                    'Company not found'}
                </span>
              </button>
              {job.match && (
                <span className="job-score" title={job.match.summary} data-testid="job-score">
                  <strong>{job.match.percent}%</strong>
                  <span className="job-score-detail">{job.match.summary}</span>
                </span>
              )}
              <select
                className={`job-status job-status-${job.status}`}
                aria-label={`Status of ${name}`}
                value={job.status}
                onChange={(e) => {
                  const status = e.target.value;
                  if (!isJobStatus(status)) return;
                  api
                    .updateJob({ id: job.id, status })
                    .then((updated) => onJobChange({ ...updated, match: job.match }), report);
                }}
              >
                {STATUS_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              <ConfirmAction
                label="Delete"
                ariaLabel={`Delete job ${name}`}
                question={deleteQuestion(name, job.exportCount)}
                confirmLabel="Yes, delete job"
                onConfirm={() => api.deleteJob({ id: job.id }).then(onJobsChange, report)}
              />
            </div>
            <div className="job-row-extra">
              <span className="job-dates">
                <span>
                  Saved <time dateTime={job.createdAt}>{formatDate(job.createdAt)}</time>
                </span>
                {job.appliedAt && (
                  <span>
                    Applied <time dateTime={job.appliedAt}>{formatDate(job.appliedAt)}</time>
                  </span>
                )}
                {job.updatedAt !== job.createdAt && (
                  <span>
                    Updated <time dateTime={job.updatedAt}>{formatDate(job.updatedAt)}</time>
                  </span>
                )}
              </span>
              <EditableField
                label={`Notes for ${name}`}
                hideLabel
                multiline
                rows={1}
                className="job-notes"
                value={job.notes}
                placeholder="Notes: contact, next step, salary talk…"
                onSave={async (notes) => {
                  const updated = await api.updateJob({ id: job.id, notes });
                  onJobChange({ ...updated, match: job.match });
                }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
