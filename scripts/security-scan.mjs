// Electronegativity over the sources and the build. The tool exits 0 whatever it finds, so this
// script reads its CSV and fails on any finding that is not in security/electronegativity-allowlist.json
// (each entry reviewed, with its reason). AvailableSecurityFixesGlobalCheck is skipped: it needs the network.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const allow = JSON.parse(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8'));
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

/** Minimal CSV reader for the tool's output: quoted fields may hold commas and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

let unexplained = 0;
for (const input of ['src', 'out']) {
  if (!existsSync(join(root, input))) {
    console.log(`electronegativity: ${input}/ does not exist (build first); skipped`);
    continue;
  }
  const csv = join(tmp, `electronegativity-${input}.csv`);
  const run = spawnSync(
    'npx',
    [
      'electronegativity',
      '-i',
      input,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-e',
      electronVersion,
      '-o',
      csv,
      '-r',
      '-v',
      'false',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0 || !existsSync(csv)) {
    console.error(`electronegativity failed on ${input}/:\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  const [, ...findings] = parseCsv(readFileSync(csv, 'utf8')).filter((r) => r.length > 3);
  for (const [check, severity, , file, location] of findings) {
    const ok = allow.some((a) => a.check === check && a.file === file);
    if (!ok) unexplained++;
    console.log(`${ok ? 'allowed   ' : 'UNEXPLAINED'} ${check} (${severity}) ${input}/${file}:${location}`);
  }
}
console.log(
  unexplained === 0
    ? 'electronegativity: every finding is reviewed'
    : `electronegativity: ${unexplained} unexplained finding(s)`,
);
process.exit(unexplained === 0 ? 0 : 1);
