// `npm test`: every gate and every runner, in one command, ending with the one line CI reads:
// "N passed, N failed, N skipped" summed over all of them. Gates (typecheck, lint, format, build)
// count as one check each; test runners report their own counts (read from their JSON reports).
// `npm run test:quick` (--quick): the edit loop's part only: typecheck, lint and the unit tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not .pathname: the latter keeps %20 escapes and gives /C:/... on Windows.
const root = fileURLToPath(new URL('..', import.meta.url));
const reports = join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const quick = process.argv.includes('--quick');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function gate(label, command, args) {
  if (run(label, command, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

function counted(label, ok, read) {
  let counts;
  try {
    counts = read();
  } catch (error) {
    counts = null;
    console.log(`(${label}: no report could be read: ${error.message})`);
  }
  if (!counts || (!ok && counts.failed === 0)) {
    // The runner failed before reporting any test (a crash, a config error): count it as a failure.
    totals.failed++;
    failures.push(label);
    return;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (counts.failed > 0) failures.push(label);
}

gate('typecheck (node)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
gate('typecheck (web)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
gate('typecheck (core)', 'npx', ['tsc', '-p', 'tsconfig.core.json', '--noEmit']);
gate('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
if (!quick) {
  gate('format', 'npx', ['prettier', '--check', '.']);
  gate('build', 'npm', ['run', '-s', 'build']);
  gate('security scan (electronegativity)', 'node', ['scripts/security-scan.mjs']);
}

const vitestReport = join(reports, 'vitest.json');
const vitestOk = run('unit + integration (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
  ...(quick ? ['tests/unit'] : []),
]);
counted('vitest', vitestOk, () => {
  const r = JSON.parse(readFileSync(vitestReport, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
});

if (!quick) {
  const playwrightReport = join(reports, 'playwright.json');
  // playwright.config.ts writes its JSON report to .tmp/reports/playwright.json.
  const playwrightOk = run('e2e (Playwright: Chromium, Electron)', 'npx', ['playwright', 'test']);
  counted('playwright', playwrightOk, () => {
    const s = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
  });
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
