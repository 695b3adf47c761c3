import { useId } from 'react';

interface Props {
  /** The field's label, so the choice names what it is about. */
  label: string;
  theirs: string;
  mine: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * Another window saved this field while the user was typing here: both texts side by side, and the
 * choice. Nothing is lost while it is open, the user's text stays in the field. It does not take the
 * focus (the user may be typing elsewhere): the alert is read out, the buttons follow the field.
 */
export function EditConflictPanel({ label, theirs, mine, onKeepMine, onTakeTheirs }: Props) {
  const id = useId();
  return (
    <div className="edit-conflict" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="edit-conflict-title" role="alert">
        Changed in another window: {label}
      </p>
      <div className="edit-conflict-texts">
        <figure>
          <figcaption>In the other window</figcaption>
          <blockquote className="edit-conflict-text">{theirs === '' ? '(empty)' : theirs}</blockquote>
        </figure>
        <figure>
          <figcaption>Yours, not saved yet</figcaption>
          <blockquote className="edit-conflict-text">{mine === '' ? '(empty)' : mine}</blockquote>
        </figure>
      </div>
      <div className="edit-conflict-actions">
        <button type="button" className="button-primary" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" className="button-secondary" onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </div>
  );
}
