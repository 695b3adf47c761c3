// `node scripts/eval/dataset-meta.mjs --csv <postings.csv>`: how often the posting reader gets the title,
// company and location right on a public posting dataset whose columns state them (title, company_name,
// location, description - the LinkedIn postings CSV the corpus drew 20 postings from). A larger study set
// than the corpus's dev half for the metadata rules, labelled by the dataset rather than by us: a value
// counts only when the description itself states it (a reader cannot find what the text does not hold).
// Rows are split in a study and a check half by id (details printed for the study half only).
// Rows the corpus holds (both halves) are left out by job id, so the test half stays unseen.
// The dataset stays outside the repository (third-party text); the descriptions go to a temp folder.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import Papa from 'papaparse';
import { buildCli, fail, mapPooled } from './engine.mjs';
import { sameValue } from './names.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    csv: { type: 'string' },
    corpus: { type: 'string', default: join(root, '../shared/corpus/postings') },
    limit: { type: 'string', default: '1000' },
    verbose: { type: 'boolean', default: false },
  },
});
if (!values.csv) fail('give --csv <postings.csv> (columns title, company_name, location, description)');

const loose = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();
/** The value when the description states it, else '' (not counted). */
const stated = (value, description) =>
  value && value.length >= 2 && loose(description).includes(loose(value)) ? value.trim() : '';
const cityOf = (location) => (location ?? '').split(',')[0].trim();

const inCorpus = new Set(
  [...readFileSync(join(values.corpus, 'MANIFEST.tsv'), 'utf8').matchAll(/job_id (\d+)/g)].map((m) => m[1]),
);
const rows = Papa.parse(readFileSync(values.csv, 'utf8'), { header: true, skipEmptyLines: true })
  .data.filter((row) => row.description && !inCorpus.has(row.job_id))
  .slice(0, Number(values.limit));

buildCli(root);
const dir = mkdtempSync(join(tmpdir(), 'dataset-meta-'));
try {
  const files = rows.map((row, i) => {
    const file = join(dir, `${i}.txt`);
    writeFileSync(file, row.description);
    return file;
  });
  const batches = [];
  for (let i = 0; i < files.length; i += 100) batches.push(files.slice(i, i + 100));
  const answers = new Map();
  await mapPooled(batches, async (batch) => {
    const { stdout } = await run(process.execPath, [join(root, 'out/node/cli.mjs'), 'keywords', ...batch], {
      cwd: root,
      maxBuffer: 512 * 1024 * 1024,
    });
    for (const line of stdout.trim().split('\n')) {
      const answer = JSON.parse(line);
      answers.set(answer.file, answer);
    }
  });
  // Two halves like the corpus's: rules are studied on one, the other only scored.
  const halfOf = (id) => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'study' : 'check');
  const tallies = { study: {}, check: {} };
  for (const half of Object.values(tallies))
    for (const kind of ['title', 'company', 'location']) half[kind] = [0, 0];
  const wrong = [];
  rows.forEach((row, i) => {
    const answer = answers.get(files[i]);
    const gold = {
      title: stated(row.title, row.description),
      company: stated(row.company_name, row.description),
      location: stated(cityOf(row.location), row.description),
    };
    const half = halfOf(row.job_id);
    const tally = tallies[half];
    for (const kind of Object.keys(tally)) {
      if (gold[kind] === '') continue;
      const found = kind === 'location' ? cityOf(answer[kind]) : answer[kind];
      const right = sameValue(gold[kind], found, kind);
      tally[kind][1]++;
      if (right) tally[kind][0]++;
      else if (half === 'study')
        wrong.push(`${row.job_id} ${kind}: read "${answer[kind]}", dataset "${gold[kind]}"`);
    }
  });
  console.log(`${rows.length} postings (corpus rows left out)`);
  for (const [half, tally] of Object.entries(tallies))
    for (const [kind, [right, total]] of Object.entries(tally))
      console.log(
        `  ${half} ${kind.padEnd(8)} ${right}/${total} (${(right / total).toFixed(3)}) where the text states it`,
      );
  if (values.verbose) console.log(`study half, wrong:\n${wrong.join('\n')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
