import { useCallback, useState, type DragEvent, type KeyboardEvent } from 'react';
import { moveBy, moveTo } from './reorder';

export interface SortableItem {
  /** On the row: Alt+ArrowUp / Alt+ArrowDown from anywhere inside it move it. */
  row: {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
    'data-drop-target'?: 'before' | 'after';
  };
  /** On the drag handle. */
  handle: {
    draggable: true;
    onDragStart: (event: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
  moveUp: (() => void) | null;
  moveDown: (() => void) | null;
}

/**
 * One list that can be reordered three ways: move buttons, Alt+Arrow keys, and drag and drop by a
 * handle (a whole draggable row would turn selecting its text into a drag). `onOrder` gets every id
 * once, in the new order. Focus is put back where it was after main replies: moving a row re-inserts
 * its DOM node, which drops the focus of whatever was inside it.
 */
export function useSortable(
  ids: readonly number[],
  onOrder: (ids: number[]) => Promise<unknown>,
): (id: number) => SortableItem {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<{ id: number; after: boolean } | null>(null);

  const send = useCallback(
    (next: readonly number[]) => {
      if (next === ids) return;
      const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      void onOrder([...next]).then(() => {
        requestAnimationFrame(() => {
          if (focused?.isConnected && document.activeElement !== focused) focused.focus();
        });
      });
    },
    [ids, onOrder],
  );

  return (id) => {
    const index = ids.indexOf(id);
    const target = over?.id === id && dragging !== null && dragging !== id ? over : null;
    return {
      row: {
        onKeyDown: (event) => {
          if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
          // The innermost list handles it: a bullet moves, not the entry around it.
          event.preventDefault();
          event.stopPropagation();
          send(moveBy(ids, id, event.key === 'ArrowUp' ? -1 : 1));
        },
        onDragOver: (event) => {
          if (dragging === null || !ids.includes(dragging)) return;
          event.preventDefault();
          event.stopPropagation();
          const box = event.currentTarget.getBoundingClientRect();
          const after = event.clientY > box.top + box.height / 2;
          if (over?.id !== id || over.after !== after) setOver({ id, after });
        },
        onDrop: (event) => {
          if (dragging === null || !ids.includes(dragging)) return;
          event.preventDefault();
          event.stopPropagation();
          const box = event.currentTarget.getBoundingClientRect();
          const after = event.clientY > box.top + box.height / 2;
          const without = ids.filter((x) => x !== dragging);
          const at = without.indexOf(id) + (after ? 1 : 0);
          send(moveTo(ids, dragging, at));
          setDragging(null);
          setOver(null);
        },
        ...(target ? { 'data-drop-target': target.after ? 'after' : 'before' } : {}),
      },
      handle: {
        draggable: true,
        onDragStart: (event) => {
          event.stopPropagation();
          event.dataTransfer.effectAllowed = 'move';
          // Some value must be set for the drag to start; the id is kept in state, not read back.
          event.dataTransfer.setData('text/plain', String(id));
          const row = event.currentTarget.closest('li');
          if (row) event.dataTransfer.setDragImage(row, 12, 12);
          setDragging(id);
        },
        onDragEnd: () => {
          setDragging(null);
          setOver(null);
        },
      },
      moveUp: index > 0 ? () => send(moveBy(ids, id, -1)) : null,
      moveDown: index >= 0 && index < ids.length - 1 ? () => send(moveBy(ids, id, 1)) : null,
    };
  };
}
