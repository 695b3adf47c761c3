import { useId, useRef, useState } from 'react';
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

/**
 * A field saved when it loses focus (no maxLength: a paste is never cut short silently, main refuses
 * oversized text with a message instead). While the user's text differs from what is stored it is kept as a
 * draft here, so a failed save or a slow reply never replaces what they typed.
 */
export function EditableField(props: Props) {
  const { label, value, onSave, multiline, rows, type, placeholder, hideLabel, className } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);

  const change = (text: string) => {
    draftRef.current = text;
    setDraft(text);
  };

  const save = async () => {
    const text = draftRef.current;
    if (text === null) return;
    if (text === value) {
      draftRef.current = null;
      setDraft(null);
      setError(null);
      return;
    }
    try {
      await onSave(text);
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
