import type { SkillHit } from '../../../../core/posting/posting-types';
import type { MatchScore } from '../../../../core/tailor/match-score';
import type { BulletPlace } from './exclusions';

interface Props {
  score: MatchScore;
  /** The posting's skills, in the order it names them. */
  required: SkillHit[];
  preferred: SkillHit[];
  places: ReadonlyMap<number, BulletPlace>;
  onTurnOn: (bulletId: number) => void;
}

/** The start of a bullet, enough to recognise it on a button. */
const excerpt = (text: string, max = 48): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // Cut on a code point boundary (Array.from) so an emoji at the edge is not split.
  return `${Array.from(clean).slice(0, max).join('').trimEnd()}…`;
};

export function ScorePanel({ score, places, onTurnOn }: Omit<Props, 'required' | 'preferred'>) {
  const nothingToMatch = score.required.total === 0 && score.preferred.total === 0;

  const gapFor = (skill: string) => {
    const bulletId = (score.gapBullets[skill] ?? []).find((id) => places.has(id));
    const place = bulletId === undefined ? undefined : places.get(bulletId);
    return bulletId === undefined || !place ? null : { bulletId, text: place.text };
  };

  const couldAdd = score.preferred.missing.filter((skill) => gapFor(skill) !== null);
  const fixable = score.required.missing.filter((skill) => gapFor(skill) !== null);
  const unfixable = score.required.missing.filter((skill) => gapFor(skill) === null);

  const turnOnButton = (skill: string) => {
    const gap = gapFor(skill);
    if (!gap) return null;
    return (
      <button type="button" className="turn-on" title={gap.text} onClick={() => onTurnOn(gap.bulletId)}>
        turn on: “{excerpt(gap.text)}”
      </button>
    );
  };

  return (
    <section className="score-panel" aria-labelledby="score-heading">
      <h2 id="score-heading" className="column-title">
        Match
      </h2>
      <div className="score" data-testid="match-score">
        <span className="score-percent">{score.percent}%</span>{' '}
        <span className="score-detail">
          {score.required.covered.length} of {score.required.total} required, {score.preferred.covered.length}{' '}
          of {score.preferred.total} nice-to-have
        </span>
      </div>
      <div className="score-bar" aria-hidden="true">
        <div className="score-bar-fill" style={{ width: `${Math.max(0, Math.min(100, score.percent))}%` }} />
      </div>
      {nothingToMatch && (
        <p className="empty-note">
          No known skills were found in this posting, so there is nothing to score.
        </p>
      )}

      <h3 className="list-title">Missing required skills</h3>
      {score.required.missing.length === 0 ? (
        <p className="all-good">
          {score.required.total > 0 ? 'None — every required skill is covered.' : 'None.'}
        </p>
      ) : null}
      {/* Skills one click can fix come first, as rows; the rest are compact chips. */}
      <ul className="missing-list" data-testid="missing-required">
        {fixable.map((skill) => (
          <li key={skill} className="missing-item">
            <span className="missing-skill">{skill}</span>
            {turnOnButton(skill)}
          </li>
        ))}
        {unfixable.map((skill) => (
          <li key={skill} className="missing-chip">
            {skill}
          </li>
        ))}
      </ul>
      {unfixable.length > 0 && (
        <p className="missing-note">
          {unfixable.length === 1 ? 'No bullet mentions this skill' : 'No bullet mentions these skills'}. If
          you have the experience, say so in a bullet in the Résumé tab.
        </p>
      )}

      {couldAdd.length > 0 && (
        <>
          <h3 className="list-title">Nice-to-have you could add</h3>
          <ul className="missing-list">
            {couldAdd.map((skill) => (
              <li key={skill} className="missing-item missing-item-soft">
                <span className="missing-skill">{skill}</span>
                {turnOnButton(skill)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Every skill the posting names, covered or not. Shown below the preview: the missing ones are already
 * listed above, this is the reference view.
 */
export function SkillCoverage({
  score,
  required,
  preferred,
}: Pick<Props, 'score' | 'required' | 'preferred'>) {
  if (required.length === 0 && preferred.length === 0) return null;
  return (
    <section className="skill-coverage" aria-label="Skills the posting names">
      <SkillList title="Required skills" hits={required} covered={score.required.covered} />
      <SkillList title="Nice-to-have skills" hits={preferred} covered={score.preferred.covered} />
    </section>
  );
}

/** Every skill of one level as a compact row of chips: ✓ covered, – missing. */
function SkillList({ title, hits, covered }: { title: string; hits: SkillHit[]; covered: string[] }) {
  if (hits.length === 0) return null;
  const coveredSet = new Set(covered);
  return (
    <>
      <h3 className="list-title">{title}</h3>
      <ul className="skill-list" aria-label={title}>
        {hits.map((hit) => {
          const ok = coveredSet.has(hit.skill);
          return (
            <li key={hit.skill} className={`skill-chip ${ok ? 'skill-covered' : 'skill-missing'}`}>
              <span className="skill-state" aria-hidden="true">
                {ok ? '✓' : '–'}
              </span>
              {hit.skill}
              <span className="visually-hidden">{ok ? ' (covered)' : ' (missing)'}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
