import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Bullet } from '../../../../core/resume/bullet';
import type { Entry } from '../../../../core/resume/entry';
import type { Section } from '../../../../core/resume/section';
import type { SkillMatch } from '../../../../core/keywords/skill-types';
import type {
  BulletPin,
  BulletTextChoice,
  ItemKind,
  Tailoring,
  ToggleEffect,
} from '../../../../shared/domain-types';
import { entryLabel } from '../../lib/resume-labels';
import { HighlightedText, type Mark, type MarkLevel } from '../../ui/highlighted-text';
import { toSets } from './exclusions';
import { toggleEffectText } from './toggle-effect-text';
import { useSortable, type SortableItem } from './use-sortable';

/** What the picker can ask main to change for this job; each resolves once main has answered. */
export interface PickerActions {
  onToggle: (kind: ItemKind, id: number, included: boolean) => void;
  onPin: (bulletId: number, pin: BulletPin | null) => Promise<unknown>;
  onWording: (bulletId: number, choice: BulletTextChoice | null) => Promise<unknown>;
  onOrder: (kind: 'entry' | 'bullet', parentId: number, ids: number[]) => Promise<unknown>;
  /** Show the evidence of one posting skill (null: none). */
  onFocusSkill: (skill: string | null) => void;
}

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
  const sets = useMemo(() => toSets(tailoring.excluded), [tailoring.excluded]);
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

interface Shared {
  sets: ReturnType<typeof toSets>;
  tailoring: Tailoring;
  masterTexts: ReadonlyMap<number, string>;
  levels: ReadonlyMap<string, MarkLevel>;
  evidence: ReadonlySet<number>;
  actions: PickerActions;
}

function PickSection({ section, ...shared }: Shared & { section: Section }) {
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
}: Shared & { entry: Entry; parentOn: boolean; sortable: SortableItem; canMove: boolean }) {
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

interface BulletProps extends Shared {
  bullet: Bullet;
  on: boolean;
  parentOn: boolean;
  matches: SkillMatch[];
  effect: ToggleEffect | undefined;
  sortable: SortableItem;
  canMove: boolean;
}

function PickBullet(props: BulletProps) {
  const { bullet, on, parentOn, matches, levels, effect, sortable, canMove, tailoring, actions } = props;
  const id = useId();
  const [editing, setEditing] = useState(false);
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
  const pin = tailoring.choices.pins[bullet.id] ?? null;
  const choice = tailoring.choices.texts[bullet.id];
  const effectText = toggleEffectText(effect, tailoring.score.percent, parentOn);
  const isEvidence = props.evidence.has(bullet.id);

  return (
    <li
      className={`pick-bullet ${on && parentOn ? '' : 'is-excluded'} ${isEvidence ? 'is-evidence' : ''} ${pin ? `is-pinned-${pin}` : ''}`}
      data-bullet-id={bullet.id}
      {...sortable.row}
    >
      <div className="pick-bullet-main">
        {/* Only checkbox and text inside the label: its accessible name is exactly the bullet's text. */}
        <label className="pick-bullet-label">
          <input
            type="checkbox"
            checked={on}
            aria-describedby={effectText ? `${id}-effect` : undefined}
            onChange={(e) => actions.onToggle('bullet', bullet.id, e.target.checked)}
          />
          <span className="pick-bullet-text">
            {bullet.text.trim() === '' ? (
              <em>(empty bullet)</em>
            ) : (
              <HighlightedText text={bullet.text} marks={marks} />
            )}
          </span>
        </label>
        {effectText && (
          <span id={`${id}-effect`} className="toggle-effect" data-testid="toggle-effect">
            {effectText}
          </span>
        )}
      </div>
      <div className="pick-bullet-foot">
        {skills.length > 0 && (
          <ul className="chips" aria-label="Skills in this bullet">
            {skills.map((skill) => {
              const level = levels.get(skill);
              const wanted = level === 'required' || level === 'preferred';
              return (
                <li key={skill} className={`chip chip-${level ?? 'other'}`}>
                  {wanted ? (
                    <button
                      type="button"
                      className="chip-button"
                      title={`Show every bullet with ${skill}`}
                      onClick={() => actions.onFocusSkill(skill)}
                    >
                      {skill}
                    </button>
                  ) : (
                    skill
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <div className="bullet-tools" role="group" aria-label="Bullet tools">
          {choice !== undefined && (
            <span className="wording-badge">
              {'text' in choice ? 'Edited for this job' : 'Other wording'}
            </span>
          )}
          <WordingPicker
            bullet={bullet}
            choice={choice}
            masterText={props.masterTexts.get(bullet.id)}
            actions={actions}
          />
          <button type="button" className="tool-button" onClick={() => setEditing(true)} disabled={editing}>
            Edit for this job
          </button>
          {choice !== undefined && (
            <button
              type="button"
              className="tool-button"
              onClick={() => void actions.onWording(bullet.id, null)}
            >
              Reset to master
            </button>
          )}
          <span className="tool-sep" aria-hidden="true" />
          <button
            type="button"
            className="tool-button pin-button"
            aria-pressed={pin === 'in'}
            title="Fit to page always keeps this bullet"
            onClick={() => void actions.onPin(bullet.id, pin === 'in' ? null : 'in')}
          >
            Pin in
          </button>
          <button
            type="button"
            className="tool-button pin-button"
            aria-pressed={pin === 'out'}
            title="Fit to page always leaves this bullet out"
            onClick={() => void actions.onPin(bullet.id, pin === 'out' ? null : 'out')}
          >
            Pin out
          </button>
          {canMove && (
            <>
              <span className="tool-sep" aria-hidden="true" />
              <MoveButtons sortable={sortable} what="bullet" />
              <DragHandle sortable={sortable} what="bullet" />
            </>
          )}
        </div>
      </div>
      {editing && (
        <JobTextEditor
          initial={bullet.text}
          masterText={props.masterTexts.get(bullet.id) ?? ''}
          onCancel={() => setEditing(false)}
          onSave={async (text) => {
            await actions.onWording(bullet.id, { text });
            setEditing(false);
          }}
        />
      )}
    </li>
  );
}

/** Master wording or one of the user's variants; shown only when the bullet has variants. */
function WordingPicker({
  bullet,
  choice,
  masterText,
  actions,
}: {
  bullet: Bullet;
  choice: BulletTextChoice | undefined;
  masterText: string | undefined;
  actions: PickerActions;
}) {
  if (bullet.variants.length === 0) return null;
  const value = choice === undefined ? 'master' : 'text' in choice ? 'edited' : String(choice.variantId);
  return (
    <select
      className="wording-select"
      aria-label="Wording for this job"
      value={value}
      onChange={(e) => {
        const next = e.target.value;
        if (next === 'edited') return;
        void actions.onWording(bullet.id, next === 'master' ? null : { variantId: Number(next) });
      }}
    >
      <option value="master" title={masterText}>
        Master wording
      </option>
      {bullet.variants.map((variant, i) => (
        <option key={variant.id} value={variant.id} title={variant.text}>
          {`Wording ${i + 2}: ${excerpt(variant.text)}`}
        </option>
      ))}
      {value === 'edited' && (
        <option value="edited" disabled>
          Edited for this job
        </option>
      )}
    </select>
  );
}

/** The bullet's words for this job only; the master stays as written. */
function JobTextEditor({
  initial,
  masterText,
  onSave,
  onCancel,
}: {
  initial: string;
  masterText: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (text.trim() === '') {
      setError('A bullet cannot be empty for one job. Untick it instead.');
      return;
    }
    setBusy(true);
    try {
      await onSave(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="job-text-editor">
      <label className="field-label" htmlFor={`${id}-text`}>
        Text for this job only
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        value={text}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="job-text-hint">
          The master résumé keeps: “{excerpt(masterText, 80)}”
        </p>
      )}
      <div className="job-text-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void save()}>
          Save for this job
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function MoveButtons({ sortable, what }: { sortable: SortableItem; what: 'entry' | 'bullet' }) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="tool-button move-button"
        aria-label={`Move ${what} up`}
        title={`Move ${what} up (Alt+↑)`}
        disabled={sortable.moveUp === null}
        onClick={() => sortable.moveUp?.()}
      >
        ↑
      </button>
      <button
        type="button"
        className="tool-button move-button"
        aria-label={`Move ${what} down`}
        title={`Move ${what} down (Alt+↓)`}
        disabled={sortable.moveDown === null}
        onClick={() => sortable.moveDown?.()}
      >
        ↓
      </button>
    </span>
  );
}

/** Mouse only: keyboard users have the move buttons and Alt+Arrow, so the handle is not a tab stop. */
function DragHandle({ sortable, what }: { sortable: SortableItem; what: string }) {
  return (
    <span className="drag-handle" title={`Drag to move ${what}`} aria-hidden="true" {...sortable.handle}>
      ⠿
    </span>
  );
}

const excerpt = (text: string, max = 40): string => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${Array.from(clean).slice(0, max).join('').trimEnd()}…`;
};
