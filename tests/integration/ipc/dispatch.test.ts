import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { withBackend } from '../backend-fixture';

describe('every IPC call is parsed by the contract before it reaches a handler', () => {
  let ctx: ReturnType<typeof withBackend>;
  beforeAll(() => {
    ctx = withBackend();
  });
  afterAll(() => ctx.dispose());

  it('answers a well-formed call with its value', async () => {
    const result = await dispatch(ctx.backend.handlers, 'getResume', undefined);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['an unknown channel', 'runShell', { cmd: 'rm -rf /' }],
    ['a prototype key', 'getJob', JSON.parse('{"id": 1, "__proto__": {"polluted": true}}')],
    ['a constructor key', 'getJob', { id: 1, constructor: { prototype: {} } }],
    ['a wrong type', 'getJob', { id: '1' }],
    ['a negative id', 'deleteBullet', { id: -5 }],
    ['a missing field', 'setIncluded', { jobId: 1, steps: [{ kind: 'bullet', id: 2 }] }],
    ['no step at all', 'setIncluded', { jobId: 1, steps: [] }],
    ['an unexpected kind', 'setIncluded', { jobId: 1, steps: [{ kind: 'table', id: 2, included: true }] }],
    ['a million-element array', 'createJob', { text: Array.from({ length: 1_000_000 }, () => 'x') }],
    ['input where none is taken', 'getResume', { sneaky: true }],
  ])('refuses %s with a typed error, and main keeps running', async (_what, channel, input) => {
    const result = await dispatch(ctx.backend.handlers, channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message.length).toBeGreaterThan(10);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await dispatch(ctx.backend.handlers, 'listJobs', undefined)).ok).toBe(true);
  });

  it.each([
    ['a posting', 'createJob', { text: 'x'.repeat(6_000_001) }, 'text', '6,000,000 characters'],
    [
      'a bullet',
      'updateBullet',
      { id: 1, text: 'x'.repeat(10_001), version: 0 },
      'text',
      '10,000 characters',
    ],
    [
      'an order',
      'setOrder',
      { jobId: 1, kind: 'entry', parentId: 1, ids: Array(5_001).fill(1) },
      'ids',
      '5,000 items',
    ],
  ])(
    'refuses %s over its limit as too large, naming the limit',
    async (_what, channel, input, field, limit) => {
      const result = await dispatch(ctx.backend.handlers, channel, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
      if (!result.ok) expect(result.error.message).toContain(`${field} is too long (at most ${limit})`);
    },
  );

  it('turns a failing handler into the same error shape', async () => {
    const result = await dispatch(ctx.backend.handlers, 'getJob', { id: 987654 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses an empty posting with a message a person can act on', async () => {
    const result = await dispatch(ctx.backend.handlers, 'createJob', { text: ' \n\t ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) expect(result.error.message).toMatch(/empty/i);
  });

  it('stores a lone surrogate as one U+FFFD, so what comes back is accepted again (issue 11)', async () => {
    const profile = {
      name: 'Ana \uD83D',
      headline: '\uDE00 lead',
      email: `${'a'.repeat(499)}\uD800`,
      phone: '',
      location: 'Zürich 😀',
      website: '',
      summary: 'ok \uDBFF\uDBFF end',
    };
    const before = await ctx.backend.handlers.getResume(undefined);
    const saved = await dispatch(ctx.backend.handlers, 'updateProfile', {
      ...profile,
      version: before.versions.profile,
    });
    expect(saved.ok).toBe(true);
    const read = await dispatch(ctx.backend.handlers, 'getResume', undefined);
    if (!read.ok) throw new Error(read.error.message);
    const stored = (read.value as { profile: typeof profile }).profile;
    expect(stored).toMatchObject({
      name: 'Ana \uFFFD',
      headline: '\uFFFD lead',
      email: `${'a'.repeat(499)}\uFFFD`,
      location: 'Zürich 😀',
      summary: 'ok \uFFFD\uFFFD end',
    });
    const version = (read.value as { versions: { profile: number } }).versions.profile;
    expect((await dispatch(ctx.backend.handlers, 'updateProfile', { ...stored, version })).ok).toBe(true);
  });

  it('leaves a "__proto__" key a plain property while it cleans the strings around it', async () => {
    const input = JSON.parse('{"id": 1, "text": "x\\ud800", "__proto__": {"polluted": true}}') as unknown;
    const result = await dispatch(ctx.backend.handlers, 'updateBullet', input);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
