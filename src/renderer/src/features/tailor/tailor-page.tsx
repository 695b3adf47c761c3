import type { FirstRun } from '../../../../shared/domain-types';
import { DemoNotice } from '../welcome/demo-notice';
import { useFirstRun } from '../welcome/use-first-run';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Resume } from '../../../../core/resume/resume';
import type { ItemKind, JobSummary, JobView } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { keys } from '../../lib/query-keys';
import { useReportedQuery } from '../../lib/use-reported-query';
import type { MarkLevel } from '../../ui/highlighted-text';
import { ExportButton } from '../preview/export-button';
import { PreviewPane } from '../preview/preview-pane';
import type { TabId } from '../shell/app-tabs';
import { bulletLocations, stepsToInclude, toExclusionSets } from '../../../../core/tailor/exclusions';
import { PostingView } from './posting-view';
import { SkillLegend } from './skill-legend';
import { ResumePicker } from './resume-picker';
import { PostingSkillChips, ScorePanel } from './score-panel';
import { useTailoring } from './use-tailoring';
import { JobPicker } from './job-picker';
import { PostingTerms } from './posting-terms';
import type {
  BulletPin,
  BulletTextChoice,
  FitToPagesResult,
  Tailoring,
} from '../../../../shared/domain-types';
import { ExportHistory } from '../exports/export-history';
import { EvidenceNote } from './evidence-note';
import { useFitPages } from './fit-pages';
import type { PickerActions } from './resume-picker';

/** Most channels answer with the job's tailoring itself. */
const sameTailoring = (tailoring: Tailoring) => tailoring;
const NO_PINS: Tailoring['choices']['pins'] = {};
const NO_BULLETS: readonly number[] = [];

interface Props {
  job: JobSummary | null;
  jobs: JobSummary[];
  resume: Resume;
  active: boolean;
  onSelectJob: (jobId: number) => void;
  onGoTo: (tab: TabId) => void;
  /** A job whose title, company or location the user corrected here. */
  onJobChange: (job: JobSummary) => void;
  /** Changes when the user opened a job from Jobs: focus goes to its heading, not to the page body. */
  focusRequest?: number;
}

export function TailorPage({
  job,
  jobs,
  resume,
  active,
  onSelectJob,
  onGoTo,
  onJobChange,
  focusRequest = 0,
}: Props) {
  const jobId = job?.id ?? null;
  const demo = useFirstRun()?.demo ?? null;
  // Each request to focus the opened job is served once: later re-renders leave focus with the user.
  const [focusDone, setFocusDone] = useState(0);
  const onFocused = useCallback(() => setFocusDone(focusRequest), [focusRequest]);
  const queryClient = useQueryClient();
  const [widePreview, setWidePreview] = useState(false);
  const { tailoring, setIncluded, apply } = useTailoring(jobId, active);
  // The posting skill whose evidence is shown.
  const [focus, setFocus] = useState<{ jobId: number | null; skill: string | null }>({ jobId, skill: null });
  const focusSkill = focus.jobId === jobId ? focus.skill : null;
  const setFocusSkill = useCallback((skill: string | null) => setFocus({ jobId, skill }), [jobId]);

  const viewQuery = useReportedQuery({
    queryKey: keys.job(jobId ?? 0),
    queryFn: () => api.getJob({ id: jobId ?? 0 }),
    enabled: jobId !== null,
  });
  const currentView = viewQuery.data && viewQuery.data.job.id === jobId ? viewQuery.data : null;
  const onViewChange = useCallback(
    (next: JobView) => {
      const before = queryClient.getQueryData<JobView>(keys.job(next.job.id));
      queryClient.setQueryData(keys.job(next.job.id), next);
      // A corrected posting text changes the skills, so the score (here, in the library and in the
      // gaps across jobs) is read again with it.
      if (before && next.job.text !== before.job.text) {
        void queryClient.invalidateQueries({ queryKey: keys.tailoring(next.job.id) });
        void queryClient.invalidateQueries({ queryKey: keys.jobSearches });
        void queryClient.invalidateQueries({ queryKey: keys.skillGaps });
      }
    },
    [queryClient],
  );

  // Which level each skill has in this posting, to colour the same skill alike in posting and résumé.
  const levels = useMemo(() => {
    const map = new Map<string, MarkLevel>();
    for (const hit of currentView?.analysis.soft ?? []) map.set(hit.skill, 'soft');
    for (const hit of currentView?.analysis.preferred ?? []) map.set(hit.skill, 'preferred');
    for (const hit of currentView?.analysis.required ?? []) map.set(hit.skill, 'required');
    return map;
  }, [currentView]);

  const places = useMemo(() => bulletLocations(tailoring?.resume ?? resume), [tailoring, resume]);
  const masterTexts = useMemo(
    () => new Map([...bulletLocations(resume)].map(([id, place]) => [id, place.text])),
    [resume],
  );

  const onToggle = useCallback(
    (kind: ItemKind, id: number, included: boolean) => void setIncluded([{ kind, id, included }]),
    [setIncluded],
  );

  const onTurnOn = useCallback(
    (bulletId: number) => {
      const place = places.get(bulletId);
      if (!place || !tailoring) return;
      const steps = stepsToInclude(place, bulletId, toExclusionSets(tailoring.excluded));
      void setIncluded(steps.map((s) => ({ ...s, included: true })));
    },
    [places, tailoring, setIncluded],
  );

  const actions = useMemo<PickerActions>(
    () => ({
      onToggle,
      onPin: (bulletId: number, pin: BulletPin | null) =>
        apply((id) => api.setPinned({ jobId: id, bulletId, pin }), sameTailoring),
      onWording: (bulletId: number, choice: BulletTextChoice | null) =>
        apply((id) => api.setBulletText({ jobId: id, bulletId, choice }), sameTailoring),
      onOrder: (kind, parentId, ids) =>
        apply((id) => api.setOrder({ jobId: id, kind, parentId, ids }), sameTailoring),
      onFocusSkill: setFocusSkill,
    }),
    [apply, onToggle, setFocusSkill],
  );
  const onFit = useCallback(
    async (pages: 1 | 2) =>
      (
        await apply(
          (id) => api.fitToPages({ jobId: id, pages }),
          (r: FitToPagesResult) => r.tailoring,
        )
      )?.report ?? null,
    [apply],
  );

  const outputRef = useRef<HTMLDivElement>(null);
  const outputId = useId();
  // The larger preview takes the posting's place; it is scrolled into view so the click shows it.
  const onWideChange = useCallback((wide: boolean) => {
    setWidePreview(wide);
    if (wide) requestAnimationFrame(() => outputRef.current?.scrollIntoView({ block: 'start' }));
  }, []);

  const fit = useFitPages({
    jobId,
    onFit,
    onPin: actions.onPin,
    pins: tailoring?.choices.pins ?? NO_PINS,
    offBullets: tailoring?.excluded.bullets ?? NO_BULLETS,
    changed: tailoring,
  });

  if (jobs.length === 0 || jobId === null) {
    return (
      <div className="empty-state">
        <h2 className="page-title">Nothing to tailor yet</h2>
        <p>Save a job posting first; its skills are then matched against your résumé here.</p>
        <button type="button" className="button-primary" onClick={() => onGoTo('jobs')}>
          Go to Jobs
        </button>
      </div>
    );
  }

  return (
    <div className="tailor">
      {/* One Tab from the top reaches what the work is for, past every bullet's checkbox. */}
      <a
        className="skip-link"
        href={`#${outputId}`}
        onClick={(e) => {
          e.preventDefault();
          outputRef.current?.focus();
        }}
      >
        Skip to export and preview
      </a>
      <div className="tailor-bar">
        <JobPicker jobs={jobs} selectedJobId={jobId} onSelect={onSelectJob} />
        {demo && (demo.resume || demo.job?.id === jobId) && (
          <DemoNotice demo={demo} what={demoWhat(demo, jobId)} />
        )}
      </div>
      <div className={`tailor-grid ${widePreview ? 'tailor-grid-wide' : ''}`}>
        {currentView ? (
          <PostingView
            view={currentView}
            onJobChange={onJobChange}
            onViewChange={onViewChange}
            wantFocus={focusRequest > focusDone}
            onFocused={onFocused}
          />
        ) : (
          <section className="column posting-column" aria-busy="true">
            <p className="loading">Loading posting…</p>
          </section>
        )}
        <section className="column resume-column" aria-labelledby="picker-heading">
          <header className="column-header">
            <h2 id="picker-heading" className="column-title">
              Résumé for this job
            </h2>
            <p className="column-hint">
              Untick what this job does not need; the PDF keeps what is ticked. Tab goes bullet to bullet, →
              reaches a bullet’s tools.
            </p>
            <SkillLegend other />
            {fit.buttons}
            {focusSkill && tailoring && (
              <EvidenceNote skill={focusSkill} tailoring={tailoring} onClear={() => setFocusSkill(null)} />
            )}
          </header>
          <div className="column-scroll">
            {fit.report}
            {tailoring ? (
              <ResumePicker
                tailoring={tailoring}
                masterTexts={masterTexts}
                levels={levels}
                focusSkill={focusSkill}
                actions={actions}
              />
            ) : (
              <p className="loading">Loading…</p>
            )}
          </div>
        </section>
        <aside className="column side-column" aria-label="Match and preview">
          <div className="column-scroll">
            {tailoring && currentView ? (
              <ScorePanel
                score={tailoring.score}
                summary={tailoring.summary}
                required={currentView.analysis.required}
                places={places}
                onTurnOn={onTurnOn}
              />
            ) : (
              <p className="loading">Loading…</p>
            )}
            {/* The posting's skills sit under the score, above the fold: they are what the user tailors to. */}
            {tailoring && currentView && (
              <PostingSkillChips
                score={tailoring.score}
                required={currentView.analysis.required}
                preferred={currentView.analysis.preferred}
                focusSkill={focusSkill}
                onFocusSkill={setFocusSkill}
              />
            )}
            <div className="tailor-output" id={outputId} tabIndex={-1} ref={outputRef}>
              {/* Keyed by job: another job's export path or pages must never show under this one. */}
              <ExportButton key={`export-${jobId}`} jobId={jobId} />
              <PreviewPane
                key={`preview-${jobId}`}
                jobId={jobId}
                active={active}
                wide={widePreview}
                onWideChange={onWideChange}
              />
            </div>
            <ExportHistory key={`history-${jobId}`} jobId={jobId} active={active} />
            {currentView && <PostingTerms analysis={currentView.analysis} />}
          </div>
        </aside>
      </div>
    </div>
  );
}

/** What on the Tailor screen is demo data, in a few words. */
function demoWhat(demo: FirstRun['demo'], jobId: number | null): string {
  const job = demo.job !== null && demo.job.id === jobId;
  if (demo.resume && job) return 'Sample résumé and job';
  if (demo.resume) return 'Sample résumé';
  return 'Sample job';
}
