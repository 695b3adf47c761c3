import type { JobSummary, JobView } from '../../../../shared/domain-types';
import { NEWEST_JOBS } from '../../lib/newest-jobs';
import { api } from '../../lib/api';
import { useReportError } from '../../lib/error-reporter';
import { MyDictionary } from '../dictionary/my-dictionary';
import { JobLibrary } from './job-library';
import { SkillGapsPanel } from './skill-gaps-panel';
import { NewJobForm } from './new-job-form';

interface Props {
  jobs: JobSummary[];
  selectedJobId: number | null;
  /** The Jobs tab is on screen: lists changed elsewhere meanwhile are read again. */
  active: boolean;
  onJobsChange: (jobs: JobSummary[]) => void;
  onOpen: (jobId: number) => void;
}

export function JobsPage({ jobs, selectedJobId, active, onJobsChange, onOpen }: Props) {
  const report = useReportError();

  const onCreated = async (view: JobView) => {
    // The new job is known from createJob's reply even if refreshing the list fails.
    const { text: _text, ...summary } = view.job;
    try {
      onJobsChange(await api.listJobs({ limit: NEWEST_JOBS }));
    } catch (e) {
      onJobsChange([summary, ...jobs.filter((j) => j.id !== summary.id)]);
      report(e);
    }
    onOpen(view.job.id);
  };

  return (
    <div className="jobs-page">
      <div className="toolbar">
        <div>
          <h2 className="page-title">Jobs</h2>
          <p className="page-hint">Each saved posting gets its own tailored résumé. Choose one to tailor.</p>
        </div>
      </div>
      {/* Adding a posting is what this page is mostly for: it comes first, the saved jobs after. */}
      <NewJobForm onCreated={(view) => void onCreated(view)} />
      <JobLibrary
        jobs={jobs}
        selectedJobId={selectedJobId}
        active={active}
        onJobsChange={onJobsChange}
        onOpen={onOpen}
      />
      <SkillGapsPanel jobs={jobs} active={active} onOpen={onOpen} />
      <MyDictionary />
    </div>
  );
}
