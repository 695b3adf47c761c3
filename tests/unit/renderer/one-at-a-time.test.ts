import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../src/renderer/src/lib/one-at-a-time';

/** A call main would answer, held open until the test releases it. */
function heldCall(log: string[], name: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const run = async () => {
    log.push(`start ${name}`);
    await released;
    log.push(`end ${name}`);
    return name;
  };
  return { run, release };
}

describe('oneAtATime (the preview asks main for one PDF at a time)', () => {
  it('a burst runs the call in flight, then only the newest; the overtaken ones never reach main', async () => {
    const inTurn = oneAtATime();
    const log: string[] = [];
    const calls = ['first', 'second', 'third', 'newest'].map((name) => heldCall(log, name));
    const aborts = calls.map(() => new AbortController());
    const results = calls.map((call, i) => inTurn(aborts[i]!.signal, call.run));
    // The query cache aborts each request it no longer wants when a newer key or invalidation comes.
    aborts[1]!.abort();
    aborts[2]!.abort();
    for (const call of calls) call.release();

    await expect(results[0]).resolves.toBe('first');
    await expect(results[1]).rejects.toThrow();
    await expect(results[2]).rejects.toThrow();
    await expect(results[3]).resolves.toBe('newest');
    expect(log).toEqual(['start first', 'end first', 'start newest', 'end newest']);
  });

  it('a failed call does not block the next one', async () => {
    const inTurn = oneAtATime();
    const signal = new AbortController().signal;
    const failed = inTurn(signal, () => Promise.reject(new Error('main refused')));
    const next = inTurn(signal, () => Promise.resolve('drawn'));
    await expect(failed).rejects.toThrow('main refused');
    await expect(next).resolves.toBe('drawn');
  });
});
