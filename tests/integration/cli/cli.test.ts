import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI is a contract other people script against: run the built bundle exactly as `npm run cli` does.
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['out/node/cli.mjs', ...args], { encoding: 'utf8' });
const sample = 'tests/fixtures/postings/cutshort-devops-page.txt';
const work = mkdtempSync(join(tmpdir(), 'rt-cli-'));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cli keywords', () => {
  it('prints one JSON object with the required skills of the sample page', () => {
    const run = cli('keywords', sample);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['title', 'company', 'location', 'required', 'preferred']),
    );
    const required = result.required as { skill: string; matches: string[] }[];
    const names = required.map((r) => r.skill);
    for (const skill of ['Terraform', 'Cassandra', 'HAProxy', 'Nginx', 'AWS Lambda', 'DynamoDB', 'Go']) {
      expect(names).toContain(skill);
    }
    expect(required.find((r) => r.skill === 'Go')?.matches).toContain('Golang');
  });

  it('names a missing file and exits non-zero', () => {
    const run = cli('keywords', join(work, 'nope.txt'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('nope.txt');
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a file that never ends, reading no more than the limit',
    () => {
      // It read /dev/zero whole: 12 GB in a minute (issue 11). Now it stops past the limit's bytes.
      const run = spawnSync(process.execPath, ['out/node/cli.mjs', 'keywords', '/dev/zero'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/larger than the [\d,.]+ MB accepted/);
    },
  );
});

describe('cli export', () => {
  const resumeFile = 'resources/demo/demo-resume.json';
  const resume = JSON.parse(readFileSync(resumeFile, 'utf8')) as { work: { highlights: string[] }[] };
  const highlights = resume.work.flatMap((w) => w.highlights);

  it('writes a PDF with every bullet, in order, accents intact', () => {
    const out = join(work, 'all.pdf');
    const run = cli('export', '--resume', resumeFile, '--job', sample, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    const text = squash(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }));
    let cursor = 0;
    for (const bullet of highlights) {
      const at = text.indexOf(squash(bullet), cursor);
      expect(at, bullet).toBeGreaterThanOrEqual(0);
      cursor = at;
    }
    expect(/[À-ÿ]/.test(text)).toBe(true);
  });

  it('keeps only the bullets that mention a skill of the posting with --only-matching', () => {
    const out = join(work, 'matching.pdf');
    const run = cli('export', '--resume', resumeFile, '--job', sample, '--out', out, '--only-matching');
    expect(run.status, run.stderr).toBe(0);
    const text = squash(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }));
    const present = highlights.filter((b) => text.includes(squash(b)));
    expect(present.length).toBeGreaterThan(0);
    expect(present.length).toBeLessThan(highlights.length);
    expect(present.some((b) => /terraform/i.test(b))).toBe(true);
  });

  it('names the path of a bad field and writes nothing', () => {
    const bad = join(work, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ basics: { name: 'A' }, work: [{ name: 'X', highlights: ['ok', 42] }] }),
    );
    const out = join(work, 'bad.pdf');
    const run = cli('export', '--resume', bad, '--job', sample, '--out', out);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/work\[0\]\.highlights\[1\]/);
    expect(() => readFileSync(out)).toThrow();
  });
});
