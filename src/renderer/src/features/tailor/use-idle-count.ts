import { useEffect, useState } from 'react';

/**
 * A count that starts at `initial` and grows by `step` in idle time (requestIdleCallback) up to
 * `total`: for work that is cut into pieces so that each piece is one short task, the first pieces
 * drawn at once and the rest while the user reads. Starts again from `initial` when `total` changes.
 */
export function useIdleCount(total: number, initial: number, step: number): number {
  const [state, setState] = useState({ total, count: Math.min(total, initial) });
  const current = state.total === total ? state : { total, count: Math.min(total, initial) };
  if (current !== state) setState(current);

  useEffect(() => {
    if (current.count >= total) return;
    // The timeout keeps it moving on a page that is never idle (a preview redrawing, say).
    const id = window.requestIdleCallback(
      () => setState((s) => (s.total === total ? { total, count: Math.min(total, s.count + step) } : s)),
      { timeout: 500 },
    );
    return () => window.cancelIdleCallback(id);
  }, [current.count, total, step]);

  return current.count;
}
