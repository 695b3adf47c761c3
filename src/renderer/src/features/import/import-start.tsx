import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { RecognisedImport } from '../../../../shared/domain-types';
import { errorMessage } from '../../lib/error-message';
import { RESUME_FILE_ACCEPT, recogniseFile, recogniseText } from './recognise';

interface Props {
  onRecognised: (read: RecognisedImport) => void;
  onClose: () => void;
  /** A file dropped elsewhere (the welcome) to read at once. */
  file?: File | null;
}

/**
 * The ways in: choose or drop a file, or paste the text. Nothing is stored here: what main read goes to
 * the review. Focus lands on "Choose a file…" when it opens.
 */
export function ImportStart({ onRecognised, onClose, file = null }: Props) {
  const id = useId();
  const chooseRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  useEffect(() => chooseRef.current?.focus(), []);

  const read = async (what: string, reading: () => Promise<RecognisedImport>) => {
    setBusy(what);
    setError(null);
    try {
      onRecognised(await reading());
    } catch (e) {
      setError(`Could not read ${what}: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  };
  const readFile = (picked: File) => read(picked.name, () => recogniseFile(picked));

  const handed = useRef<File | null>(null);
  useEffect(() => {
    if (file !== null && handed.current !== file) {
      handed.current = file;
      void readFile(file);
    }
  });

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped !== undefined) void readFile(dropped);
  };

  return (
    <section className="card import-start" aria-labelledby={`${id}-title`}>
      <div className="import-start-head">
        <h2 id={`${id}-title`} className="card-title">
          Import your résumé
        </h2>
        <button type="button" className="button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="page-hint">
        A PDF, a Word file, a LinkedIn data export (.zip), a JSON Resume file, or the text pasted. You see
        what was read next to the file’s text and fix it before anything changes.
      </p>
      <div
        className={`import-drop ${over ? 'import-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>Drop a résumé file here, or</span>
        <button
          ref={chooseRef}
          type="button"
          className="button-primary"
          disabled={busy !== null}
          onClick={() => inputRef.current?.click()}
        >
          Choose a file…
        </button>
        <input
          ref={inputRef}
          type="file"
          accept={RESUME_FILE_ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Résumé file"
          onChange={(e) => {
            const picked = e.target.files?.[0];
            // Reset so choosing the same file again (after fixing it) fires change again.
            e.target.value = '';
            if (picked) void readFile(picked);
          }}
        />
        <button
          type="button"
          className="button-secondary"
          aria-expanded={pasting}
          aria-controls={`${id}-paste`}
          onClick={() => setPasting((p) => !p)}
        >
          Paste the text instead
        </button>
      </div>
      <div id={`${id}-paste`} hidden={!pasting} className="import-paste">
        <textarea
          aria-label="Résumé text"
          rows={10}
          value={text}
          spellCheck={false}
          placeholder="Paste your résumé’s text (or a JSON Resume)…"
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="button"
          className="button-primary"
          disabled={busy !== null}
          onClick={() => void read('the pasted text', () => recogniseText(text))}
        >
          Read the text
        </button>
      </div>
      {busy !== null && (
        <p className="import-busy" role="status">
          Reading {busy}…
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
