import { useEffect, useMemo, useRef } from 'react';
import type { Entry } from '../../../../core/resume/entry';
import type { Section } from '../../../../core/resume/section';
import type { SkillMatch } from '../../../../core/keywords/skill-types';
import type { Tailoring } from '../../../../shared/domain-types';
import { entryLabel } from '../../lib/resume-labels';
import type { MarkLevel } from '../../ui/highlighted-text';
import { toExclusionSets } from '../../../../core/tailor/exclusions';
import { DragHandle, MoveButtons } from './move-controls';
import { PickBullet } from './pick-bullet';
import type { PickShared, PickerActions } from './pick-types';
import { useSortable, type SortableItem } from './use-sortable';

export type { PickerActions };

interface Props {
  /** This job's tailoring: its résumé is the master as the job words and orders it. */
  tailoring: Tailoring;
  /** The master text of each bullet, for "Master wording" and to tell an edit from the master. */
  masterTexts: ReadonlyMap<number, string>;
  levels: ReadonlyMap<string, MarkLevel>;
  /** The posting skill whose bullets are highlighted, if any. */
  focusSkill: string | null;
  actions: PickerActions;
}

const NO_MATCHES: SkillMatch[] = [];

/** The résumé as checkboxes, in this job's wording and order: what is ticked is what the PDF contains. */
export function ResumePicker({ tailoring, masterTexts, levels, focusSkill, actions }: Props) {
  const sets = useMemo(() => toExclusionSets(tailoring.excluded), [tailoring.excluded]);
  const rootRef = useRef<HTMLDivElement>(null);
  const evidence = useMemo(
    () => new Set(focusSkill === null ? [] : (tailoring.evidence.bySkill[focusSkill]?.bullets ?? [])),
    [focusSkill, tailoring.evidence],
  );

  // Clicking a skill brings its first bullet into view: the evidence may be far down the résumé. Only
  // the column scrolls (scrollIntoView would also shift the app's fixed-height panels).
  useEffect(() => {
    const first = rootRef.current?.querySelector('.pick-bullet.is-evidence');
    const scroller = first?.closest('.column-scroll');
    if (!first || !scroller) return;
    const offset = first.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTo({ top: scroller.scrollTop + offset - scroller.clientHeight / 3, behavior: 'smooth' });
  }, [focusSkill]);

  const resume = tailoring.resume;
  if (resume.sections.length === 0) {
    return <p className="empty-note">Your résumé has no sections yet. Add them in the Résumé tab.</p>;
  }

  return (
    <div className="picker" data-testid="tailor-bullets" ref={rootRef}>
      {resume.sections.map((section) => (
        <PickSection
          key={section.id}
          section={section}
          sets={sets}
          tailoring={tailoring}
          masterTexts={masterTexts}
          levels={levels}
          evidence={evidence}
          actions={actions}
        />
      ))}
    </div>
  );
}

function PickSection({ section, ...shared }: PickShared & { section: Section }) {
  const { sets, actions } = shared;
  const sectionOn = !sets.sections.has(section.id);
  const ids = useMemo(() => section.entries.map((e) => e.id), [section.entries]);
  const sortable = useSortable(ids, (next) => actions.onOrder('entry', section.id, next));
  return (
    <div className={`pick-section ${sectionOn ? '' : 'is-excluded'}`}>
      <label className="pick-section-label">
        <input
          type="checkbox"
          checked={sectionOn}
          onChange={(e) => actions.onToggle('section', section.id, e.target.checked)}
        />
        <span>{section.title || 'Untitled section'}</span>
      </label>
      <ul className="pick-entries" aria-label={`Entries of ${section.title || 'this section'}`}>
        {section.entries.map((entry) => (
          <PickEntry
            key={entry.id}
            entry={entry}
            parentOn={sectionOn}
            sortable={sortable(entry.id)}
            canMove={ids.length > 1}
            {...shared}
          />
        ))}
      </ul>
    </div>
  );
}

function PickEntry({
  entry,
  parentOn,
  sortable,
  canMove,
  ...shared
}: PickShared & { entry: Entry; parentOn: boolean; sortable: SortableItem; canMove: boolean }) {
  const { sets, tailoring, actions } = shared;
  const entryOn = !sets.entries.has(entry.id);
  const dates = [entry.startDate, entry.endDate].filter((s) => s.trim() !== '').join(' – ');
  const ids = useMemo(() => entry.bullets.map((b) => b.id), [entry.bullets]);
  const sortBullets = useSortable(ids, (next) => actions.onOrder('bullet', entry.id, next));
  const label = entryLabel(entry);
  return (
    <li className={`pick-entry ${entryOn && parentOn ? '' : 'is-excluded'}`} {...sortable.row}>
      <div className="pick-entry-head">
        {canMove && <DragHandle sortable={sortable} what={label} />}
        <label className="pick-entry-label">
          <input
            type="checkbox"
            checked={entryOn}
            onChange={(e) => actions.onToggle('entry', entry.id, e.target.checked)}
          />
          <span>{label}</span>
        </label>
        {dates && <span className="pick-dates">{dates}</span>}
        {canMove && <MoveButtons sortable={sortable} what="entry" />}
      </div>
      {entry.bullets.length > 0 && (
        <ul className="pick-bullets" aria-label={`Bullets of ${label}`}>
          {entry.bullets.map((bullet) => (
            <PickBullet
              key={bullet.id}
              bullet={bullet}
              on={!sets.bullets.has(bullet.id)}
              parentOn={entryOn && parentOn}
              matches={tailoring.bulletMatches[bullet.id] ?? NO_MATCHES}
              effect={tailoring.effects[bullet.id]}
              sortable={sortBullets(bullet.id)}
              canMove={ids.length > 1}
              {...shared}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
