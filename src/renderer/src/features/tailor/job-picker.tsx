import type { JobSummary } from '../../../../shared/domain-types';
import { formatDate } from '../../lib/format-date';

interface Props {
  jobs: JobSummary[];
  selectedJobId: number;
  onSelect: (jobId: number) => void;
}

/** Switch jobs without leaving Tailor. */
export function JobPicker({ jobs, selectedJobId, onSelect }: Props) {
  return (
    <label className="job-picker">
      <span className="job-picker-label">Tailoring for</span>
      <select value={selectedJobId} onChange={(e) => onSelect(Number(e.target.value))}>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {`${[job.title.trim() || 'Untitled job', job.company.trim()].filter(Boolean).join(' — ')} (${formatDate(job.createdAt)})`}
          </option>
        ))}
      </select>
    </label>
  );
}
