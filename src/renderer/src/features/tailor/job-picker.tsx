import type { JobSummary } from '../../../../shared/domain-types';
import { formatDate } from '../../lib/format-date';
import { useFirstRun } from '../welcome/use-first-run';
import { JobSearch } from './job-search';

interface Props {
  /** The newest jobs, and the current one wherever it is in the library. */
  jobs: JobSummary[];
  selectedJobId: number;
  onSelect: (jobId: number) => void;
}

const jobLabel = (job: JobSummary): string =>
  `${[job.title.trim() || 'Untitled job', job.company.trim()].filter(Boolean).join(' — ')} (${formatDate(job.createdAt)})`;

/**
 * Switch jobs without leaving Tailor: the newest jobs in a list, any other one by searching. The list
 * stays short so a library of thousands of jobs neither slows the start nor makes a select unusable.
 */
export function JobPicker({ jobs, selectedJobId, onSelect }: Props) {
  const demoJobId = useFirstRun()?.demo.job?.id ?? null;
  return (
    <div className="job-picker">
      <label className="job-picker-choice">
        <span className="job-picker-label">Tailoring for</span>
        <select value={selectedJobId} onChange={(e) => onSelect(Number(e.target.value))}>
          {jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {jobLabel(job)}
              {job.id === demoJobId ? ' · demo' : ''}
            </option>
          ))}
        </select>
      </label>
      <JobSearch onSelect={onSelect} />
    </div>
  );
}
