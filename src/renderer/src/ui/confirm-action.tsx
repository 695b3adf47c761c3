import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button that starts the action ("Delete section"). */
  label: string;
  /** Accessible name for the first button when its visible label is shorter than it should be. */
  ariaLabel?: string;
  /** What will happen, in words, shown in the confirmation step. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  className?: string;
}

/**
 * A destructive action in two steps, inline rather than window.confirm: the question stays next to the
 * thing it is about, and keyboard focus moves to the choice and back.
 */
export function ConfirmAction({ label, ariaLabel, question, confirmLabel, onConfirm, className }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className={className ?? 'button-danger-quiet'}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label="Confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setAsking(false);
      }}
    >
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="button-danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancelRef} type="button" className="button-quiet" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
