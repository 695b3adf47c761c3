import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';

// The row's controls other than its checkbox: skill chips and tools. The per-job text editor is a form
// of its own and keeps its tab stops.
const TOOLS = '.pick-bullet-foot button, .pick-bullet-foot select';

/**
 * One tab stop per bullet: its checkbox. Its skill chips and tools leave the tab order and are reached
 * with → and ← from the checkbox (Escape goes back to it), so Export is a few Tabs away, not hundreds.
 * Runs after every render because tools come and go (Reset to master appears after an edit).
 */
export function useBulletTabStop(row: RefObject<HTMLLIElement | null>): (event: KeyboardEvent) => void {
  useLayoutEffect(() => {
    for (const el of row.current?.querySelectorAll<HTMLElement>(TOOLS) ?? []) el.tabIndex = -1;
  });
  return (event) => {
    const el = row.current;
    if (!el || event.altKey || event.ctrlKey || event.metaKey) return;
    const box = el.querySelector<HTMLElement>('.pick-bullet-label input');
    const stops = [box, ...el.querySelectorAll<HTMLElement>(TOOLS)].filter(
      (stop): stop is HTMLElement => stop !== null && !(stop as HTMLButtonElement).disabled,
    );
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    // A select uses the arrows for its own options; Escape still leaves it.
    const inSelect = (document.activeElement as HTMLElement).tagName === 'SELECT';
    let next: HTMLElement | undefined;
    if (event.key === 'Escape' && at > 0) next = box ?? undefined;
    else if (event.key === 'ArrowRight' && !inSelect) next = stops[(at + 1) % stops.length];
    else if (event.key === 'ArrowLeft' && !inSelect) next = stops[(at - 1 + stops.length) % stops.length];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    next.focus();
  };
}
