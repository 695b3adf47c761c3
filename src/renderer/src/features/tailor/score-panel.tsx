import { useState } from 'react';
import { useReportError } from '../../lib/error-reporter';
import { useDictionary } from '../dictionary/use-dictionary';
import type { SkillHit } from '../../../../core/posting/posting-types';
import type { MatchScore } from '../../../../core/tailor/score-formula';
import type { BulletLocation } from '../../../../core/tailor/exclusions';
import { plural } from '../../lib/plural';

/** Missing required skills shown before the fold: enough to act on tonight, few enough to read. */
const FIRST_MISSING = 6;

interface Props {
  score: MatchScore;
  /** "11 of 14 required, 2 of 5 nice-to-have", from main: the same sentence as the CLI and the exports. */
  summary: string;
  /** The posting's skills, in the order it names them. */
  required: SkillHit[];
  preferred: SkillHit[];
  places: ReadonlyMap<number, BulletLocation>;
  onTurnOn: (bulletId: number) => void;
  focusSkill: string | null;
  onFocusSkill: (skill: string | null) => void;
}

/** The start of a bullet, enough to recognise it on a button. */
const excerpt = (text: string, max = 48): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // Cut on a code point boundary (Array.from) so an emoji at the edge is not split.
  return `${Array.from(clean).slice(0, max).join('').trimEnd()}…`;
};

export function ScorePanel({
  score,
  summary,
  places,
  onTurnOn,
  required,
}: Omit<Props, 'preferred' | 'focusSkill' | 'onFocusSkill'>) {
  const nothingToMatch = score.required.total === 0 && score.preferred.total === 0;

  const gapFor = (skill: string) => {
    const bulletId = (score.gapBullets[skill] ?? []).find((id) => places.has(id));
    const place = bulletId === undefined ? undefined : places.get(bulletId);
    return bulletId === undefined || !place ? null : { bulletId, text: place.text };
  };

  const couldAdd = score.preferred.missing.filter((skill) => gapFor(skill) !== null);
  const fixable = score.required.missing.filter((skill) => gapFor(skill) !== null);
  // The ones the posting repeats most come first (a stable sort keeps the posting's order otherwise).
  const mentions = new Map(required.map((hit) => [hit.skill, hit.matches.length]));
  const unfixable = score.required.missing
    .filter((skill) => gapFor(skill) === null)
    .sort((a, b) => (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0));
  // A wall of 30 missing skills reads as a scolding: the few that matter most, the rest one click away.
  const shownUnfixable = unfixable.slice(0, Math.max(0, FIRST_MISSING - fixable.length));
  const foldedUnfixable = unfixable.slice(shownUnfixable.length);

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
        <span className="score-detail">{summary}</span>
      </div>
      <div className="score-bar" aria-hidden="true">
        <div className="score-bar-fill" style={{ width: `${Math.max(0, Math.min(100, score.percent))}%` }} />
      </div>
      <ScoreFormula />
      {nothingToMatch && (
        <p className="empty-note">
          No known skills were found in this posting, so there is nothing to score.
        </p>
      )}

      <h3 className="list-title">
        Required skills not shown yet
        {score.required.missing.length > 0 && ` (${score.required.missing.length})`}
      </h3>
      {score.required.missing.length === 0 ? (
        <p className="all-good">
          {score.required.total > 0 ? 'None — every required skill is covered.' : 'None.'}
        </p>
      ) : null}
      <div data-testid="missing-required">
        {/* Skills one click can fix come first, as rows; the rest are compact chips. */}
        <ul className="missing-list">
          {fixable.map((skill) => (
            <li key={skill} className="missing-item">
              <span className="missing-skill">{skill}</span>
              {turnOnButton(skill)}
            </li>
          ))}
          {shownUnfixable.map((skill) => (
            <li key={skill} className="missing-chip">
              {skill}
            </li>
          ))}
        </ul>
        {foldedUnfixable.length > 0 && (
          <details className="missing-more">
            <summary>{plural(foldedUnfixable.length, 'more skill')} the posting names less often</summary>
            <ul className="missing-list">
              {foldedUnfixable.map((skill) => (
                <li key={skill} className="missing-chip">
                  {skill}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
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

/** The formula in words, so a person can check the percentage against the lists below. */
function ScoreFormula() {
  return (
    <details className="score-formula">
      <summary>How is this computed?</summary>
      <p>
        Each skill the posting names counts once, however often it is mentioned. A required skill is worth 2
        points, a nice-to-have skill 1. A skill counts as shown when a ticked bullet, your headline, your
        summary or an entry title names it.
      </p>
      <p className="score-formula-math">
        percent = (2 × required shown + nice-to-have shown) ÷ (2 × required + nice-to-have), rounded.
      </p>
    </details>
  );
}

/**
 * Every skill the posting names, covered or not, right under the score: the missing ones are also
 * listed above by what matters most, this is the posting's own list. Each chip can be marked "not a skill" (kept in the user's
 * dictionary, applied to every posting at once), with an undo right here.
 */
export function PostingSkillChips({
  score,
  required,
  preferred,
  focusSkill,
  onFocusSkill,
}: Pick<Props, 'score' | 'required' | 'preferred' | 'focusSkill' | 'onFocusSkill'>) {
  const report = useReportError();
  const dictionary = useDictionary();
  const [marked, setMarked] = useState<string | null>(null);
  const mark = async (skill: string) => {
    try {
      await dictionary.markNotSkill(skill);
      setMarked(skill);
    } catch (error) {
      report(error);
    }
  };
  const undo = async (skill: string) => {
    try {
      await dictionary.unmarkNotSkill(skill);
      setMarked(null);
    } catch (error) {
      report(error);
    }
  };
  if (required.length === 0 && preferred.length === 0 && marked === null) return null;
  const list = { focusSkill, onFocusSkill, onNotSkill: mark };
  return (
    <section className="skill-coverage" aria-label="Skills the posting names">
      <p className="coverage-hint">
        Click a skill to see the bullets that show it. × marks one as not a skill.
      </p>
      {marked !== null && (
        <p className="coverage-undo" role="status">
          “{marked}” is no longer read as a skill.{' '}
          <button type="button" className="button-quiet" onClick={() => void undo(marked)}>
            Undo
          </button>
        </p>
      )}
      <SkillList title="Required skills" hits={required} covered={score.required.covered} {...list} />
      <SkillList title="Nice-to-have skills" hits={preferred} covered={score.preferred.covered} {...list} />
    </section>
  );
}

/** Every skill of one level as a compact row of chips: ✓ covered, – missing. A chip shows its evidence. */
function SkillList({
  title,
  hits,
  covered,
  focusSkill,
  onFocusSkill,
  onNotSkill,
}: { title: string; hits: SkillHit[]; covered: string[]; onNotSkill: (skill: string) => void } & Pick<
  Props,
  'focusSkill' | 'onFocusSkill'
>) {
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
              <button
                type="button"
                className="skill-chip-button"
                aria-pressed={focusSkill === hit.skill}
                onClick={() => onFocusSkill(focusSkill === hit.skill ? null : hit.skill)}
              >
                <span className="skill-state" aria-hidden="true">
                  {ok ? '✓' : '–'}
                </span>
                {hit.skill}
                <span className="visually-hidden">{ok ? ' (covered)' : ' (missing)'}</span>
              </button>
              <button
                type="button"
                className="skill-chip-refuse"
                aria-label={`Not a skill: ${hit.skill}`}
                title={`${hit.skill} is not a skill: stop reading it in postings`}
                onClick={() => onNotSkill(hit.skill)}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
