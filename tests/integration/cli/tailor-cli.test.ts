import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['out/node/cli.mjs', ...args], { encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'rt-cli-tailor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const resume = 'resources/demo/demo-resume.json';
const posting = 'resources/demo/sample-posting.txt';
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

describe('cli score and fit', () => {
  it('prints the score as JSON with the numbers export prints', () => {
    const run = cli('score', '--resume', resume, '--job', posting);
    expect(run.status, run.stderr).toBe(0);
    const score = JSON.parse(run.stdout) as {
      percent: number;
      summary: string;
      required: { covered: string[]; missing: string[]; total: number };
      preferred: { covered: string[]; missing: string[]; total: number };
    };
    expect(score.required.covered.length + score.required.missing.length).toBe(score.required.total);
    expect(score.summary).toBe(
      `${score.required.covered.length} of ${score.required.total} required, ` +
        `${score.preferred.covered.length} of ${score.preferred.total} nice-to-have`,
    );
    const exported = cli('export', '--resume', resume, '--job', posting, '--out', join(work, 'all.pdf'));
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stderr).toContain(`match ${score.percent}%: ${score.summary}`);
  });

  it('fits the export to one page with --fit-pages 1 and says what it left out', () => {
    const out = join(work, 'one.pdf');
    const full = join(work, 'full.pdf');
    expect(cli('export', '--resume', resume, '--job', posting, '--out', full).status).toBe(0);
    expect(pages(full)).toBeGreaterThan(1);
    const run = cli('export', '--resume', resume, '--job', posting, '--out', out, '--fit-pages', '1');
    expect(run.status, run.stderr).toBe(0);
    expect(pages(out)).toBe(1);
    expect(run.stderr).toMatch(/left out \d+ bullet/);
    expect(
      cli('export', '--resume', resume, '--job', posting, '--out', out, '--fit-pages', '3').status,
    ).not.toBe(0);
  });
});
