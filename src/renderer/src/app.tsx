import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NEWEST_JOBS } from './lib/newest-jobs';
import type { Resume } from '../../core/resume/resume';
import type { JobSummary } from '../../shared/domain-types';
import { api, ApiError } from './lib/api';
import { errorMessage } from './lib/error-message';
import { keys } from './lib/query-keys';
import { afterResumeWriteElsewhere } from './lib/invalidate';
import { onResumeChangeElsewhere } from './lib/resume-broadcast';
import { ErrorReporterContext } from './lib/error-reporter';
import { AppTabs, TabPanel, type TabId } from './features/shell/app-tabs';
import { NoticeBanner } from './features/shell/notice-banner';
import { ErrorAlerts, type ShownError } from './features/shell/error-alerts';
import { ResumeEditor } from './features/resume/resume-editor';
import { JobsPage } from './features/jobs/jobs-page';
import { TailorPage } from './features/tailor/tailor-page';
import { WelcomePage, type WelcomeChoice } from './features/welcome/welcome-page';
import { firstRunQuery, useDismissWelcome } from './features/welcome/use-first-run';
import { useReportedQuery } from './lib/use-reported-query';
import { tabId } from './features/shell/app-tabs';

/** Newest first: the order the jobs list shows and the job Tailor opens with. */
const newestFirst = (jobs: JobSummary[]) =>
  [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);

const EMPTY_JOBS: JobSummary[] = [];

const isResumeEmpty = (resume: Resume) =>
  resume.sections.length === 0 && Object.values(resume.profile).every((v) => v.trim() === '');

export function App() {
  const queryClient = useQueryClient();
  // null until the user picks a tab or start-up picks one for them: a pick always wins over start-up.
  const [pickedTab, setTab] = useState<TabId | null>(null);
  const [noticesDismissed, setNoticesDismissed] = useState(false);
  // null: the newest job (the first in the list).
  const [selectedJobId, setSelectedJobId] = useState<number | null>(null);
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

  const infoQuery = useQuery({ queryKey: keys.appInfo, queryFn: () => api.getAppInfo() });
  // Another window or tab may edit the résumé too: read it again when this one comes back to the front
  // (focus, visibility), and as soon as the other says it wrote (a message, no polling).
  const resumeQuery = useQuery({
    queryKey: keys.resume,
    queryFn: () => api.getResume(),
    refetchOnWindowFocus: 'always',
  });
  useEffect(() => onResumeChangeElsewhere(() => afterResumeWriteElsewhere(queryClient)), [queryClient]);
  const jobsQuery = useQuery({
    queryKey: keys.newestJobs,
    queryFn: () => api.listJobs({ limit: NEWEST_JOBS }),
    select: newestFirst,
  });
  useEffect(() => {
    for (const error of [infoQuery.error, resumeQuery.error, jobsQuery.error]) if (error) report(error);
  }, [infoQuery.error, resumeQuery.error, jobsQuery.error, report]);

  const firstRunRead = useReportedQuery(firstRunQuery);
  const firstRun = firstRunRead.data ?? null;
  // A failed read is no welcome: the app opens as for a returning user.
  const firstRunKnown = firstRun !== null || firstRunRead.isError;
  const welcomeDue = firstRun?.welcomeDue ?? false;
  const dismissWelcome = useDismissWelcome();
  // The header's "Welcome" opens it again at any time.
  const [welcomeAsked, setWelcomeAsked] = useState(false);

  const info = infoQuery.data ?? null;
  const resume = resumeQuery.data ?? null;
  // A failed list is an empty one: the user can still save a job.
  const jobs = jobsQuery.data ?? (jobsQuery.isError ? EMPTY_JOBS : null);

  // Start-up picks the tab once the first data is in, unless the user picked one already. A returning
  // user picks up where tailoring happens; a new one starts with their résumé.
  const startTab: TabId | null =
    resume === null || jobs === null || !firstRunKnown || welcomeDue
      ? null
      : isResumeEmpty(resume) || jobsQuery.isError
        ? 'resume'
        : jobs.length > 0
          ? 'tailor'
          : 'jobs';
  // Set while rendering (React's pattern for state derived once from props): no effect, so no frame in
  // which a click could land between the data arriving and the start tab being chosen.
  if (pickedTab === null && startTab !== null) setTab(startTab);
  const showWelcome = welcomeAsked || (welcomeDue && pickedTab === null);
  const tab: TabId | null = showWelcome ? null : (pickedTab ?? 'resume');

  // Leaving the welcome any way (a tab, or one of its three ways in) counts as having seen it.
  const selectTab = useCallback(
    (id: TabId) => {
      setTab(id);
      setWelcomeAsked(false);
      if (welcomeDue) dismissWelcome();
    },
    [welcomeDue, dismissWelcome],
  );

  const newest = jobs?.[0]?.id ?? null;
  const wantedJobId = selectedJobId ?? newest;
  const selectedInList = jobs?.some((j) => j.id === wantedJobId) ?? false;
  // The selected job when it is not among `jobs` (an older one found by searching), read by id.
  const olderQuery = useQuery({
    queryKey: keys.job(wantedJobId ?? 0),
    queryFn: () => api.getJob({ id: wantedJobId ?? 0 }),
    enabled: jobs !== null && wantedJobId !== null && !selectedInList,
  });
  const olderGone = !selectedInList && olderQuery.isError;
  useEffect(() => {
    const error = olderQuery.error;
    // Deleted meanwhile: Tailor opens the newest job instead, as after deleting the selected one.
    if (error && !(error instanceof ApiError && error.code === 'not-found')) report(error);
  }, [olderQuery.error, report]);
  const selectedJob = useMemo((): JobSummary | null => {
    const listed = jobs?.find((j) => j.id === wantedJobId);
    if (listed) return listed;
    if (olderGone || !olderQuery.data) return jobs?.find((j) => j.id === newest) ?? null;
    const { text: _text, ...summary } = olderQuery.data.job;
    return summary;
  }, [jobs, wantedJobId, newest, olderGone, olderQuery.data]);

  // One job's title, company or location corrected in Tailor: the lists show the new values at once.
  const onJobChange = useCallback(
    (changed: JobSummary) => {
      queryClient.setQueryData<JobSummary[]>(keys.newestJobs, (current) =>
        current?.map((job) => (job.id === changed.id ? { ...changed, match: job.match } : job)),
      );
      // The library's rows and the gaps' job names show it too.
      void queryClient.invalidateQueries({ queryKey: keys.jobSearches });
      void queryClient.invalidateQueries({ queryKey: keys.skillGaps });
    },
    [queryClient],
  );

  const onJobsChange = useCallback(
    (next: JobSummary[]) => {
      queryClient.setQueryData(keys.newestJobs, next);
      // A list shorter than the limit is every job: a selection missing from it was deleted. Otherwise
      // the selection may be an older job, read by id above.
      setSelectedJobId((current) =>
        current !== null && (next.length >= NEWEST_JOBS || next.some((j) => j.id === current))
          ? current
          : null,
      );
      // Saved or deleted jobs change the library's lists, the skills they ask for, and the demo job.
      void queryClient.invalidateQueries({ queryKey: keys.jobSearches });
      void queryClient.invalidateQueries({ queryKey: keys.firstRun });
      void queryClient.invalidateQueries({ queryKey: keys.skillGaps });
    },
    [queryClient],
  );

  // Bumped each time a job is opened from Jobs (saved or picked), so Tailor moves focus to it.
  const [opened, setOpened] = useState(0);
  const openJob = useCallback(
    (jobId: number) => {
      setSelectedJobId(jobId);
      selectTab('tailor');
      setOpened((n) => n + 1);
    },
    [selectTab],
  );

  // Bumped by the welcome's "Import my résumé" (with the file, when one was dropped there): the résumé
  // page opens its import, focused.
  const [importRequest, setImportRequest] = useState(0);
  const [importFile, setImportFile] = useState<File | null>(null);
  const onWelcomeChoice = (choice: WelcomeChoice) => {
    if (choice.way === 'demo' && choice.jobId !== null) return openJob(choice.jobId);
    selectTab(choice.way === 'demo' ? 'tailor' : 'resume');
    if (choice.way === 'import') {
      setImportFile(choice.file ?? null);
      setImportRequest((n) => n + 1);
    }
    // Focus goes where the user now is, not to the page's body.
    else
      requestAnimationFrame(() =>
        document.getElementById(tabId(choice.way === 'demo' ? 'tailor' : 'resume'))?.focus(),
      );
  };

  // The picker lists the newest jobs and, last, the selected one when it is older.
  const pickerJobs = useMemo(
    () => (jobs && selectedJob && !jobs.some((j) => j.id === selectedJob.id) ? [...jobs, selectedJob] : jobs),
    [jobs, selectedJob],
  );

  return (
    <ErrorReporterContext.Provider value={report}>
      <div className="app">
        <header className="app-header">
          <h1 className="app-name">Résumé Tailor</h1>
          <AppTabs current={tab} onSelect={selectTab} />
          <div className="header-end">
            <button
              type="button"
              className="button-quiet"
              aria-pressed={showWelcome}
              onClick={() => setWelcomeAsked(true)}
            >
              Welcome
            </button>
            {info?.mode === 'browser' && <span className="mode-badge">Browser mode</span>}
          </div>
        </header>
        {info && !noticesDismissed && (
          <NoticeBanner notices={info.notices} onDismiss={() => setNoticesDismissed(true)} />
        )}
        <ErrorAlerts
          errors={errors}
          onDismiss={(id) => setErrors((shown) => shown.filter((e) => e.id !== id))}
        />
        <main className="app-main">
          {showWelcome && firstRun && <WelcomePage firstRun={firstRun} onChoose={onWelcomeChoice} />}
          <TabPanel id="resume" current={tab}>
            {resume ? (
              <ResumeEditor resume={resume} importRequest={importRequest} importFile={importFile} />
            ) : (
              <Loading />
            )}
          </TabPanel>
          <TabPanel id="jobs" current={tab}>
            {jobs ? (
              <JobsPage
                jobs={jobs}
                selectedJobId={selectedJob?.id ?? null}
                active={tab === 'jobs'}
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
                onGoTo={selectTab}
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
