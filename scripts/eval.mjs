// `npm run eval`: scores the keyword engine and the posting reader through the built CLI (`keywords
// <file>`), the same path an outside set is scored through, so what it measures is what a user gets.
//
// 1. The real-postings corpus (../shared/corpus/postings, third-party text kept outside the repository):
//    labels in tests/fixtures/corpus/labels.json, written by the rules in docs/eval/labelling-rules.md
//    before the engine ran on them. Postings are split by id into a dev half (studied) and a test half
//    (scored only: its per-posting details are never printed). Micro F1 per half, per field group, and
//    title / company / location accuracy.
// 2. The 36 postings written beside the dictionary (tests/fixtures/eval): a regression set only.
//
//   --json             one JSON object on stdout instead of the tables
//   --verbose          per-posting false positives, misses and wrong-list skills (dev half and written set)
//   --corpus <dir>     another corpus folder (MANIFEST.tsv + files); --labels <file> its labels
//   --dir <dir>        another written set (postings + gold.json)
//
// Exit code 0 whatever the score (a measurement, not a gate); 1 only when the build or the CLI fails.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli, fail, keywordsOf, mapPooled } from './eval/engine.mjs';
import { loadDictionaryNames } from './eval/names.mjs';
import { scorePosting, summarize } from './eval/score.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    corpus: { type: 'string', default: join(root, '../shared/corpus/postings') },
    labels: { type: 'string', default: join(root, 'tests/fixtures/corpus/labels.json') },
    dir: { type: 'string', default: join(root, 'tests/fixtures/eval') },
  },
});

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return fail(`cannot read ${path}: ${error.message}`);
  }
};

/** The half a corpus posting belongs to, fixed by its id alone: the first byte of sha256(id), even = dev. */
export const halfOf = (id) => (createHash('sha256').update(id).digest()[0] % 2 === 0 ? 'dev' : 'test');

function readManifest(dir) {
  const [header, ...rows] = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((value, i) => [columns[i], value])));
}

const groups = readJson(join(root, 'tests/fixtures/corpus/field-groups.json'));
const groupOf = (field) => Object.keys(groups).find((group) => groups[group].includes(field)) ?? field;
const dictionary = loadDictionaryNames(join(root, 'resources/skills'));

async function scoreCorpus() {
  const corpusDir = resolve(values.corpus);
  if (!existsSync(join(corpusDir, 'MANIFEST.tsv'))) {
    process.stderr.write(`eval: no corpus at ${corpusDir} (it lives outside the repository); skipping it.\n`);
    return undefined;
  }
  const labels = readJson(resolve(values.labels));
  const manifest = readManifest(corpusDir).filter((row) => labels[row.id]);
  const stale = manifest.filter((row) => labels[row.id].sha256 !== row.sha256).map((row) => row.id);
  if (stale.length > 0) fail(`labels were written for other versions of: ${stale.join(', ')}`);
  const scored = await mapPooled(manifest, async (row) => ({
    ...scorePosting(row.id, await keywordsOf(root, join(corpusDir, row.file)), labels[row.id], dictionary),
    half: halfOf(row.id),
    group: groupOf(row.field),
    format: row.format,
  }));
  const result = {};
  for (const half of ['dev', 'test']) {
    const postings = scored.filter((p) => p.half === half);
    const byGroup = {};
    for (const group of [...new Set(postings.map((p) => p.group))].sort())
      byGroup[group] = summarize(postings.filter((p) => p.group === group));
    // By page format (LinkedIn export, job-board HTML, ...): figures only, so the test half's weak layouts
    // show without showing its postings.
    const byFormat = {};
    for (const format of [...new Set(postings.map((p) => p.format))].sort())
      byFormat[format] = summarize(postings.filter((p) => p.format === format));
    result[half] = {
      ...summarize(postings),
      byGroup,
      byFormat,
      perPosting: half === 'dev' ? postings : undefined,
    };
  }
  return result;
}

async function scoreWritten() {
  const dir = resolve(values.dir);
  const gold = readJson(join(dir, 'gold.json'));
  const postings = await mapPooled(Object.keys(gold).sort(), async (file) =>
    scorePosting(file, await keywordsOf(root, join(dir, file)), gold[file], dictionary),
  );
  return { ...summarize(postings), perPosting: postings };
}

const pct = (x) => x.toFixed(3);
const metaLine = ({ meta }) =>
  ['title', 'company', 'location']
    .map((kind) => `${kind} ${meta[kind].right}/${meta[kind].stated} (${pct(meta[kind].accuracy)})`)
    .join('  ');
const microLine = ({ micro, macroF1, split }) =>
  `P ${pct(micro.precision)}  R ${pct(micro.recall)}  F1 ${pct(micro.f1)}  (macro ${pct(macroF1)}; ` +
  `tp ${micro.tp} fp ${micro.fp} fn ${micro.fn}; required/preferred right ${pct(split.accuracy)})`;

function details(postings) {
  const out = [];
  for (const p of postings) {
    out.push(`  ${pct(p.f1)}  ${p.id}  tp ${p.tp} fp ${p.fp} fn ${p.fn}`);
    if (p.falsePositives.length > 0) out.push(`      false positives: ${p.falsePositives.join(', ')}`);
    if (p.misses.length > 0) out.push(`      misses: ${p.misses.join(', ')}`);
    if (p.misplaced.length > 0) out.push(`      wrong list: ${p.misplaced.join(', ')}`);
    for (const [kind, m] of Object.entries(p.meta))
      if (!m.right) out.push(`      ${kind}: read "${m.found}", label "${m.gold}"`);
  }
  return out;
}

function printCorpus(corpus) {
  const out = ['Real postings (../shared/corpus)'];
  for (const half of ['dev', 'test']) {
    const r = corpus[half];
    out.push(
      '',
      `${half} half, ${r.postings} postings: ${microLine(r)}`,
      `  ${metaLine(r)}`,
      '  by field group:',
    );
    for (const [group, g] of Object.entries(r.byGroup))
      out.push(`    ${group.padEnd(28)} n=${String(g.postings).padStart(2)}  F1 ${pct(g.micro.f1)}`);
    out.push('  by page format:');
    for (const [format, f] of Object.entries(r.byFormat))
      out.push(
        `    ${format.padEnd(28)} n=${String(f.postings).padStart(2)}  F1 ${pct(f.micro.f1)}  ${metaLine(f)}`,
      );
    if (values.verbose && r.perPosting) out.push('  postings:', ...details(r.perPosting));
  }
  return out;
}

buildCli(root);
const corpus = await scoreCorpus();
const written = await scoreWritten();
if (values.json) {
  process.stdout.write(`${JSON.stringify({ corpus, written })}\n`);
} else {
  const out = corpus ? printCorpus(corpus) : [];
  out.push('', `Written regression set (${written.postings} postings): ${microLine(written)}`);
  if (values.verbose) out.push(...details(written.perPosting));
  process.stdout.write(`${out.join('\n')}\n`);
}
