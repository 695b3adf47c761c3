import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { Resume } from '../../../src/core/resume/resume';
import { withBackend } from '../backend-fixture';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

describe('section titles', () => {
  it('refuses a title of only spaces or invisible characters, and drops the spaces around a real one', async () => {
    const ctx = withBackend();
    cleanups.push(ctx.dispose);
    const { handlers } = ctx.backend;
    const before = await handlers.getResume(undefined);
    const firstId = before.sections[0]!.id;

    for (const title of ['   ', '\t\n', '\u3000\u00a0', '\u200b\u2060']) {
      for (const [channel, input] of [
        ['addSection', { kind: 'custom', title }],
        ['renameSection', { id: firstId, title, version: before.versions.sections[firstId]! }],
      ] as const) {
        const reply = await dispatch(handlers, channel, input);
        expect(reply.ok, `${channel} ${JSON.stringify(title)}`).toBe(false);
        if (!reply.ok) {
          expect(reply.error.code).toBe('invalid-input');
          expect(reply.error.message).toContain('a section needs a title you can see');
        }
      }
    }
    expect((await handlers.getResume(undefined)).sections.map((s) => s.title)).toEqual(
      before.sections.map((s) => s.title),
    );

    const added = await dispatch(handlers, 'addSection', { kind: 'custom', title: '  Volunteering ' });
    expect(added.ok && (added.value as Resume).sections.at(-1)?.title).toBe('Volunteering');
  });
});
