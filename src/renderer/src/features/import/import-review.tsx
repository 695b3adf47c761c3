import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Resume } from '../../../../core/resume/resume';
import type { ResumeDraft } from '../../../../core/resume/resume-draft';
import type { MergeChoices } from '../../../../core/resume/resume-merge';
import type { AppliedImport, ImportMode, RecognisedImport } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/error-message';
import { afterResumeWrite } from '../../lib/invalidate';
import { plural } from '../../lib/plural';
import { keys } from '../../lib/query-keys';
import { ImportSummary } from './import-summary';
import { MergeChoicesForm } from './merge-choices';
import { ReviewDraft } from './review-draft';
import { SourceLines, sourceLineId } from './source-lines';
import './import.css';

interface Props {
  read: RecognisedImport;
  resume: Resume;
  /** Where the choice starts: replace for an empty or demo résumé, merge for the user's own. */
  initialMode: ImportMode;
  onDone: (applied: AppliedImport, name: string) => void;
  onCancel: () => void;
}

/**
 * The review screen: what was recognised (editable) beside the text it came from, the reader's doubts
 * with the lines they are about, then Replace or Merge with a summary of what will change. Nothing is
 * stored until the confirm button; Cancel leaves the résumé as it was.
 */
export function ImportReview({ read, resume, initialMode, onDone, onCancel }: Props) {
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<ResumeDraft>(read.draft);
  const [mode, setMode] = useState<ImportMode>(initialMode);
  // null until the user changes one: main's defaults (fill empty fields, update matches, remove nothing).
  const [choices, setChoices] = useState<MergeChoices | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Focus starts on the heading, so the screen is announced from its top.
  useEffect(() => headingRef.current?.focus(), []);

  const input = { draft, mode, ...(choices === null ? {} : { choices }) };
  const preview = useQuery({
    queryKey: keys.importPreview(input),
    queryFn: () => api.previewResumeImport(input),
    placeholderData: keepPreviousData,
  });
  const view = preview.data;

  const apply = useMutation({
    mutationFn: () => {
      if (view === undefined) throw new Error('The summary is not ready yet.');
      return api.applyResumeImport({ ...input, choices: view.choices, removals: view.removals });
    },
    onSuccess: (applied) => {
      queryClient.setQueryData(keys.resume, applied.resume);
      afterResumeWrite(queryClient);
      onDone(applied, read.name);
    },
    onError: (e) => setError(errorMessage(e)),
  });

  const unplaced = draft.sections.filter((s) => s.kind === 'custom');
  const confirmText =
    (mode === 'replace' ? 'Replace my résumé' : 'Merge into my résumé') +
    (view !== undefined && view.removals > 0 ? ` and remove ${plural(view.removals, 'item')}` : '');

  return (
    <section className="import-review" aria-labelledby="import-review-title">
      <div className="toolbar">
        <div>
          <h2 id="import-review-title" ref={headingRef} tabIndex={-1} className="page-title">
            Review the import of {read.name}
          </h2>
          <p className="page-hint">
            Check what was read against the text it came from and fix any field. Your résumé does not change
            until you confirm at the bottom.
          </p>
        </div>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel import
        </button>
      </div>

      {(read.unsure.length > 0 || unplaced.length > 0) && (
        <section className="card review-notes" aria-labelledby="review-notes-title">
          <h3 id="review-notes-title" className="card-title">
            Worth a look
          </h3>
          <ul>
            {read.unsure.map((note, i) => (
              <li key={i}>
                {note.line !== null && read.source.length >= note.line ? (
                  <a
                    href={`#${sourceLineId(note.line)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      const line = document.getElementById(sourceLineId(note.line ?? 0));
                      line?.scrollIntoView({ block: 'center' });
                      line?.focus();
                    }}
                  >
                    Line {note.line}
                  </a>
                ) : note.line !== null ? (
                  `Line ${note.line}`
                ) : null}
                {note.line !== null && ': '}
                {note.message}
              </li>
            ))}
            {unplaced.map((s, i) => {
              const lines = s.entries.reduce((n, e) => n + Math.max(1, e.bullets.length), 0);
              return (
                <li key={`u${i}`}>
                  {lines === 1 ? '1 line is' : `${plural(lines, 'line')} are`} kept in “{s.title}”, a section
                  the reader could not place: nothing is dropped. Give it a kind below, or keep it as it is.
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <div className="review-columns">
        <div className="review-column">
          <h3 className="column-title">What was recognised</h3>
          <ReviewDraft draft={draft} onChange={setDraft} />
        </div>
        <div className="review-column review-source">
          <h3 className="column-title">Text of {read.name}</h3>
          <SourceLines lines={read.source} unsure={read.unsure} />
        </div>
      </div>

      <section className="card review-confirm" aria-labelledby="review-confirm-title">
        <h3 id="review-confirm-title" className="card-title">
          Bring it in
        </h3>
        <fieldset className="review-modes">
          <legend className="visually-hidden">How to bring it in</legend>
          <label className="merge-choice">
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />
            <span>
              <strong>Merge</strong> into my résumé: new entries are added, matching ones updated as you
              choose, nothing of yours removed unless you tick it.
            </span>
          </label>
          <label className="merge-choice">
            <input
              type="radio"
              name="import-mode"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            <span>
              <strong>Replace</strong> my résumé with this one.
            </span>
          </label>
        </fieldset>
        {mode === 'merge' && view !== undefined && (
          <MergeChoicesForm plan={view.merge} resume={resume} choices={view.choices} onChange={setChoices} />
        )}
        {view !== undefined ? (
          <ImportSummary view={view} />
        ) : preview.isError ? (
          <p className="field-error" role="alert">
            {errorMessage(preview.error)}
          </p>
        ) : (
          <p className="loading">Working out what changes…</p>
        )}
        {preview.isError && view !== undefined && (
          <p className="field-error" role="alert">
            {errorMessage(preview.error)}
          </p>
        )}
        {error && (
          <p className="field-error" role="alert">
            Not imported: {error}
          </p>
        )}
        <div className="review-actions">
          <button
            type="button"
            className={view !== undefined && view.removals > 0 ? 'button-danger' : 'button-primary'}
            disabled={view === undefined || preview.isFetching || preview.isError || apply.isPending}
            onClick={() => {
              setError(null);
              apply.mutate();
            }}
          >
            {confirmText}
          </button>
          <button type="button" className="button-quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </section>
    </section>
  );
}
