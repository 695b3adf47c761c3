import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackendAt, tempDirFor } from '../backend-fixture';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { databaseFile } from '../../../src/main/data-dir';
import type { Handlers } from '../../../src/shared/contract';

// An in-house tool no dictionary can know: the kind of term a user adds themselves.
const TERM = 'Quillforge';
const POSTING = [
  'Platform Engineer',
  'Acme Robotics · Lyon, France',
  '',
  'Requirements',
  '- 4+ years of Python in production',
  `- Hands-on experience with ${TERM}, our deployment tool`,
  '',
].join('\n');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

const tempDir = (prefix: string) => tempDirFor(prefix, cleanups);

const openBackend = (dataDir: string) => openBackendAt(dataDir, cleanups);

const skillsOf = (hits: { skill: string }[]) => hits.map((hit) => hit.skill);

async function postingJob(handlers: Handlers): Promise<number> {
  return (await handlers.createJob({ text: POSTING })).job.id;
}

// The CLI exactly as `npm run cli` runs it, pointed at a data folder.
const cliKeywords = (postingFile: string, dataDir: string) =>
  spawnSync(process.execPath, ['out/node/cli.mjs', 'keywords', postingFile], {
    encoding: 'utf8',
    env: { ...process.env, RESUME_TAILOR_DATA_DIR: dataDir },
  });

describe("the user's own dictionary", () => {
  it('finds an added term in a saved posting at once, and the score counts it', async () => {
    const { handlers } = openBackend(tempDir('rt-dict-'));
    const jobId = await postingJob(handlers);
    const before = await handlers.getJob({ id: jobId });
    expect(skillsOf(before.analysis.required)).toContain('Python');
    expect(skillsOf([...before.analysis.required, ...before.analysis.preferred])).not.toContain(TERM);
    const scoreBefore = (await handlers.getTailoring({ jobId })).score;

    const list = await handlers.addUserSkill({ name: `  ${TERM} ` });
    expect(list.map((s) => s.name)).toEqual([TERM]);
    expect(list[0]?.category).toBe('custom');

    const after = await handlers.getJob({ id: jobId });
    expect(skillsOf(after.analysis.required)).toContain(TERM);
    const highlighted = after.analysis.highlights.filter((h) => h.skill === TERM);
    expect(highlighted.map((h) => after.job.text.slice(h.start, h.end))).toEqual([TERM]);

    // The demo résumé knows Python but not the in-house tool: one more required skill, now missing.
    const scoreAfter = (await handlers.getTailoring({ jobId })).score;
    expect(scoreAfter.required.total).toBe(scoreBefore.required.total + 1);
    expect(scoreAfter.required.missing).toContain(TERM);
    expect(scoreAfter.percent).toBeLessThan(scoreBefore.percent);

    // Saying so in a bullet covers it.
    const resume = await handlers.getResume(undefined);
    const entry = resume.sections.flatMap((s) => s.entries)[0]!;
    await handlers.addBullet({ entryId: entry.id, text: `Moved 40 services to ${TERM} pipelines.` });
    const covered = (await handlers.getTailoring({ jobId })).score;
    expect(covered.required.covered).toContain(TERM);
    expect(covered.percent).toBeGreaterThan(scoreAfter.percent);
  });

  it('matches aliases and forgets a removed term', async () => {
    const { handlers } = openBackend(tempDir('rt-dict-'));
    const jobId = (await handlers.createJob({ text: POSTING.replace(TERM, 'QForge') })).job.id;
    const [added] = await handlers.addUserSkill({ name: TERM, aliases: ['QForge', 'qforge', 'Q-Forge'] });
    expect(added?.aliases).toEqual(['QForge', 'Q-Forge']);
    expect(skillsOf((await handlers.getJob({ id: jobId })).analysis.required)).toContain(TERM);

    expect(await handlers.removeUserSkill({ id: added!.id })).toEqual([]);
    expect(skillsOf((await handlers.getJob({ id: jobId })).analysis.required)).not.toContain(TERM);
  });

  it('keeps the terms across a restart', async () => {
    const dataDir = tempDir('rt-dict-');
    const first = openBackend(dataDir);
    const jobId = await postingJob(first.handlers);
    await first.handlers.addUserSkill({ name: TERM, category: 'devops' });
    first.close();

    const second = openBackend(dataDir);
    const list = await second.handlers.listUserSkills(undefined);
    expect(list.map((s) => [s.name, s.category])).toEqual([[TERM, 'devops']]);
    expect(skillsOf((await second.handlers.getJob({ id: jobId })).analysis.required)).toContain(TERM);
  });

  it('is applied by the CLI, read-only, and a damaged database is only a warning', async () => {
    const work = tempDir('rt-dict-cli-');
    const postingFile = join(work, 'posting.txt');
    writeFileSync(postingFile, POSTING);
    const found = (stdout: string): string[] => {
      const result = JSON.parse(stdout) as { required: { skill: string }[]; preferred: { skill: string }[] };
      return skillsOf([...result.required, ...result.preferred]);
    };

    // With the app still running (its connection open, the term maybe only in the write-ahead log).
    const dataDir = tempDir('rt-dict-app-');
    const { handlers } = openBackend(dataDir);
    await handlers.addUserSkill({ name: TERM });
    const withTerm = cliKeywords(postingFile, dataDir);
    expect(withTerm.status, withTerm.stderr).toBe(0);
    expect(found(withTerm.stdout)).toEqual(expect.arrayContaining(['Python', TERM]));
    expect(withTerm.stderr).toBe('');

    // No database in the folder: the bundled dictionary alone, and the CLI creates nothing.
    const empty = tempDir('rt-dict-empty-');
    const bundledOnly = cliKeywords(postingFile, empty);
    expect(bundledOnly.status, bundledOnly.stderr).toBe(0);
    expect(found(bundledOnly.stdout)).toContain('Python');
    expect(found(bundledOnly.stdout)).not.toContain(TERM);
    expect(existsSync(databaseFile(empty))).toBe(false);

    // A file that is no database: warned about on stderr, left as it is, the command still answers.
    const damaged = tempDir('rt-dict-bad-');
    const garbage = Buffer.from('this is not an SQLite database at all, just text'.repeat(100));
    writeFileSync(databaseFile(damaged), garbage);
    const warned = cliKeywords(postingFile, damaged);
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stderr).toMatch(/warning: your own dictionary was not applied/);
    expect(found(warned.stdout)).toContain('Python');
    expect(readFileSync(databaseFile(damaged)).equals(garbage)).toBe(true);
  });

  it('refuses bad terms with a message saying what to change', async () => {
    const { handlers } = openBackend(tempDir('rt-dict-'));
    await handlers.addUserSkill({ name: TERM });
    const refusal = async (input: unknown, code = 'invalid-input') => {
      const reply = await dispatch(handlers, 'addUserSkill', input);
      if (reply.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
      expect(reply.error.code).toBe(code);
      return reply.error.message;
    };

    expect(await refusal({ name: '   ' })).toMatch(/Type the term/);
    expect(await refusal({ name: 'x'.repeat(101) })).toMatch(/101 characters.*at most 100/);
    expect(await refusal({ name: 'Quill\u200Bforge2' })).toMatch(
      /invisible or control character \(U\+200B\)/,
    );
    expect(await refusal({ name: 'Bell\u0007tool' })).toMatch(/U\+0007/);
    expect(await refusal({ name: '+++' })).toMatch(/no letter or digit/);
    expect(await refusal({ name: 'Postgres' })).toMatch(/already in the bundled dictionary as PostgreSQL/);
    expect(await refusal({ name: 'golang' })).toMatch(/bundled dictionary as Go\b/);
    expect(await refusal({ name: TERM.toUpperCase() })).toMatch(/already in your dictionary/);
    expect(await refusal({ name: 'Zorblat', aliases: ['K8s'] })).toMatch(/"K8s".*Kubernetes/);
    // Too big for the contract at all: refused before the service sees it.
    expect(await refusal({ name: 'x'.repeat(5_000) }, 'too-large')).toMatch(/addUserSkill.*at most 1,000/);

    expect((await handlers.listUserSkills(undefined)).map((s) => s.name)).toEqual([TERM]);
  });
});
