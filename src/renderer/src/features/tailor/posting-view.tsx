import { memo, useEffect, useMemo, useRef } from 'react';
import type { JobSummary, JobView } from '../../../../shared/domain-types';
import { HighlightedText, type Mark } from '../../ui/highlighted-text';
import { PostingCorrections } from './posting-corrections';
import { OtherPostings, PostingFacts } from './posting-facts';
import { SECTION_LABELS, marksIn, postingBlocks } from './posting-blocks';
import { SkillLegend } from './skill-legend';

/** The posting with its skills marked. Memoized: toggling a bullet must not redraw a 30 KB text. */
export const PostingView = memo(function PostingView({
  view,
  onJobChange,
  onViewChange,
  wantFocus,
  onFocused,
}: {
  view: JobView;
  onJobChange: (job: JobSummary) => void;
  onViewChange: (view: JobView) => void;
  /** Move focus to the job's heading (after "Save job" or "Open"), then say it was done. */
  wantFocus: boolean;
  onFocused: () => void;
}) {
  const { job, analysis } = view;
  const marks = useMemo<Mark[]>(
    () => analysis.highlights.map((h) => ({ start: h.start, end: h.end, skill: h.skill, level: h.level })),
    [analysis.highlights],
  );
  const blocks = useMemo(() => postingBlocks(job.text, analysis.sections), [job.text, analysis.sections]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!wantFocus) return;
    heading.current?.focus();
    onFocused();
  }, [wantFocus, onFocused]);
  const meta = [job.company, job.location].filter((s) => s.trim() !== '').join(' · ');

  return (
    <section className="column posting-column" aria-labelledby="posting-heading">
      <header className="column-header">
        <h2 id="posting-heading" className="job-heading" tabIndex={-1} ref={heading}>
          {job.title.trim() || 'Untitled job'}
        </h2>
        {meta && <p className="job-heading-meta">{meta}</p>}
        <PostingCorrections view={view} onJobChange={onJobChange} onViewChange={onViewChange} />
        <PostingFacts conditions={analysis.conditions} />
        <OtherPostings
          count={analysis.postings - (analysis.hasMainPosting ? 1 : 0)}
          postings={analysis.otherPostings}
          listPage={!analysis.hasMainPosting}
        />
        <SkillLegend soft={analysis.soft.length > 0} />
      </header>
      {/* Focusable so the keyboard can scroll it; labelled so a screen reader says what it is. */}
      <div
        className="posting-text"
        data-testid="posting-text"
        tabIndex={0}
        role="region"
        aria-label="Job posting with skills marked"
      >
        {blocks.map((block) => {
          const label = block.kind === null ? null : SECTION_LABELS[block.kind];
          return (
            <div
              key={block.start}
              className={`posting-block posting-block-${block.kind ?? 'none'}`}
              data-section={block.kind ?? undefined}
            >
              {label && <span className="posting-block-label">{label}</span>}
              <HighlightedText text={job.text.slice(block.start, block.end)} marks={marksIn(block, marks)} />
            </div>
          );
        })}
      </div>
    </section>
  );
});
