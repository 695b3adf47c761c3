// Builds better-sqlite3 for Electron into .electron-native/, beside (not instead of) the Node build in
// node_modules that the tests, the CLI and browser mode load. Runs before `npm start` and `npm run dev`;
// does nothing when the build for this Electron version is already there. Needs the network once
// (Electron's headers or a prebuilt binary), like Electron's own first start.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const electron = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const outDir = join(root, '.electron-native');
const target = join(outDir, `better_sqlite3-electron-${electron}.node`);
if (existsSync(target)) process.exit(0);

const work = join(outDir, 'build-better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
cpSync(join(root, 'node_modules/better-sqlite3'), work, {
  recursive: true,
  filter: (path) => !path.includes(`${join('better-sqlite3', 'build')}`),
});

const run = (command, args) =>
  spawnSync(command, args, { cwd: work, stdio: 'inherit', env: process.env }).status === 0;
console.log(`Building better-sqlite3 for Electron ${electron} (once)…`);
const ok =
  run(process.execPath, [
    join(root, 'node_modules/prebuild-install/bin.js'),
    '--runtime=electron',
    `--target=${electron}`,
  ]) ||
  run('npx', [
    '--yes',
    'node-gyp',
    'rebuild',
    '--release',
    `--target=${electron}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
const built = join(work, 'build/Release/better_sqlite3.node');
if (!ok || !existsSync(built)) {
  console.error(
    'Could not build better-sqlite3 for Electron (it needs the network once). The desktop app will say\n' +
      'it has an installation problem; browser mode (`npm run web`) and the CLI work without it.',
  );
  process.exit(1);
}
copyFileSync(built, target);
rmSync(work, { recursive: true, force: true });
console.log(`Built ${target}`);
