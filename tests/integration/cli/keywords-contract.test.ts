import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `keywords` is scripted against and scored through (the held-out set): its first five keys keep the
// shape they had before issue 3, and the keys issue 3 added are always there with their types.
const dataDir = mkdtempSync(join(tmpdir(), 'rt-keywords-contract-'));
const keywords = (file: string) =>
  spawnSync(process.execPath, ['out/node/cli.mjs', 'keywords', file], {
    encoding: 'utf8',
    env: { ...process.env, RESUME_TAILOR_DATA_DIR: dataDir },
  });

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs', '--if-stale'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const skillList = expect.arrayContaining([
  { skill: expect.any(String), matches: expect.arrayContaining([expect.any(String)]) },
]);

describe.each([
  ['a job board page', 'tests/fixtures/postings/cutshort-devops-page.txt'],
  ['a German posting', 'tests/fixtures/eval/18-sales-vertriebsingenieur-de.txt'],
  ['a posting pasted as HTML', 'tests/fixtures/eval/02-software-frontend-react-greenhouse.html'],
])('cli keywords on %s, with an empty data folder', (_label, file) => {
  let run: ReturnType<typeof keywords>;
  let result: Record<string, unknown>;
  beforeAll(() => {
    run = keywords(file);
    result = JSON.parse(run.stdout) as Record<string, unknown>;
  });

  it('exits 0 and writes nothing on stderr', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('keeps the first five keys, in order, with their shapes', () => {
    expect(Object.keys(result).slice(0, 5)).toEqual([
      'title',
      'company',
      'location',
      'required',
      'preferred',
    ]);
    expect(typeof result.title).toBe('string');
    expect(typeof result.company).toBe('string');
    expect(typeof result.location).toBe('string');
    expect(result.required).toEqual(skillList);
    for (const hit of [...(result.required as object[]), ...(result.preferred as object[])]) {
      expect(Object.keys(hit)).toEqual(['skill', 'matches']);
    }
  });

  it('adds soft, other and postings with their types', () => {
    expect(Array.isArray(result.soft)).toBe(true);
    for (const hit of result.soft as object[]) expect(Object.keys(hit)).toEqual(['skill', 'matches']);
    expect(Array.isArray(result.other)).toBe(true);
    for (const term of result.other as { term: unknown; count: unknown }[]) {
      expect(typeof term.term).toBe('string');
      expect(Number.isInteger(term.count)).toBe(true);
    }
    expect(Number.isInteger(result.postings)).toBe(true);
    expect(result.postings as number).toBeGreaterThanOrEqual(1);
  });

  it('adds the facts as written and the sections', () => {
    expect(['remote', 'hybrid', 'onsite', null]).toContain(result.remote);
    expect(result.experience === null || typeof result.experience === 'string').toBe(true);
    expect(result.salary === null || typeof result.salary === 'string').toBe(true);
    for (const section of result.sections as Record<string, unknown>[]) {
      expect(Object.keys(section)).toEqual(['kind', 'heading', 'start', 'end']);
      expect(section.end as number).toBeGreaterThanOrEqual(section.start as number);
    }
  });
});
