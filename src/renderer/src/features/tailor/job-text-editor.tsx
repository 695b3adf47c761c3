import { useId, useState } from 'react';
import { excerpt } from '../../lib/excerpt';

/** The bullet's words for this job only; the master stays as written. */
export function JobTextEditor({
  initial,
  masterText,
  onSave,
  onCancel,
}: {
  initial: string;
  masterText: string;
  /** Resolves false when the text was not saved (main said why, in the error banner at the top). */
  onSave: (text: string) => Promise<boolean>;
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
      if (!(await onSave(text))) setError('Not saved: see the message at the top. Your text is still here.');
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
