import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importSourceText } from '../../../scripts/eval/import-source-text.mjs';

// The résumé importer's labelled set (`node scripts/import-eval.mjs`). The scores are a measurement the
// script prints; these tests hold the promise that matters whatever the score: every string the CLI
// imports, from every fixture of every format, is text of the file (0 invented).
interface Row {
  file: string;
  invented: string[];
}
const dir = 'tests/fixtures/resumes';
const work = mkdtempSync(join(tmpdir(), 'rt-import-eval-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runEval(folder: string): { rows: Row[]; total: { files: number; invented: number } } {
  const run = spawnSync(process.execPath, ['scripts/import-eval.mjs', '--json', '--dir', folder], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { rows: Row[]; total: { files: number; invented: number } };
}

describe('import evaluation set', () => {
  it('imports every labelled fixture, of every format, inventing no string', () => {
    const labelled = readdirSync(dir)
      .filter((name) => name.endsWith('.expected.json'))
      .map((name) => name.replace('.expected.json', ''));
    const { rows } = runEval(dir);
    expect(rows.map((row) => row.file.replace(/\.[^.]+$/, '')).sort()).toEqual(labelled.sort());
    expect(new Set(rows.map((row) => row.file.split('.').pop()))).toEqual(
      new Set(['txt', 'docx', 'zip', 'pdf']),
    );
    expect(rows.filter((row) => row.invented.length > 0)).toEqual([]);
    // One CLI process reads every fixture (PDF and Word readers included): a minute on a loaded machine.
  }, 120_000);

  it('reads a .docx’s own words for the check, not its markup', () => {
    const text = importSourceText(join(dir, 'enseignante-fr.docx'));
    expect(text).toContain('Claire Moreau');
    expect(text).toContain('Mise en place d’un rallye lecture');
    expect(text).not.toMatch(/<|w:|Heading|Compact/);
  });

  it('counts as invented a string the file does not hold as written', () => {
    // First and last name in columns that are not side by side: "Kim Lee" is not text of the file.
    writeFileSync(
      join(work, 'apart.zip'),
      zipSync({ 'Profile.csv': strToU8('Last Name,Headline,First Name\nLee,Welder,Kim\n') }),
    );
    writeFileSync(
      join(work, 'apart.expected.json'),
      JSON.stringify({ name: 'Kim Lee', email: '', phone: '', entries: [], bullets: [] }),
    );
    const { rows } = runEval(work);
    expect(rows[0]?.invented).toEqual(['Kim Lee']);
  });
});
