import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import type { Channel, InputOf } from '../../../src/shared/contract';
import type { VersionedResume } from '../../../src/shared/domain-types';
import { withBackend } from '../backend-fixture';

// Two windows are two writers through the same dispatch: each read the résumé before either saved.
describe('two windows editing the same text', () => {
  let ctx: ReturnType<typeof withBackend>;
  beforeEach(() => {
    ctx = withBackend();
  });
  afterEach(() => ctx.dispose());

  const call = async <C extends Channel>(channel: C, input: InputOf<C>) =>
    dispatch(ctx.backend.handlers, channel, input);
  const read = async (): Promise<VersionedResume> => {
    const reply = await call('getResume', undefined);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as VersionedResume;
  };
  const firstBullet = (resume: VersionedResume) => resume.sections[0]!.entries[0]!.bullets[0]!;

  it('refuses the second writer of a bullet with the text the first stored, and writes nothing', async () => {
    const seen = await read();
    const bullet = firstBullet(seen);
    const version = seen.versions.bullets[bullet.id]!;

    const first = await call('updateBullet', { id: bullet.id, text: 'Written in window one.', version });
    expect(first.ok).toBe(true);
    const second = await call('updateBullet', { id: bullet.id, text: 'Written in window two.', version });

    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('conflict');
    expect(second.error.message).toContain('changed in another window');
    expect(second.error.details).toMatchObject({
      kind: 'bullet',
      id: bullet.id,
      version: version + 1,
      stored: 'Written in window one.',
    });
    expect(firstBullet(await read()).text).toBe('Written in window one.');
  });

  it('takes "keep mine": the same text sent again with the version the conflict gave', async () => {
    const seen = await read();
    const bullet = firstBullet(seen);
    const version = seen.versions.bullets[bullet.id]!;
    await call('updateBullet', { id: bullet.id, text: 'Theirs.', version });
    const refused = await call('updateBullet', { id: bullet.id, text: 'Mine.', version });
    if (refused.ok) throw new Error('the stale write was accepted');

    const kept = await call('updateBullet', {
      id: bullet.id,
      text: 'Mine.',
      version: refused.error.details!['version'] as number,
    });
    expect(kept.ok).toBe(true);
    expect(firstBullet(await read()).text).toBe('Mine.');
  });

  it('guards entry fields, section titles and the profile the same way', async () => {
    const seen = await read();
    const section = seen.sections[0]!;
    const entry = section.entries[0]!;
    const { id: _id, bullets: _bullets, ...fields } = entry;

    const entryAt = seen.versions.entries[entry.id]!;
    await call('updateEntry', { id: entry.id, fields: { ...fields, title: 'Lead' }, version: entryAt });
    const entryReply = await call('updateEntry', {
      id: entry.id,
      fields: { ...fields, organization: 'Elsewhere' },
      version: entryAt,
    });
    expect(entryReply.ok ? null : entryReply.error.details).toMatchObject({
      kind: 'entry',
      stored: { ...fields, title: 'Lead' },
    });

    const sectionAt = seen.versions.sections[section.id]!;
    await call('renameSection', { id: section.id, title: 'Work', version: sectionAt });
    const sectionReply = await call('renameSection', { id: section.id, title: 'Jobs', version: sectionAt });
    expect(sectionReply.ok ? null : sectionReply.error.details).toMatchObject({
      kind: 'section',
      stored: 'Work',
    });

    const profileAt = seen.versions.profile;
    await call('updateProfile', { ...seen.profile, headline: 'One', version: profileAt });
    const profileReply = await call('updateProfile', {
      ...seen.profile,
      headline: 'Two',
      version: profileAt,
    });
    expect(profileReply.ok ? null : profileReply.error.details).toMatchObject({
      kind: 'profile',
      stored: { ...seen.profile, headline: 'One' },
    });

    const now = await read();
    expect(now.sections[0]!.title).toBe('Work');
    expect(now.sections[0]!.entries[0]!).toMatchObject({ title: 'Lead', organization: fields.organization });
    expect(now.profile.headline).toBe('One');
  });

  it('does not count a move or a write of the same text as a change another window could lose', async () => {
    const seen = await read();
    const bullet = firstBullet(seen);
    const version = seen.versions.bullets[bullet.id]!;
    await call('updateBullet', { id: bullet.id, text: bullet.text, version });
    await call('addBullet', { entryId: seen.sections[0]!.entries[0]!.id, text: 'Another.' });

    const reply = await call('updateBullet', { id: bullet.id, text: 'Edited.', version });
    expect(reply.ok).toBe(true);
  });

  it('refuses an edit without the version it started from', async () => {
    const bullet = firstBullet(await read());
    const reply = await dispatch(ctx.backend.handlers, 'updateBullet', {
      id: bullet.id,
      text: 'No version.',
    });
    expect(reply.ok ? null : reply.error).toMatchObject({ code: 'invalid-input' });
    expect(firstBullet(await read()).text).toBe(bullet.text);
  });
});
