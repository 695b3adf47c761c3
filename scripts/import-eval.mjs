// `node scripts/import-eval.mjs [--dir <folder>] [--json]`: scores the résumé importer through the built
// CLI (`import <file>`), the path an outside set is scored through. For each résumé file in the folder
// (default tests/fixtures/resumes) that has a `<name>.expected.json` beside it (name, email, phone,
// entries as [title, organization], bullets), prints whether name, email and phone came out right, how
// many entries and bullets were recovered exactly, and invented strings: text in the output that is
// not in the file (must be 0; a .docx or LinkedIn .zip is read for this without the importer, see
// eval/import-source-text.mjs). Exit 0 whatever the score; 1 when the build or the CLI fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCli, fail } from './eval/engine.mjs';
import { importSourceText } from './eval/import-source-text.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { dir: { type: 'string' }, json: { type: 'boolean', default: false } },
});
const dir = resolve(values.dir ?? join(root, 'tests/fixtures/resumes'));
buildCli(root);

const squash = (text) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
// Dates the export writes back in ISO form ("2021-03") are the app's, not the file's words.
const ISO_DATE = /^\d{4}(-\d{2})?$/;

/** Every string in the JSON Resume the CLI printed, but the keys the export itself writes. */
function strings(value, key = '') {
  if (typeof value === 'string') return key === '$schema' || /date$/i.test(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

const rows = [];
for (const file of readdirSync(dir).sort()) {
  const stem = file.replace(/\.[^.]+$/, '');
  const expectedFile = join(dir, `${stem}.expected.json`);
  if (file.endsWith('.expected.json') || !existsSync(expectedFile) || !statSync(join(dir, file)).isFile())
    continue;
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
  const run = spawnSync(process.execPath, [join(root, 'out/node/cli.mjs'), 'import', join(dir, file)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) fail(`import ${file} failed: ${run.stderr}`);
  const doc = JSON.parse(run.stdout);
  const source = squash(importSourceText(join(dir, file)));
  const basics = doc.basics ?? {};
  // [title, organization] of every dated entry, each part by its own JSON Resume field names.
  const entryOf = {
    work: (item) => [item.position ?? '', item.name ?? ''],
    volunteer: (item) => [item.position ?? '', item.organization ?? ''],
    education: (item) => [
      item.studyType ? `${item.studyType} in ${item.area}` : (item.area ?? ''),
      item.institution ?? '',
    ],
    projects: (item) => [item.name ?? '', item.entity ?? ''],
    awards: (item) => [item.title ?? '', item.awarder ?? ''],
    certificates: (item) => [item.name ?? '', item.issuer ?? ''],
    publications: (item) => [item.name ?? '', item.publisher ?? ''],
  };
  const items = Object.entries(entryOf).flatMap(([part, pick]) => (doc[part] ?? []).map(pick));
  const bullets = new Set(
    ['work', 'volunteer', 'projects', 'education'].flatMap((part) =>
      (doc[part] ?? []).flatMap((item) => item.highlights ?? []),
    ),
  );
  const entriesMatched = expected.entries.filter(([title, org]) =>
    items.some(([t, o]) => t === title && o === org),
  ).length;
  const bulletsFound = expected.bullets.filter((b) => bullets.has(b)).length;
  const invented = strings(doc).filter((text) => !ISO_DATE.test(text) && !source.includes(squash(text)));
  rows.push({
    file,
    name: basics.name === expected.name,
    email: basics.email === expected.email,
    phone: basics.phone === expected.phone,
    entries: [entriesMatched, expected.entries.length],
    bullets: [bulletsFound, expected.bullets.length],
    invented,
    unsure: run.stderr.split('\n').filter((line) => line.startsWith('unsure:')).length,
  });
}

const sum = (pick) => rows.reduce((n, row) => n + pick(row), 0);
const total = {
  files: rows.length,
  name: sum((r) => Number(r.name)),
  email: sum((r) => Number(r.email)),
  phone: sum((r) => Number(r.phone)),
  entries: [sum((r) => r.entries[0]), sum((r) => r.entries[1])],
  bullets: [sum((r) => r.bullets[0]), sum((r) => r.bullets[1])],
  invented: sum((r) => r.invented.length),
};
if (values.json) {
  process.stdout.write(`${JSON.stringify({ rows, total }, null, 2)}\n`);
} else {
  const mark = (ok) => (ok ? 'yes' : 'NO');
  process.stdout.write('file                       name email phone entries bullets invented unsure\n');
  for (const r of rows) {
    process.stdout.write(
      `${r.file.padEnd(27)}${mark(r.name).padEnd(5)}${mark(r.email).padEnd(6)}${mark(r.phone).padEnd(6)}` +
        `${`${r.entries[0]}/${r.entries[1]}`.padEnd(8)}${`${r.bullets[0]}/${r.bullets[1]}`.padEnd(8)}` +
        `${String(r.invented.length).padEnd(9)}${r.unsure}\n`,
    );
    for (const text of r.invented) process.stdout.write(`    invented: ${JSON.stringify(text)}\n`);
  }
  const pct = ([a, b]) => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);
  process.stdout.write(
    `\n${total.files} files: name ${total.name}/${total.files}, email ${total.email}/${total.files}, ` +
      `phone ${total.phone}/${total.files}, entries ${total.entries[0]}/${total.entries[1]} (${pct(total.entries)}), ` +
      `bullets ${total.bullets[0]}/${total.bullets[1]} (${pct(total.bullets)}), invented ${total.invented}\n`,
  );
}
