// Electronegativity over the sources and the build. The tool exits 0 whatever it finds, so this
// script reads its SARIF report (its CSV breaks rows on samples that contain quotes) and fails on any finding that is not in security/electronegativity-allowlist.json
// (each entry reviewed, with its reason). AvailableSecurityFixesGlobalCheck is skipped: it needs the network.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not .pathname: the latter keeps %20 escapes and gives /C:/... on Windows.
const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const allow = JSON.parse(readFileSync(join(root, 'security/electronegativity-allowlist.json'), 'utf8'));
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

let unexplained = 0;
for (const input of ['src', 'out']) {
  if (!existsSync(join(root, input))) {
    console.log(`electronegativity: ${input}/ does not exist (build first); skipped`);
    continue;
  }
  const report = join(tmp, `electronegativity-${input}.sarif`);
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
      report,
      '-r',
      '-v',
      'false',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0 || !existsSync(report)) {
    console.error(`electronegativity failed on ${input}/:\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  // A file the scanner cannot read is skipped with only a console line: that is a failure here, or a
  // whole bundle could go unscanned while the report looks clean.
  for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) {
    if (line.includes('Error parsing')) {
      console.log(`UNSCANNED  ${line}`);
      unexplained++;
    }
  }
  const sarif = JSON.parse(readFileSync(report, 'utf8'));
  const findings = sarif.runs.flatMap((r) => r.results);
  for (const finding of findings) {
    const check = finding.ruleId;
    const where = finding.locations?.[0]?.physicalLocation;
    const file = where?.artifactLocation?.uri ?? 'N/A';
    const location = where?.region?.startLine ?? 0;
    const severity = finding.level;
    // An entry with `input` holds for that scan only (the sources or the build).
    const ok = allow.some(
      (a) => a.check === check && a.file === file && (a.input === undefined || a.input === input),
    );
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
