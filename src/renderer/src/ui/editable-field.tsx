import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../lib/error-message';

interface Props {
  label: string;
  value: string;
  /** Throws to refuse: the user's text then stays in the field with the reason under it. */
  onSave: (text: string) => Promise<void>;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'url';
  placeholder?: string;
  /** The label is read by screen readers but not drawn (bullets, whose place says what they are). */
  hideLabel?: boolean;
  className?: string;
  autoFocus?: boolean;
}

/** A pause in typing this long saves, so a crash or a closed window loses at most the last words. */
export const SAVE_AFTER_PAUSE_MS = 800;

/**
 * A field saved when it loses focus, after a pause in typing, and when the page is hidden or closed
 * (no maxLength: a paste is never cut short silently, main refuses oversized text with a message
 * instead). While the user's text differs from what is stored it is kept as a draft here, so a failed
 * save or a slow reply never replaces what they typed.
 *
 * Saves of one field run one after another and each sends the newest draft, so a blur right after a
 * pause-save neither sends the same text twice nor lets an older text land after a newer one.
 */
export function EditableField(props: Props) {
  const { label, value, onSave, multiline, rows, type, placeholder, hideLabel, className } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const valueRef = useRef(value);
  const onSaveRef = useRef(onSave);
  // The last text sent successfully, and the stored value it was sent over: until main's answer shows
  // up as the new value, that text is saved and must not be sent again.
  const sentRef = useRef<{ text: string; over: string } | null>(null);
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const timerRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    valueRef.current = value;
    onSaveRef.current = onSave;
  });

  const saveNow = async () => {
    const text = draftRef.current;
    if (text === null) return;
    const stored = valueRef.current;
    if (text === stored) {
      draftRef.current = null;
      setDraft(null);
      setError(null);
      return;
    }
    if (sentRef.current?.text === text && sentRef.current.over === stored) return;
    try {
      await onSaveRef.current(text);
      sentRef.current = { text, over: stored };
      // Only drop the draft if the user has not typed more while the save was on its way.
      if (draftRef.current === text) {
        draftRef.current = null;
        setDraft(null);
      }
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const save = (): Promise<void> => {
    window.clearTimeout(timerRef.current);
    queueRef.current = queueRef.current.then(saveNow);
    return queueRef.current;
  };
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const change = (text: string) => {
    draftRef.current = text;
    setDraft(text);
    window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => void saveRef.current(), SAVE_AFTER_PAUSE_MS);
  };

  // Hidden (another app, a minimized window) or closing: save what is typed now, not after the pause.
  // Leaving the screen (another tab of the app) unmounts the field: save then too.
  useEffect(() => {
    const flush = () => {
      if (draftRef.current !== null) void saveRef.current();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const common = {
    id,
    value: draft ?? value,
    placeholder,
    autoFocus: props.autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur: () => void save(),
  } as const;

  return (
    <div className={`field ${className ?? ''} ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows ?? 3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          {...common}
          type={type ?? 'text'}
          onChange={(e) => change(e.target.value)}
          onKeyDown={(e) => {
            // Enter in a one-line field means "done with this field", as in a form.
            if (e.key === 'Enter') void save();
          }}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          Not saved: {error}
        </p>
      )}
    </div>
  );
}
