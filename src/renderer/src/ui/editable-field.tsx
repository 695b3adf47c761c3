import { useEffect, useId, useRef, useState } from 'react';
import { EditConflictError } from '../lib/edit-conflict';
import { errorMessage } from '../lib/error-message';
import { EditConflictPanel } from './edit-conflict-panel';

interface Props {
  label: string;
  value: string;
  /**
   * The stored version of `value` (its row's), for text another window may edit too: each save sends
   * the version the user's text was typed over, and resolves to the version it stored (a
   * number; anything else leaves the version as it was).
   */
  version?: number;
  /**
   * Throws to refuse: the user's text then stays in the field with the reason under it. An
   * EditConflictError (another window saved first) asks the user which text to keep instead.
   */
  onSave: (text: string, version: number | undefined) => Promise<unknown>;
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
  const { label, value, version, onSave, multiline, rows, type, placeholder, hideLabel, className } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const valueRef = useRef(value);
  const versionRef = useRef(version);
  // What the draft was typed over: the text on screen when typing began and its version, then each
  // text this field saved. A save over anything newer is another window's text, not this one's.
  const baseRef = useRef<{ text: string; version: number | undefined } | null>(null);
  // Another window's text, shown beside the user's until they choose; no save is tried meanwhile.
  const [conflict, setConflict] = useState<EditConflictError | null>(null);
  const conflictRef = useRef<EditConflictError | null>(null);
  const onSaveRef = useRef(onSave);
  // The last text sent successfully, and the stored value it was sent over: until main's answer shows
  // up as the new value, that text is saved and must not be sent again.
  const sentRef = useRef<{ text: string; over: string } | null>(null);
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const timerRef = useRef<number | undefined>(undefined);

  useEffect(() => {
    valueRef.current = value;
    versionRef.current = version;
    onSaveRef.current = onSave;
  });

  const dropDraft = (text: string) => {
    // Only if the user has not typed more while the save was on its way.
    if (draftRef.current !== text) return;
    draftRef.current = null;
    setDraft(null);
  };
  const showConflict = (next: EditConflictError | null) => {
    conflictRef.current = next;
    setConflict(next);
  };

  const saveNow = async () => {
    const text = draftRef.current;
    if (text === null || conflictRef.current !== null) return;
    const stored = valueRef.current;
    if (text === stored) {
      dropDraft(text);
      setError(null);
      return;
    }
    if (sentRef.current?.text === text && sentRef.current.over === stored) return;
    const base = baseRef.current ?? { text: stored, version: versionRef.current };
    // Twice at most: the second try is for a row saved since without touching this text (another field
    // of the same entry, this window's own save whose reply is not on screen yet).
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const saved = await onSaveRef.current(text, base.version);
        sentRef.current = { text, over: stored };
        baseRef.current = { text, version: typeof saved === 'number' ? saved : base.version };
        dropDraft(text);
        setError(null);
        return;
      } catch (e) {
        if (!(e instanceof EditConflictError) || typeof e.theirs !== 'string') {
          setError(errorMessage(e));
          return;
        }
        if (e.theirs === text) {
          // The other window wrote the very same words: nothing to choose.
          baseRef.current = { text, version: e.version };
          dropDraft(text);
          setError(null);
          return;
        }
        if (e.theirs !== base.text || attempt === 1) {
          setError(null);
          showConflict(new EditConflictError(e.theirs, e.version));
          return;
        }
        base.version = e.version;
      }
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
    if (draftRef.current === null) {
      // Typing starts over the text on screen, unless this field's own last save is newer than it (its
      // reply not shown yet): versions only grow, so the higher one is the text the user last saw.
      const shown = { text: valueRef.current, version: versionRef.current };
      const base = baseRef.current;
      const ownIsNewer =
        base?.version !== undefined && shown.version !== undefined && base.version >= shown.version;
      if (!ownIsNewer) baseRef.current = shown;
    }
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

  const keepMine = () => {
    const theirs = conflictRef.current;
    if (theirs === null) return;
    baseRef.current = { text: theirs.theirs, version: theirs.version };
    showConflict(null);
    void save();
  };
  const takeTheirs = () => {
    const theirs = conflictRef.current;
    if (theirs === null) return;
    // Theirs is what main holds: shown until the résumé read again brings it as the value.
    baseRef.current = { text: theirs.theirs, version: theirs.version };
    draftRef.current = theirs.theirs;
    setDraft(theirs.theirs);
    sentRef.current = null;
    showConflict(null);
    void save();
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
      {conflict && draft !== null && (
        <EditConflictPanel
          label={label}
          theirs={conflict.theirs}
          mine={draft}
          onKeepMine={keepMine}
          onTakeTheirs={takeTheirs}
        />
      )}
    </div>
  );
}
