/**
 * Runs calls one after another, and skips a call whose signal was aborted while it waited: a burst of
 * changes makes main do the call in flight and then only the newest, never every step of the burst.
 */
export function oneAtATime(): <T>(signal: AbortSignal, run: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (signal, run) => {
    const result = tail.then(() => {
      signal.throwIfAborted();
      return run();
    });
    tail = result.catch(() => undefined);
    return result;
  };
}
