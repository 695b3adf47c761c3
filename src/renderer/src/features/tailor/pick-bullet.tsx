import { useId, useMemo, useRef, useState } from 'react';
import { useBulletTabStop } from './bullet-tab-stop';
import type { Bullet } from '../../../../core/resume/bullet';
import type { SkillMatch } from '../../../../core/keywords/skill-types';
import type { ToggleEffect } from '../../../../shared/domain-types';
import { HighlightedText, type Mark } from '../../ui/highlighted-text';
import { JobTextEditor } from './job-text-editor';
import { DragHandle, MoveButtons } from './move-controls';
import type { PickShared } from './pick-types';
import { toggleEffectText } from './toggle-effect-text';
import type { SortableItem } from './use-sortable';
import { WordingPicker } from './wording-picker';

interface BulletProps extends PickShared {
  bullet: Bullet;
  on: boolean;
  parentOn: boolean;
  matches: SkillMatch[];
  effect: ToggleEffect | undefined;
  sortable: SortableItem;
  canMove: boolean;
}

/** One bullet of the picker: its checkbox, skills, wording and pin tools, and its place in the order. */
export function PickBullet(props: BulletProps) {
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
  const rowRef = useRef<HTMLLIElement>(null);
  const onToolKey = useBulletTabStop(rowRef);

  return (
    <li
      className={`pick-bullet ${on && parentOn ? '' : 'is-excluded'} ${isEvidence ? 'is-evidence' : ''} ${pin ? `is-pinned-${pin}` : ''}`}
      data-bullet-id={bullet.id}
      ref={rowRef}
      {...sortable.row}
      onKeyDown={(event) => {
        onToolKey(event);
        if (!event.isPropagationStopped()) sortable.row.onKeyDown(event);
      }}
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
            // Closed only once main has kept it: a refused text stays in the editor to fix.
            const saved = (await actions.onWording(bullet.id, { text })) !== null;
            if (saved) setEditing(false);
            return saved;
          }}
        />
      )}
    </li>
  );
}
