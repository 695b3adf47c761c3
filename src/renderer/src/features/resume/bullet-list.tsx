import { useState } from 'react';
import type { Entry } from '../../../../core/resume/entry';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { EditableField } from '../../ui/editable-field';
import { BulletVariants } from './bullet-variants';
import { useResumeSave } from './resume-save';

export function BulletList({ entry }: { entry: Entry }) {
  const save = useResumeSave();
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
                  onSave={async (text) => {
                    await save(() => api.updateBullet({ id: bullet.id, text }));
                  }}
                />
                <BulletVariants bullet={bullet} number={i + 1} />
              </div>
              <button
                type="button"
                className="icon-button"
                aria-label="Delete bullet"
                title="Delete bullet"
                onClick={() => void remove(bullet.id)}
              >
                ✕
              </button>
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
