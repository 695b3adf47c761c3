import { useCallback, useEffect, useRef } from 'react';

/**
 * Saves one field of a record whose channel takes the whole record (profile, entry fields).
 *
 * Why a queue: tabbing from Title to Organization fires two saves. If both were built from the record
 * as rendered, the second would still carry the old title and undo the first. Here saves of one record
 * run one after another, each built from the reply to the one before, so no edit overwrites another.
 */
export function useSerialSave<T extends object>(
  stored: T,
  send: (record: T) => Promise<T | undefined>,
): (key: keyof T, value: T[keyof T]) => Promise<void> {
  const latest = useRef(stored);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const sendRef = useRef(send);

  useEffect(() => {
    latest.current = stored;
  }, [stored]);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  return useCallback((key, value) => {
    const run = queue.current.then(async () => {
      const reply = await sendRef.current({ ...latest.current, [key]: value });
      if (reply) latest.current = reply;
    });
    // A failed save must not block the ones after it; its caller still sees the failure through `run`.
    queue.current = run.catch(() => undefined);
    return run;
  }, []);
}
