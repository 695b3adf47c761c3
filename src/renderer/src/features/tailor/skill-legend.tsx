/**
 * `other`: skills found in the résumé that this posting does not ask for. `soft`: soft skills the posting
 * mentions, marked but never scored.
 */
export function SkillLegend({ other = false, soft = false }: { other?: boolean; soft?: boolean }) {
  return (
    <p className="legend" aria-label="Legend">
      <span className="legend-item">
        <mark className="skill-mark skill-required legend-swatch">Required</mark>
      </span>
      <span className="legend-item">
        <mark className="skill-mark skill-preferred legend-swatch">Nice to have</mark>
      </span>
      {soft && (
        <span className="legend-item">
          <mark className="skill-mark skill-soft legend-swatch">Soft skill</mark>
        </span>
      )}
      {other && (
        <span className="legend-item">
          <mark className="skill-mark skill-other legend-swatch">Not asked for</mark>
        </span>
      )}
    </p>
  );
}
