import { useEffect, useRef, useState } from 'react';
import { MAX_IMPORT_CHARS } from '../../../../shared/contract';
import type { ImportPreview } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { plural } from '../../lib/plural';
import { useResumeSave } from './resume-save';

interface Props {
  /** Whether there is anything to lose: an empty résumé is replaced without asking. */
  hasContent: boolean;
  /** Bumped to move focus to the import button (the welcome's "Import my résumé"). */
  focusRequest?: number;
}

interface Chosen {
  name: string;
  text: string;
}

/** The database file's name, as the backup beside it starts. */
const BACKUP_NAME = 'resume-tailor.sqlite.before-import-…';

/** What the confirmation says the import costs: per-job choices and master wordings on changed items. */
function lossText({ jobsLosingChoices: jobs, bulletsLosingVariants: bullets }: ImportPreview): string {
  const wordings = bullets > 0 ? `the other wordings of ${plural(bullets, 'bullet')}` : '';
  if (jobs > 0) {
    return (
      `Your choices for ${plural(jobs, 'job')} (turned-off bullets, per-job wording)` +
      (wordings ? ` and ${wordings}` : '') +
      ' on items this file changes or drops will be lost; items that come back unchanged keep them. '
    );
  }
  if (wordings) {
    return (
      `No job loses its choices, but ${wordings} this file changes or drops will be lost; ` +
      'bullets that come back unchanged keep theirs. '
    );
  }
  return 'No job loses its choices: every item a job has choices about comes back unchanged. ';
}

/**
 * Import replaces the whole master résumé, so the file is read and checked first and the user confirms
 * with its name and its cost in front of them: how many jobs lose choices, and where the backup goes.
 * Errors from main name the bad field's path ("basics.email").
 */
export function ImportJsonButton({ hasContent, focusRequest = 0 }: Props) {
  const save = useResumeSave();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRequest > 0) buttonRef.current?.focus();
  }, [focusRequest]);
  const [chosen, setChosen] = useState<(Chosen & { preview: ImportPreview }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (file: Chosen) => {
    setBusy(true);
    try {
      let backup = '';
      let lost = 0;
      await save(async () => {
        const result = await api.importJsonResume({ text: file.text });
        backup = result.backupPath;
        lost = result.jobsLosingChoices;
        return result.resume;
      });
      setDone(
        `Imported ${file.name}. ` +
          (lost > 0 ? `Choices for ${plural(lost, 'job')} on changed items were dropped. ` : '') +
          `Your data as it was before the import is kept in ${backup}.`,
      );
      setError(null);
    } catch (e) {
      setError(`Could not import ${file.name}: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
      setChosen(null);
    }
  };

  const onFile = async (file: File | undefined) => {
    // Reset so choosing the same file again (after fixing it) fires change again.
    if (inputRef.current) inputRef.current.value = '';
    if (!file) return;
    setDone(null);
    setError(null);
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setError(
        `${file.name} is too large for a JSON Resume (limit ${plural(MAX_IMPORT_CHARS, 'character')}).`,
      );
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      setError(`Could not read ${file.name}: ${errorMessage(e)}`);
      return;
    }
    if (text.length > MAX_IMPORT_CHARS) {
      setError(
        `${file.name} is too large for a JSON Resume (limit ${plural(MAX_IMPORT_CHARS, 'character')}).`,
      );
      return;
    }
    const picked = { name: file.name, text };
    if (!hasContent) return send(picked);
    setBusy(true);
    try {
      setChosen({ ...picked, preview: await api.previewJsonImport({ text }) });
    } catch (e) {
      setError(`Could not import ${file.name}: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="import-json">
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="JSON Resume file"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <button
        ref={buttonRef}
        type="button"
        className="button-secondary"
        disabled={busy}
        onClick={() => inputRef.current?.click()}
      >
        Import JSON Resume…
      </button>
      {chosen && (
        <div className="confirm confirm-block" role="group" aria-label="Confirm import">
          <span className="confirm-question">
            This replaces your master résumé with <strong>{chosen.name}</strong>. {lossText(chosen.preview)}A
            backup of all your data is kept as {BACKUP_NAME} in {chosen.preview.backupFolder}.
          </span>
          <button type="button" className="button-danger" disabled={busy} onClick={() => void send(chosen)}>
            Replace résumé
          </button>
          <button type="button" className="button-quiet" onClick={() => setChosen(null)}>
            Cancel
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {done && <p className="import-done">{done}</p>}
    </div>
  );
}
