import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NEWEST_JOBS } from './lib/newest-jobs';
import type { Resume } from '../../core/resume/resume';
import type { AppInfo, JobSummary } from '../../shared/domain-types';
import { api, ApiError } from './lib/api';
import { errorMessage } from './lib/error-message';
import { ErrorReporterContext } from './lib/error-reporter';
import { AppTabs, TabPanel, type TabId } from './features/shell/app-tabs';
import { NoticeBanner } from './features/shell/notice-banner';
import { ErrorAlerts, type ShownError } from './features/shell/error-alerts';
import { ResumeEditor } from './features/resume/resume-editor';
import { JobsPage } from './features/jobs/jobs-page';
import { TailorPage } from './features/tailor/tailor-page';

/** Newest first: the order the jobs list shows and the job Tailor opens with. */
const newestFirst = (jobs: JobSummary[]) =>
  [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);

const isResumeEmpty = (resume: Resume) =>
  resume.sections.length === 0 && Object.values(resume.profile).every((v) => v.trim() === '');

export function App() {
  const [tab, setTab] = useState<TabId>('resume');
  // A tab the user picked before the first data arrived is theirs: start-up must not move them away.
  const userPickedTab = useRef(false);
  const pickTab = useCallback((next: TabId) => {
    userPickedTab.current = true;
    setTab(next);
  }, []);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [noticesDismissed, setNoticesDismissed] = useState(false);
  const [resume, setResume] = useState<Resume | null>(null);
  const [jobs, setJobs] = useState<JobSummary[] | null>(null);
  const [selectedJobId, setSelectedJobId] = useState<number | null>(null);
  // The selected job when it is not among `jobs` (an older one found by searching), fetched by id.
  const [olderJob, setOlderJob] = useState<JobSummary | null>(null);
  const [errors, setErrors] = useState<ShownError[]>([]);
  const nextErrorId = useRef(1);

  const report = useCallback((error: unknown) => {
    const message = errorMessage(error);
    // The same failure repeated (a toggle clicked twice while main is down) is shown once.
    setErrors((shown) =>
      shown.some((e) => e.message === message)
        ? shown
        : [...shown.slice(-3), { id: nextErrorId.current++, message }],
    );
  }, []);

  useEffect(() => {
    let alive = true;
    void (async () => {
      const [infoResult, resumeResult, jobsResult] = await Promise.allSettled([
        api.getAppInfo(),
        api.getResume(),
        api.listJobs({ limit: NEWEST_JOBS }),
      ]);
      if (!alive) return;
      if (infoResult.status === 'fulfilled') setInfo(infoResult.value);
      else report(infoResult.reason);
      if (resumeResult.status === 'fulfilled') setResume(resumeResult.value);
      else report(resumeResult.reason);
      if (jobsResult.status === 'fulfilled') {
        const sorted = newestFirst(jobsResult.value);
        setJobs(sorted);
        setSelectedJobId(sorted[0]?.id ?? null);
        // A returning user picks up where tailoring happens; a new one starts with their résumé.
        const hasResume = resumeResult.status === 'fulfilled' && !isResumeEmpty(resumeResult.value);
        if (hasResume && !userPickedTab.current) setTab(sorted.length > 0 ? 'tailor' : 'jobs');
      } else {
        setJobs([]);
        report(jobsResult.reason);
      }
    })();
    return () => {
      alive = false;
    };
  }, [report]);

  // One job's title, company or location corrected in Tailor: the lists show the new values at once.
  const onJobChange = useCallback((changed: JobSummary) => {
    const merge = (job: JobSummary) => (job.id === changed.id ? { ...changed, match: job.match } : job);
    setJobs((current) => current?.map(merge) ?? current);
    setOlderJob((current) => (current ? merge(current) : current));
  }, []);

  const onJobsChange = useCallback((next: JobSummary[]) => {
    const sorted = newestFirst(next);
    setJobs(sorted);
    // A list shorter than the limit is every job: a selection missing from it was deleted. Otherwise
    // the selection may be an older job, checked again below.
    setOlderJob(null);
    setSelectedJobId((current) =>
      current !== null && (sorted.length >= NEWEST_JOBS || sorted.some((j) => j.id === current))
        ? current
        : (sorted[0]?.id ?? null),
    );
  }, []);

  const selectedInList = jobs?.some((j) => j.id === selectedJobId) ?? false;
  useEffect(() => {
    if (jobs === null || selectedJobId === null || selectedInList || olderJob?.id === selectedJobId) return;
    let alive = true;
    api.getJob({ id: selectedJobId }).then(
      ({ job: { text: _text, ...summary } }) => {
        if (alive) setOlderJob(summary);
      },
      (error: unknown) => {
        if (!alive) return;
        // Deleted meanwhile: Tailor opens the newest job instead, as after deleting the selected one.
        if (!(error instanceof ApiError && error.code === 'not-found')) report(error);
        setSelectedJobId(jobs[0]?.id ?? null);
      },
    );
    return () => {
      alive = false;
    };
  }, [jobs, selectedJobId, selectedInList, olderJob, report]);

  // Bumped each time a job is opened from Jobs (saved or picked), so Tailor moves focus to it.
  const [opened, setOpened] = useState(0);
  const openJob = useCallback((jobId: number) => {
    setSelectedJobId(jobId);
    setTab('tailor');
    setOpened((n) => n + 1);
  }, []);

  const selectedJob = useMemo(
    () => jobs?.find((j) => j.id === selectedJobId) ?? (olderJob?.id === selectedJobId ? olderJob : null),
    [jobs, selectedJobId, olderJob],
  );
  // The picker lists the newest jobs and, last, the selected one when it is older.
  const pickerJobs = useMemo(
    () => (jobs && selectedJob && !selectedInList ? [...jobs, selectedJob] : jobs),
    [jobs, selectedJob, selectedInList],
  );

  return (
    <ErrorReporterContext.Provider value={report}>
      <div className="app">
        <header className="app-header">
          <h1 className="app-name">Résumé Tailor</h1>
          <AppTabs current={tab} onSelect={pickTab} />
          {info?.mode === 'browser' && <span className="mode-badge">Browser mode</span>}
        </header>
        {info && !noticesDismissed && (
          <NoticeBanner notices={info.notices} onDismiss={() => setNoticesDismissed(true)} />
        )}
        <ErrorAlerts
          errors={errors}
          onDismiss={(id) => setErrors((shown) => shown.filter((e) => e.id !== id))}
        />
        <main className="app-main">
          <TabPanel id="resume" current={tab}>
            {resume ? <ResumeEditor resume={resume} onResume={setResume} /> : <Loading />}
          </TabPanel>
          <TabPanel id="jobs" current={tab}>
            {jobs ? (
              <JobsPage
                jobs={jobs}
                selectedJobId={selectedJobId}
                onJobsChange={onJobsChange}
                onOpen={openJob}
              />
            ) : (
              <Loading />
            )}
          </TabPanel>
          <TabPanel id="tailor" current={tab} className="panel-tailor">
            {resume && jobs ? (
              <TailorPage
                job={selectedJob}
                jobs={pickerJobs ?? jobs}
                resume={resume}
                active={tab === 'tailor'}
                onSelectJob={setSelectedJobId}
                onGoTo={setTab}
                onJobChange={onJobChange}
                focusRequest={opened}
              />
            ) : (
              <Loading />
            )}
          </TabPanel>
        </main>
      </div>
    </ErrorReporterContext.Provider>
  );
}

function Loading() {
  return <p className="loading">Loading…</p>;
}
