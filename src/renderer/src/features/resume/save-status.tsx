export type SaveState = 'idle' | 'saving' | 'saved';

const TEXT: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
};

/** Polite live region: a screen reader hears "Saved" without losing its place. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <span className={`save-status save-status-${state}`} role="status" aria-live="polite">
      {TEXT[state]}
    </span>
  );
}
