import { useState } from 'react';
import type { Entry } from '../../../../core/resume/entry';
import { api } from '../../lib/api';
import { guardEdit } from '../../lib/edit-conflict';
import { errorMessage } from '../../lib/error-message';
import { plural } from '../../lib/plural';
import { ConfirmAction } from '../../ui/confirm-action';
import { EditableField } from '../../ui/editable-field';
import { BulletVariants } from './bullet-variants';
import { useResumeSave, useResumeVersions } from './resume-save';

const deleteQuestion = (variants: number): string =>
  `Delete this bullet${variants > 0 ? ` and its ${plural(variants, 'other wording')}` : ''}? ` +
  'Jobs that use it lose it too.';

export function BulletList({ entry }: { entry: Entry }) {
  const save = useResumeSave();
  const versions = useResumeVersions().bullets;
  const [focusId, setFocusId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const before = new Set(entry.bullets.map((b) => b.id));
    try {
      const resume = await save(() => api.addBullet({ entryId: entry.id, text: '' }));
      setError(null);
      // Put the cursor in the new bullet: adding one means the user is about to write it.
      const added = resume.sections
        .flatMap((s) => s.entries)
        .find((e) => e.id === entry.id)
        ?.bullets.find((b) => !before.has(b.id));
      if (added) setFocusId(added.id);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const saveText = async (id: number, text: string, version: number | undefined) => {
    const resume = await guardEdit('bullet', () =>
      save(() => api.updateBullet({ id, text, version: version ?? 0 })),
    );
    return resume.versions.bullets[id];
  };

  const remove = async (id: number) => {
    try {
      await save(() => api.deleteBullet({ id }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="bullets">
      {entry.bullets.length > 0 && (
        <ol className="bullet-list">
          {entry.bullets.map((bullet, i) => (
            <li key={bullet.id} className="bullet-row">
              <div className="bullet-main">
                <EditableField
                  label={`Bullet ${i + 1}`}
                  hideLabel
                  multiline
                  rows={2}
                  className="bullet-field"
                  value={bullet.text}
                  placeholder="What you did, and what came of it"
                  autoFocus={bullet.id === focusId}
                  version={versions[bullet.id]}
                  onSave={(text, version) => saveText(bullet.id, text, version)}
                />
                <BulletVariants bullet={bullet} number={i + 1} />
              </div>
              {bullet.text.trim() === '' && bullet.variants.length === 0 ? (
                // Nothing to lose: an empty bullet goes at once.
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete bullet ${i + 1}`}
                  title="Delete bullet"
                  onClick={() => void remove(bullet.id)}
                >
                  ✕
                </button>
              ) : (
                <ConfirmAction
                  label="✕"
                  ariaLabel={`Delete bullet ${i + 1}`}
                  className="icon-button"
                  question={deleteQuestion(bullet.variants.length)}
                  confirmLabel="Yes, delete bullet"
                  onConfirm={() => remove(bullet.id)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button-quiet add-bullet" onClick={() => void add()}>
        <span aria-hidden="true">+ </span>
        Add bullet
      </button>
    </div>
  );
}
