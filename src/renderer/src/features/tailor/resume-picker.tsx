import { useMemo } from 'react';
import type { Bullet } from '../../../../core/resume/bullet';
import type { Entry } from '../../../../core/resume/entry';
import type { Resume } from '../../../../core/resume/resume';
import type { SkillMatch } from '../../../../core/keywords/skill-types';
import type { ItemKind, Tailoring } from '../../../../shared/domain-types';
import { entryLabel } from '../../lib/resume-labels';
import { HighlightedText, type Mark, type MarkLevel } from '../../ui/highlighted-text';
import { toSets } from './exclusions';

interface Props {
  resume: Resume;
  tailoring: Tailoring;
  levels: ReadonlyMap<string, MarkLevel>;
  onToggle: (kind: ItemKind, id: number, included: boolean) => void;
}

const NO_MATCHES: SkillMatch[] = [];

/** The master résumé as checkboxes: what is ticked is what this job's PDF contains. */
export function ResumePicker({ resume, tailoring, levels, onToggle }: Props) {
  const sets = useMemo(() => toSets(tailoring.excluded), [tailoring.excluded]);

  if (resume.sections.length === 0) {
    return <p className="empty-note">Your résumé has no sections yet. Add them in the Résumé tab.</p>;
  }

  return (
    <div className="picker" data-testid="tailor-bullets">
      {resume.sections.map((section) => {
        const sectionOn = !sets.sections.has(section.id);
        return (
          <div key={section.id} className={`pick-section ${sectionOn ? '' : 'is-excluded'}`}>
            <label className="pick-section-label">
              <input
                type="checkbox"
                checked={sectionOn}
                onChange={(e) => onToggle('section', section.id, e.target.checked)}
              />
              <span>{section.title || 'Untitled section'}</span>
            </label>
            {section.entries.map((entry) => (
              <PickEntry
                key={entry.id}
                entry={entry}
                parentOn={sectionOn}
                sets={sets}
                matches={tailoring.bulletMatches}
                levels={levels}
                onToggle={onToggle}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}

interface EntryProps {
  entry: Entry;
  parentOn: boolean;
  sets: ReturnType<typeof toSets>;
  matches: Record<number, SkillMatch[]>;
  levels: ReadonlyMap<string, MarkLevel>;
  onToggle: Props['onToggle'];
}

function PickEntry({ entry, parentOn, sets, matches, levels, onToggle }: EntryProps) {
  const entryOn = !sets.entries.has(entry.id);
  const dates = [entry.startDate, entry.endDate].filter((s) => s.trim() !== '').join(' – ');
  return (
    <div className={`pick-entry ${entryOn && parentOn ? '' : 'is-excluded'}`}>
      <div className="pick-entry-head">
        <label className="pick-entry-label">
          <input
            type="checkbox"
            checked={entryOn}
            onChange={(e) => onToggle('entry', entry.id, e.target.checked)}
          />
          <span>{entryLabel(entry)}</span>
        </label>
        {dates && <span className="pick-dates">{dates}</span>}
      </div>
      {entry.bullets.length > 0 && (
        <ul className="pick-bullets">
          {entry.bullets.map((bullet) => (
            <PickBullet
              key={bullet.id}
              bullet={bullet}
              on={!sets.bullets.has(bullet.id)}
              parentOn={entryOn && parentOn}
              matches={matches[bullet.id] ?? NO_MATCHES}
              levels={levels}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

interface BulletProps {
  bullet: Bullet;
  on: boolean;
  parentOn: boolean;
  matches: SkillMatch[];
  levels: ReadonlyMap<string, MarkLevel>;
  onToggle: Props['onToggle'];
}

function PickBullet({ bullet, on, parentOn, matches, levels, onToggle }: BulletProps) {
  const marks = useMemo<Mark[]>(
    () =>
      matches.map((m) => ({
        start: m.start,
        end: m.end,
        skill: m.skill,
        level: levels.get(m.skill) ?? 'other',
      })),
    [matches, levels],
  );
  const skills = useMemo(() => [...new Set(matches.map((m) => m.skill))], [matches]);
  return (
    <li className={`pick-bullet ${on && parentOn ? '' : 'is-excluded'}`}>
      {/* Only checkbox and text inside the label: its accessible name is exactly the bullet's text. */}
      <label className="pick-bullet-label">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => onToggle('bullet', bullet.id, e.target.checked)}
        />
        <span className="pick-bullet-text">
          {bullet.text.trim() === '' ? (
            <em>(empty bullet)</em>
          ) : (
            <HighlightedText text={bullet.text} marks={marks} />
          )}
        </span>
      </label>
      {skills.length > 0 && (
        <ul className="chips" aria-label="Skills in this bullet">
          {skills.map((skill) => (
            <li key={skill} className={`chip chip-${levels.get(skill) ?? 'other'}`}>
              {skill}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
