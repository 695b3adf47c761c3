import { useCallback, useEffect, useRef } from 'react';
import { EditConflictError } from './edit-conflict';

/** A record as main stored it, and its version (see EditableField's `version`). */
export interface StoredRecord<T> {
  record: T;
  version: number;
}

/**
 * Saves one field of a record whose channel takes the whole record (profile, entry fields).
 *
 * Why a queue: tabbing from Title to Organization fires two saves. If both were built from the record
 * as rendered, the second would still carry the old title and undo the first. Here saves of one record
 * run one after another, each built from the reply to the one before, so no edit overwrites another.
 *
 * Each save sends the version the field's text was typed over. When another window saved the record
 * since, `send` throws an EditConflictError holding the whole stored record: the next save is built
 * from it, and the field hears of its own text only (what it shows the user beside theirs).
 */
export function useSerialSave<T extends { [K in keyof T]: string }>(
  stored: T,
  send: (record: T, version: number | undefined) => Promise<StoredRecord<T> | undefined>,
): (key: keyof T, value: string, version: number | undefined) => Promise<number | undefined> {
  const latest = useRef(stored);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const sendRef = useRef(send);

  useEffect(() => {
    latest.current = stored;
  }, [stored]);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  return useCallback((key, value, version) => {
    const run = queue.current.then(async () => {
      try {
        const reply = await sendRef.current({ ...latest.current, [key]: value }, version);
        if (!reply) return undefined;
        latest.current = reply.record;
        return reply.version;
      } catch (e) {
        if (!(e instanceof EditConflictError)) throw e;
        const theirs = e.theirs as T;
        latest.current = theirs;
        throw new EditConflictError(theirs[key], e.version);
      }
    });
    // A failed save must not block the ones after it; its caller still sees the failure through `run`.
    queue.current = run.catch(() => undefined);
    return run;
  }, []);
}
