// `npm run eval`: scores the keyword engine against the labelled postings in tests/fixtures/eval.
// It goes through the built CLI (`keywords <file>`), the same path the held-out set is scored through,
// so what it measures is what a user of the CLI gets. Skills are compared by canonical name, ignoring case.
//
//   --json        one JSON object on stdout instead of the table
//   --verbose     also list, per posting, the false positives, the misses and the skills put in the wrong list
//   --dir <path>  another labelled folder (same layout: postings + gold.json)
//
// Exit code 0 whatever the score (this is a measurement, not a gate); 1 only when the build or the CLI fails.
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

// fileURLToPath, not .pathname: the latter keeps %20 escapes and gives /C:/... on Windows.
const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    dir: { type: 'string', default: join(root, 'tests/fixtures/eval') },
  },
});
const dir = resolve(values.dir);

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

function buildCli() {
  const run = spawnSync(process.execPath, [join(root, 'scripts/build-node.mjs'), '--if-stale'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) fail(`building the CLI failed:\n${run.stderr}`);
}

/** The CLI's answer for one posting: canonical name (lower case) -> { name, level }. */
async function engineSkills(file) {
  let stdout;
  try {
    ({ stdout } = await run(process.execPath, [join(root, 'out/node/cli.mjs'), 'keywords', join(dir, file)], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    fail(`the CLI failed on ${file} (exit ${error.code}):\n${error.stderr ?? error.message}`);
  }
  let result;
  try {
    result = JSON.parse(stdout);
  } catch {
    fail(`the CLI printed something that is not JSON for ${file}:\n${stdout.slice(0, 500)}`);
  }
  const found = new Map();
  // Preferred first, then required: a skill the CLI lists in both counts as required, as in the gold.
  for (const level of ['preferred', 'required']) {
    for (const hit of result[level] ?? []) found.set(hit.skill.toLowerCase(), { name: hit.skill, level });
  }
  return found;
}

/** The labels for one posting, in the same shape; a skill labelled in both lists is required. */
function goldSkills(labels) {
  const gold = new Map();
  for (const level of ['preferred', 'required']) {
    for (const name of labels[level]) gold.set(name.toLowerCase(), { name, level });
  }
  return gold;
}

const run = promisify(execFile);

// Two CLI processes at a time: the machine has two cores and each run loads the whole dictionary.
const CONCURRENCY = 2;

async function mapPooled(items, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

const ratio = (part, whole, empty) => (whole === 0 ? empty : part / whole);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

async function scorePosting(file, labels) {
  const found = await engineSkills(file);
  const gold = goldSkills(labels);
  const falsePositives = [...found].filter(([key]) => !gold.has(key)).map(([, v]) => v.name);
  const misses = [...gold].filter(([key]) => !found.has(key)).map(([, v]) => v.name);
  const hits = [...found].filter(([key]) => gold.has(key));
  const misplaced = hits
    .filter(([key, v]) => gold.get(key).level !== v.level)
    .map(([key, v]) => ({ skill: gold.get(key).name, gold: gold.get(key).level, engine: v.level }));
  const tp = hits.length;
  // Nothing found and nothing labelled is a perfect answer; nothing found for a labelled posting is not.
  const precision = ratio(tp, found.size, gold.size === 0 ? 1 : 0);
  const recall = ratio(tp, gold.size, 1);
  return {
    file,
    field: file.split('-')[1] ?? '',
    precision,
    recall,
    f1: f1(precision, recall),
    tp,
    fp: falsePositives.length,
    fn: misses.length,
    split: { correct: tp - misplaced.length, total: tp, accuracy: ratio(tp - misplaced.length, tp, 1) },
    falsePositives,
    misses,
    misplaced,
  };
}

function summarize(postings) {
  const sum = (key) => postings.reduce((total, p) => total + p[key], 0);
  const tp = sum('tp');
  const fp = sum('fp');
  const fn = sum('fn');
  const precision = ratio(tp, tp + fp, 0);
  const recall = ratio(tp, tp + fn, 0);
  const correct = postings.reduce((total, p) => total + p.split.correct, 0);
  return {
    postings: postings.length,
    micro: { precision, recall, f1: f1(precision, recall), tp, fp, fn },
    macroF1: ratio(
      postings.reduce((total, p) => total + p.f1, 0),
      postings.length,
      0,
    ),
    split: { correct, total: tp, accuracy: ratio(correct, tp, 0) },
  };
}

const pct = (x) => x.toFixed(3);

function printTable(postings, summary) {
  const width = Math.max(...postings.map((p) => p.file.length));
  const out = [`${'posting'.padEnd(width)}    P      R      F1   split   tp  fp  fn`];
  for (const p of postings) {
    out.push(
      `${p.file.padEnd(width)}  ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${pct(p.split.accuracy)}` +
        `  ${String(p.tp).padStart(3)} ${String(p.fp).padStart(3)} ${String(p.fn).padStart(3)}`,
    );
    if (values.verbose) {
      if (p.falsePositives.length > 0) out.push(`    false positives: ${p.falsePositives.join(', ')}`);
      if (p.misses.length > 0) out.push(`    misses: ${p.misses.join(', ')}`);
      if (p.misplaced.length > 0)
        out.push(`    wrong list: ${p.misplaced.map((m) => `${m.skill} (gold ${m.gold})`).join(', ')}`);
    }
  }
  const { micro, split } = summary;
  out.push(
    '',
    `${summary.postings} postings, ${micro.tp + micro.fn} gold skills, ${micro.tp + micro.fp} found`,
    `micro-averaged: precision ${pct(micro.precision)}  recall ${pct(micro.recall)}  F1 ${pct(micro.f1)}` +
      `  (macro F1 ${pct(summary.macroF1)})`,
    `required/preferred split: ${pct(split.accuracy)} (${split.correct} of ${split.total} found gold skills in the right list)`,
  );
  const worst = [...postings].sort((a, b) => a.f1 - b.f1).slice(0, 5);
  out.push(
    '',
    'worst F1:',
    ...worst.map((p) => `  ${pct(p.f1)}  ${p.file}  misses: ${p.misses.join(', ') || '-'}`),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

let labels;
try {
  labels = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
} catch (error) {
  fail(`cannot read ${join(dir, 'gold.json')}: ${error.message}`);
}
buildCli();
const postings = await mapPooled(Object.keys(labels).sort(), (file) => scorePosting(file, labels[file]));
const summary = summarize(postings);
if (values.json) process.stdout.write(`${JSON.stringify({ ...summary, perPosting: postings })}\n`);
else printTable(postings, summary);
