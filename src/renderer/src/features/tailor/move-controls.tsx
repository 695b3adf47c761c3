import type { SortableItem } from './use-sortable';

/** Keyboard and pointer ways to move an entry or a bullet within its parent, for this job. */
export function MoveButtons({ sortable, what }: { sortable: SortableItem; what: 'entry' | 'bullet' }) {
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="tool-button move-button"
        aria-label={`Move ${what} up`}
        title={`Move ${what} up (Alt+↑)`}
        disabled={sortable.moveUp === null}
        onClick={() => sortable.moveUp?.()}
      >
        ↑
      </button>
      <button
        type="button"
        className="tool-button move-button"
        aria-label={`Move ${what} down`}
        title={`Move ${what} down (Alt+↓)`}
        disabled={sortable.moveDown === null}
        onClick={() => sortable.moveDown?.()}
      >
        ↓
      </button>
    </span>
  );
}

/** Mouse only: keyboard users have the move buttons and Alt+Arrow, so the handle is not a tab stop. */
export function DragHandle({ sortable, what }: { sortable: SortableItem; what: string }) {
  return (
    <span className="drag-handle" title={`Drag to move ${what}`} aria-hidden="true" {...sortable.handle}>
      ⠿
    </span>
  );
}
