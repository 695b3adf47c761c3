import type { JobSummary } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { useReportError } from '../../lib/error-reporter';
import { formatDate } from '../../lib/format-date';
import { ConfirmAction } from '../../ui/confirm-action';

interface Props {
  jobs: JobSummary[];
  selectedJobId: number | null;
  onJobsChange: (jobs: JobSummary[]) => void;
  onOpen: (jobId: number) => void;
}

export const jobName = (job: Pick<JobSummary, 'title' | 'company'>): string =>
  [job.title.trim() || 'Untitled job', job.company.trim()].filter(Boolean).join(' at ');

export function JobList({ jobs, selectedJobId, onJobsChange, onOpen }: Props) {
  const report = useReportError();

  if (jobs.length === 0) {
    return <p className="empty-note">No saved jobs yet. Paste your first posting below.</p>;
  }

  return (
    <ul className="job-list" aria-label="Saved jobs">
      {jobs.map((job) => (
        <li key={job.id} className={`job-row ${job.id === selectedJobId ? 'job-row-selected' : ''}`}>
          <button
            type="button"
            className="job-open"
            aria-label={`Tailor for ${jobName(job)}`}
            onClick={() => onOpen(job.id)}
          >
            <span className="job-title">{job.title.trim() || 'Untitled job'}</span>
            <span className="job-meta">
              {[job.company, job.location].filter((s) => s.trim() !== '').join(' · ') || 'Company not found'}
            </span>
          </button>
          <time className="job-date" dateTime={job.createdAt}>
            {formatDate(job.createdAt)}
          </time>
          <ConfirmAction
            label="Delete"
            ariaLabel={`Delete job ${jobName(job)}`}
            question={`Delete “${jobName(job)}”?`}
            confirmLabel="Yes, delete job"
            onConfirm={() => api.deleteJob({ id: job.id }).then(onJobsChange, report)}
          />
        </li>
      ))}
    </ul>
  );
}
