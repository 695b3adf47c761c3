import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Bullet } from '../../../../core/resume/bullet';
import type { Entry } from '../../../../core/resume/entry';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { newKeywords, splitTyped } from './keyword-text';
import { useResumeSave } from './resume-save';

/**
 * A skill group's keywords as chips. Each keyword is stored as one of the entry's bullets, as before
 * (JSON Resume's `keywords`), so tailoring can still leave one out per job and nothing needs migrating.
 *
 * Keyboard: Enter or a comma adds what is typed (a pasted list adds every item); Backspace in the empty
 * box moves to the last chip's remove button, and Backspace or Delete there removes it; arrow keys move
 * between chips. Focus never drops to the page after a removal. Changes are announced politely.
 */
export function KeywordChips({ entry, groupName }: { entry: Entry; groupName: string }) {
  const save = useResumeSave();
  const labelId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const chipRefs = useRef(new Map<number, HTMLButtonElement>());
  const keywords = entry.bullets.filter((bullet) => bullet.text.trim() !== '');

  const add = async (typed: string) => {
    const existing = keywords.map((bullet) => bullet.text);
    const fresh = newKeywords(typed, existing);
    if (fresh.length === 0) {
      if (typed.trim() !== '') setAnnouncement(`${typed.trim()} is already in ${groupName}.`);
      return;
    }
    try {
      for (const keyword of fresh) await save(() => api.addBullet({ entryId: entry.id, text: keyword }));
      setError(null);
      setAnnouncement(`Added ${fresh.join(', ')}.`);
    } catch (e) {
      // What was typed comes back, so a refused keyword is never lost.
      setText((current) => (current === '' ? typed.trim() : current));
      setError(errorMessage(e));
    }
  };

  const remove = async (bullet: Bullet, index: number) => {
    const neighbour = keywords[index - 1] ?? keywords[index + 1];
    try {
      await save(() => api.deleteBullet({ id: bullet.id }));
      setError(null);
      setAnnouncement(`Removed ${bullet.text}.`);
      // The neighbour's button stays mounted (chips are keyed by id), so it can take focus at once.
      const next = neighbour === undefined ? undefined : chipRefs.current.get(neighbour.id);
      (next ?? inputRef.current)?.focus();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',' || e.key === ';') {
      e.preventDefault();
      const typed = text;
      setText('');
      void add(typed);
    } else if (e.key === 'Backspace' && text === '') {
      const last = keywords[keywords.length - 1];
      if (last === undefined) return;
      e.preventDefault();
      chipRefs.current.get(last.id)?.focus();
    }
  };

  const onChange = (value: string) => {
    // A paste or an IME can bring separators the key handler never saw.
    const { ready, rest } = splitTyped(value);
    setText(rest);
    if (ready.trim() !== '') void add(ready);
  };

  const onChipKey = (e: KeyboardEvent<HTMLButtonElement>, bullet: Bullet, index: number) => {
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      void remove(bullet, index);
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const next = keywords[index + (e.key === 'ArrowLeft' ? -1 : 1)];
      if (next !== undefined) chipRefs.current.get(next.id)?.focus();
      else if (e.key === 'ArrowRight') inputRef.current?.focus();
    }
  };

  return (
    <div className="keywords" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        Keywords
      </span>
      {/* A click anywhere in the box that is not a chip's button goes to the text box. */}
      <div
        className="keyword-box"
        onClick={(e) => {
          if (e.target === e.currentTarget) inputRef.current?.focus();
        }}
      >
        {keywords.length > 0 && (
          <ul className="keyword-chips" aria-label={`Keywords of ${groupName}`}>
            {keywords.map((bullet, i) => (
              <li key={bullet.id} className="keyword-chip">
                <span className="keyword-chip-text">{bullet.text}</span>
                <button
                  type="button"
                  className="keyword-chip-remove"
                  aria-label={`Remove ${bullet.text}`}
                  title={`Remove ${bullet.text}`}
                  ref={(node) => {
                    if (node) chipRefs.current.set(bullet.id, node);
                    else chipRefs.current.delete(bullet.id);
                  }}
                  onClick={() => void remove(bullet, i)}
                  onKeyDown={(e) => onChipKey(e, bullet, i)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          ref={inputRef}
          type="text"
          className="keyword-input"
          aria-label={`Add a keyword to ${groupName}`}
          aria-describedby={hintId}
          placeholder={keywords.length === 0 ? 'e.g. Kubernetes, Terraform' : 'Add a keyword'}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onInputKey}
          onBlur={() => {
            // Leaving the box with a word typed keeps it: nothing the user wrote is dropped.
            if (text.trim() === '') return;
            const typed = text;
            setText('');
            void add(typed);
          }}
        />
      </div>
      <p id={hintId} className="field-hint">
        Enter or comma adds a keyword; Backspace in the empty box, then again, removes the last one.
      </p>
      {error && (
        <p className="field-error" role="alert">
          Not saved: {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
