import { useId } from 'react';
import { plural } from '../../lib/plural';

/** Characters of a held paste shown: about two screens, enough to see it is the right page. */
const PREVIEW_CHARS = 3_000;

/**
 * A posting too long for the paste box (new-job-form.tsx, BOX_MAX_CHARS): its start, read-only, and
 * what will happen to it. Saving reads all of it; the text can still be corrected in Tailor.
 */
export function HeldPaste({
  text,
  onEdit,
  onClear,
}: {
  text: string;
  onEdit: () => void;
  onClear: () => void;
}) {
  const id = useId();
  return (
    <div className="held-paste" role="group" aria-labelledby={`${id}-note`}>
      <p id={`${id}-note`} className="held-paste-note">
        A long paste ({plural(text.length, 'character')}), kept as pasted: Save job reads all of it, and
        Tailor can correct its text after. Editing it here would freeze the window for seconds.
      </p>
      {/* Focusable so the keyboard can scroll it; labelled so a screen reader says what it is. */}
      <div
        className="held-paste-start"
        data-testid="held-paste"
        tabIndex={0}
        role="region"
        aria-label="Start of the pasted posting"
      >
        {text.slice(0, PREVIEW_CHARS)}
        {text.length > PREVIEW_CHARS && <span className="held-paste-more">…</span>}
      </div>
      <div className="held-paste-actions">
        <button type="button" className="button-quiet" onClick={onClear}>
          Clear the paste
        </button>
        <button type="button" className="button-quiet" onClick={onEdit}>
          Edit it in the box anyway (slow)
        </button>
      </div>
    </div>
  );
}
