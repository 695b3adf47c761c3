import { useState } from 'react';
import type { JobSummary, SkillGap } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { keys } from '../../lib/query-keys';
import { useReportedQuery } from '../../lib/use-reported-query';
import { plural } from '../../lib/plural';
import { jobName } from './job-list';

interface Props {
  /** Saved jobs: a job saved or deleted changes the answer. */
  jobs: JobSummary[];
  /** On screen: read when shown, and again after a change elsewhere (the résumé, a job saved). */
  active: boolean;
  onOpen: (jobId: number) => void;
}

/** Skills shown at first; the rest behind "Show all". */
const FIRST = 8;
/** Jobs named per skill before "and N more". */
const JOBS_SHOWN = 4;

/**
 * Across jobs: the skills your saved jobs ask for most that your résumé (any wording of it) never
 * shows. Read when the Jobs tab is shown, and again when the résumé, the jobs or the dictionary change.
 */
export function SkillGapsPanel({ jobs, active, onOpen }: Props) {
  const gaps =
    useReportedQuery({ queryKey: keys.skillGaps, queryFn: () => api.skillGaps(), enabled: active }).data ??
    null;
  const [all, setAll] = useState(false);

  const list = gaps ?? [];
  const visible = all ? list : list.slice(0, FIRST);
  return (
    <section className="card skill-gaps" aria-labelledby="skill-gaps-heading">
      <h2 id="skill-gaps-heading" className="card-title">
        Skills your saved jobs ask for that your résumé does not show
      </h2>
      <p className="page-hint">
        Most required first. If you have one of these, write a bullet or another wording that says so.
      </p>
      {gaps === null ? (
        <p className="loading">Loading…</p>
      ) : list.length === 0 ? (
        <p className="empty-note">
          {jobs.length === 0
            ? 'Save a few postings to see which skills they ask for.'
            : 'None: your résumé shows every skill your saved jobs ask for.'}
        </p>
      ) : (
        <>
          <ol className="gap-list" data-testid="skill-gaps">
            {visible.map((gap) => (
              <GapRow key={gap.skill} gap={gap} onOpen={onOpen} />
            ))}
          </ol>
          {list.length > FIRST && (
            <button type="button" className="button-quiet" onClick={() => setAll((v) => !v)}>
              {all ? 'Show fewer' : `Show all ${list.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function GapRow({ gap, onOpen }: { gap: SkillGap; onOpen: (jobId: number) => void }) {
  const [open, setOpen] = useState(false);
  const jobs = open ? gap.jobs : gap.jobs.slice(0, JOBS_SHOWN);
  return (
    <li className="gap-row">
      <span className="gap-skill">{gap.skill}</span>
      <span className="gap-count">
        {plural(gap.count, 'job')}
        {gap.requiredCount > 0 && ` (${gap.requiredCount} require it)`}
      </span>
      <ul className="gap-jobs" aria-label={`Jobs asking for ${gap.skill}`}>
        {jobs.map((job) => (
          <li key={job.id}>
            <button
              type="button"
              className={`gap-job gap-job-${job.level}`}
              title={job.level === 'required' ? 'Required' : 'Nice to have'}
              onClick={() => onOpen(job.id)}
            >
              {jobName(job)}
            </button>
          </li>
        ))}
        {gap.jobs.length > JOBS_SHOWN && (
          <li>
            <button type="button" className="button-quiet gap-more" onClick={() => setOpen((v) => !v)}>
              {open ? 'fewer' : `and ${gap.jobs.length - JOBS_SHOWN} more`}
            </button>
          </li>
        )}
      </ul>
    </li>
  );
}
