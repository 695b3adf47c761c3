import { useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { MAX_POSTING_CHARS } from '../../../../shared/contract';
import type { CreatedJob, JobView } from '../../../../shared/domain-types';
import { api } from '../../lib/api';
import { bytesToBase64 } from '../../lib/base64';
import { errorMessage } from '../../lib/error-message';
import { plural } from '../../lib/plural';
import { HeldPaste } from './held-paste';
import { htmlToTextOffThread } from './html-text';
import { readPostingDraft, writePostingDraft } from './posting-draft';
import type { HtmlPaste } from './posting-paste';

/**
 * The longest text the box itself holds. Chromium takes about 0.2 s to insert 50,000 characters into a
 * textarea and 7 s for 2 MB (measured: tests/e2e/large-paste.spec.ts), so a longer paste, draft or file
 * is held beside the box, shown by its start, and saved whole.
 */
export const BOX_MAX_CHARS = 50_000;

interface Props {
  onCreated: (view: JobView) => void;
}

export function NewJobForm({ onCreated }: Props) {
  const id = useId();
  // What was in the box before a reload comes back; saving the job clears it.
  const [text, setText] = useState(readPostingDraft);
  // The text is too long for the box and the user has not asked to edit it there anyway.
  const [held, setHeld] = useState(() => text.length > BOX_MAX_CHARS);
  const [htmlPaste, setHtmlPaste] = useState<HtmlPaste | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The same posting pasted again: the job already saved, offered instead of a silent duplicate.
  const [duplicate, setDuplicate] = useState<CreatedJob | null>(null);
  // The HTML of a paste in flight: the box's new text is only known in the change event that follows.
  const pendingHtml = useRef<string | null>(null);

  useEffect(() => writePostingDraft(text), [text]);

  const usingHtml = htmlPaste !== null && htmlPaste.text === text;
  const tooLong = text.length > MAX_POSTING_CHARS;

  /** Text that arrived whole (a paste, a file): in the box, or held beside it when too long. */
  const showText = (value: string) => {
    setText(value);
    setHeld(value.length > BOX_MAX_CHARS);
    setError(null);
    setDuplicate(null);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    const box = event.currentTarget;
    // The HTML stands for the whole posting only when it replaces everything in the box.
    const replacesAll =
      box.value.length === 0 || (box.selectionStart === 0 && box.selectionEnd === box.value.length);
    pendingHtml.current = null;
    if (html && replacesAll && plain === '') {
      // Some pages copy as HTML only: show its text ourselves instead of pasting nothing.
      event.preventDefault();
      setBusy(true);
      htmlToTextOffThread(html)
        .then(
          (derived) => {
            showText(derived);
            setHtmlPaste({ html, text: derived });
          },
          (e: unknown) => setError(errorMessage(e)),
        )
        .finally(() => setBusy(false));
      return;
    }
    const next = box.value.slice(0, box.selectionStart) + plain + box.value.slice(box.selectionEnd);
    if (next.length > BOX_MAX_CHARS) {
      // Too long for the box: the browser is not asked to insert it (seconds of a frozen window).
      event.preventDefault();
      showText(next);
      setHtmlPaste(html && replacesAll ? { html, text: next } : null);
      return;
    }
    if (html && replacesAll) pendingHtml.current = html;
  };

  const onChange = (value: string) => {
    setText(value);
    setError(null);
    setDuplicate(null);
    if (pendingHtml.current !== null) {
      setHtmlPaste({ html: pendingHtml.current, text: value });
      pendingHtml.current = null;
    }
  };

  // A posting saved as a file: its text lands in the box, to be read and saved like a paste.
  const openFile = async (file: File) => {
    setBusy(true);
    try {
      const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const read = await api.readPostingFile({ name: file.name, data });
      showText(read.text);
      setHtmlPaste(read.html === undefined ? null : { html: read.html, text: read.text });
    } catch (e) {
      // Whatever was in the box stays there.
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer.files[0];
    if (file === undefined) return;
    event.preventDefault();
    void openFile(file);
  };

  const save = async () => {
    if (text.trim() === '') {
      setError('Paste a job posting first.');
      return;
    }
    if (tooLong) {
      setError(
        `This posting is ${plural(text.length, 'character')} long; the limit is ${plural(MAX_POSTING_CHARS, 'character')}. Remove what is not part of the posting and save again.`,
      );
      return;
    }
    // HTML bigger than the limit while its text fits: the text is enough to save.
    const payload = usingHtml && htmlPaste.html.length <= MAX_POSTING_CHARS ? htmlPaste.html : text;
    setBusy(true);
    try {
      const view = await api.createJob({ text: payload });
      showText('');
      setHtmlPaste(null);
      setError(null);
      if (view.alreadySaved) setDuplicate(view);
      else onCreated(view);
    } catch (e) {
      // The text stays in the box: nothing the user pasted is lost by a failed save.
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card new-job" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="card-title">
        New job
      </h2>
      <p className="page-hint">
        Copy the whole posting from the job site and paste it here, or open or drop a page you saved (web
        page, PDF, Word, text). Title, company and skills are picked out for you.
      </p>
      {held ? (
        <HeldPaste
          text={text}
          onEdit={() => setHeld(false)}
          onClear={() => {
            showText('');
            setHtmlPaste(null);
          }}
        />
      ) : (
        <textarea
          aria-label="Posting text"
          className="posting-input"
          value={text}
          rows={9}
          placeholder="Paste a job posting…"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onPaste={onPaste}
          onDrop={onDrop}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <div className="new-job-footer">
        <span className={`char-count ${tooLong ? 'char-count-over' : ''}`}>
          {text.length > 0 && plural(text.length, 'character')}
          {tooLong && ` — over the ${plural(MAX_POSTING_CHARS, 'character')} limit`}
        </span>
        {usingHtml && <span className="paste-note">Pasted from a web page — formatting will be removed</span>}
        <label className="button-quiet file-open">
          Open a saved posting…
          <input
            type="file"
            className="visually-hidden"
            accept=".html,.htm,.txt,.md,.pdf,.docx,text/html,text/plain,application/pdf"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openFile(file);
            }}
          />
        </label>
        <button type="button" className="button-primary" disabled={busy} onClick={() => void save()}>
          {busy ? 'Saving…' : 'Save job'}
        </button>
      </div>
      {duplicate && (
        <p className="duplicate-note" role="status">
          This posting is already saved as “{duplicate.job.title.trim() || 'Untitled job'}”, from{' '}
          {new Date(duplicate.job.createdAt).toLocaleDateString()}. Nothing new was saved.{' '}
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setDuplicate(null);
              onCreated(duplicate);
            }}
          >
            Open the saved job
          </button>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
