import { memo, useMemo } from 'react';
import type { JobView } from '../../../../shared/domain-types';
import { HighlightedText, type Mark } from '../../ui/highlighted-text';
import { SkillLegend } from './skill-legend';

/** The posting with its skills marked. Memoized: toggling a bullet must not redraw a 30 KB text. */
export const PostingView = memo(function PostingView({ view }: { view: JobView }) {
  const { job, analysis } = view;
  const marks = useMemo<Mark[]>(
    () => analysis.highlights.map((h) => ({ start: h.start, end: h.end, skill: h.skill, level: h.level })),
    [analysis.highlights],
  );
  const meta = [job.company, job.location].filter((s) => s.trim() !== '').join(' · ');

  return (
    <section className="column posting-column" aria-labelledby="posting-heading">
      <header className="column-header">
        <h2 id="posting-heading" className="job-heading">
          {job.title.trim() || 'Untitled job'}
        </h2>
        {meta && <p className="job-heading-meta">{meta}</p>}
        <SkillLegend />
      </header>
      {/* Focusable so the keyboard can scroll it; labelled so a screen reader says what it is. */}
      <div
        className="posting-text"
        data-testid="posting-text"
        tabIndex={0}
        role="region"
        aria-label="Job posting with skills marked"
      >
        <HighlightedText text={job.text} marks={marks} />
      </div>
    </section>
  );
});
