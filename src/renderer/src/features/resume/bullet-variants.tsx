import { useId, useState } from 'react';
import type { Bullet } from '../../../../core/resume/bullet';
import { MAX_VARIANTS_PER_BULLET } from '../../../../core/resume/bullet';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { EditableField } from '../../ui/editable-field';
import { useResumeSave } from './resume-save';

/**
 * Other wordings of one master bullet, written by the user. Each job can pick one in Tailor; the master
 * text above stays the default. Editing a wording changes it for every job that picked it.
 */
export function BulletVariants({ bullet, number }: { bullet: Bullet; number: number }) {
  const save = useResumeSave();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    if (draft.trim() === '') {
      setError('Write the other wording first.');
      return;
    }
    try {
      await save(() => api.addVariant({ bulletId: bullet.id, text: draft }));
      setDraft('');
      setAdding(false);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const remove = async (variantId: number) => {
    try {
      await save(() => api.deleteVariant({ id: variantId }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const full = bullet.variants.length >= MAX_VARIANTS_PER_BULLET;
  return (
    <div className="variants">
      {bullet.variants.length > 0 && (
        <ul className="variant-list" aria-label={`Other wordings of bullet ${number}`}>
          {bullet.variants.map((variant, i) => (
            <li key={variant.id} className="variant-row">
              <span className="variant-tag" aria-hidden="true">
                Wording {i + 2}
              </span>
              <EditableField
                label={`Wording ${i + 2} of bullet ${number}`}
                hideLabel
                multiline
                rows={2}
                className="bullet-field"
                value={variant.text}
                onSave={async (text) => {
                  await save(() => api.updateVariant({ id: variant.id, text }));
                }}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete wording ${i + 2} of bullet ${number}`}
                title="Delete this wording"
                onClick={() => void remove(variant.id)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <div className="variant-new">
          <label className="visually-hidden" htmlFor={`${id}-new`}>
            {`New wording of bullet ${number}`}
          </label>
          <textarea
            id={`${id}-new`}
            rows={2}
            value={draft}
            autoFocus
            placeholder="The same achievement, worded for another kind of job"
            onChange={(e) => {
              setDraft(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setAdding(false);
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add();
            }}
          />
          <div className="variant-new-actions">
            <button type="button" className="button-primary" onClick={() => void add()}>
              Save wording
            </button>
            <button type="button" className="button-quiet" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        !full && (
          <button
            type="button"
            className="button-quiet add-variant"
            aria-label={`+ Other wording for bullet ${number}`}
            onClick={() => setAdding(true)}
          >
            + Other wording
          </button>
        )
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
