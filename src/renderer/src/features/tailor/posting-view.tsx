import { memo, useEffect, useRef } from 'react';
import type { JobSummary, JobView } from '../../../../shared/domain-types';
import { PostingCorrections } from './posting-corrections';
import { OtherPostings, PostingFacts } from './posting-facts';
import { PostingText } from './posting-text';
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
      <PostingText text={job.text} sections={analysis.sections} highlights={analysis.highlights} />
    </section>
  );
});
