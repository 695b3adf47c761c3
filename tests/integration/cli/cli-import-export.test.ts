import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonResume } from '../../../src/core/import/json-resume';

// Run the built bundle exactly as `npm run cli` does: scripts and the product owner's scorer use it.
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['out/node/cli.mjs', ...args], { encoding: 'utf8' });
const posting = 'tests/fixtures/postings/cutshort-devops-page.txt';
const sample = 'tests/fixtures/resumes/json-resume-sample.json';
const work = mkdtempSync(join(tmpdir(), 'rt-cli-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cli export to JSON Resume and plain text', () => {
  it('writes the whole résumé without --job, as JSON Resume that imports back the same', () => {
    const out = join(work, 'master.json');
    const run = cli('export', '--resume', sample, '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(parseJsonResume(readFileSync(out, 'utf8'))).toEqual(parseJsonResume(readFileSync(sample, 'utf8')));
  });

  it('writes the tailored résumé as plain text with --job and --only-matching', () => {
    const all = join(work, 'all.txt');
    const matching = join(work, 'matching.txt');
    const resume = 'resources/demo/demo-resume.json';
    expect(cli('export', '--resume', resume, '--job', posting, '--out', all).status).toBe(0);
    const run = cli('export', '--resume', resume, '--job', posting, '--out', matching, '--only-matching');
    expect(run.status, run.stderr).toBe(0);
    const full = readFileSync(all, 'utf8');
    const fewer = readFileSync(matching, 'utf8');
    expect(full.startsWith('Amélie Laurent\n')).toBe(true);
    expect(fewer.split('\n- ').length).toBeLessThan(full.split('\n- ').length);
  });

  it('names the formats it writes when --out has another extension', () => {
    const run = cli('export', '--resume', sample, '--out', join(work, 'x.odt'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('.pdf, .docx, .json or .txt');
  });
});

describe('cli import', () => {
  it('prints the recognised résumé as JSON Resume on stdout, exit 0', () => {
    const run = cli('import', sample);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as { basics: { name: string }; awards: unknown[] };
    expect(printed.basics.name).toBe('Richard Hendriks');
    expect(printed.awards).toHaveLength(1);
    expect(parseJsonResume(run.stdout)).toEqual(parseJsonResume(readFileSync(sample, 'utf8')));
  });

  it('reads a plain-text résumé and says what it was unsure of on stderr', () => {
    const text = join(work, 'resume.txt');
    writeFileSync(text, 'Sam Lee\nsam@example.com\n\nExperience\nPacker\n• Packed boxes\n');
    const run = cli('import', text);
    expect(run.status, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as { basics: { email: string }; work: { highlights: string[] }[] };
    expect(printed.basics.email).toBe('sam@example.com');
    expect(printed.work[0]?.highlights).toEqual(['Packed boxes']);
    expect(run.stderr).toContain('unsure: line 5: no dates found for "Packer"');
  });

  it('reads a PDF the app exported, and names the reason for one with no text', () => {
    const pdf = join(work, 'sample.pdf');
    expect(cli('export', '--resume', sample, '--out', pdf).status).toBe(0);
    const run = cli('import', pdf);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { basics: { name: string } }).basics.name).toBe('Richard Hendriks');
    const fake = join(work, 'fake.pdf');
    writeFileSync(fake, 'not a pdf at all');
    const refused = cli('import', fake);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('not a PDF');
  });

  it('reads a .docx and a LinkedIn export (.zip), as JSON Resume on stdout', () => {
    const word = cli('import', 'tests/fixtures/resumes/enseignante-fr.docx');
    expect(word.status, word.stderr).toBe(0);
    const printed = JSON.parse(word.stdout) as { basics: { name: string }; work: { name: string }[] };
    expect(printed.basics.name).toBe('Claire Moreau');
    expect(printed.work.map((job) => job.name)).toEqual([
      'École élémentaire Jean Macé',
      'École primaire Les Tilleuls',
    ]);
    const linkedIn = cli('import', 'tests/fixtures/resumes/linkedin-enfermera-es.zip');
    expect(linkedIn.status, linkedIn.stderr).toBe(0);
    expect((JSON.parse(linkedIn.stdout) as { basics: { email: string } }).basics.email).toBe(
      'lucia.fernandez@example.es',
    );
    expect(linkedIn.stderr).toContain('unsure: Profile.csv: Birth Date left out');
  });

  it('refuses a broken .docx or .zip with exit 1, printing and writing nothing', () => {
    const folder = mkdtempSync(join(work, 'hostile-'));
    const cases: [string, Buffer][] = [
      ['empty.docx', Buffer.alloc(0)],
      ['cut.docx', readFileSync('tests/fixtures/resumes/chef-en.docx').subarray(0, 3000)],
      ['text.zip', Buffer.from('not an archive\n')],
    ];
    for (const [name, bytes] of cases) writeFileSync(join(folder, name), bytes);
    for (const [name] of cases) {
      const run = spawnSync(process.execPath, [join(process.cwd(), 'out/node/cli.mjs'), 'import', name], {
        cwd: folder,
        encoding: 'utf8',
      });
      expect(run.status, name).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error: This /);
    }
    expect(readdirSync(folder).sort()).toEqual(cases.map(([name]) => name).sort());
  });

  it('refuses a file it cannot read with a message naming what it reads, exit 1', () => {
    const odd = join(work, 'resume.odt');
    writeFileSync(odd, 'x');
    const run = cli('import', odd);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: A résumé can be read from .*\.json.*not one of them/);
  });
});
