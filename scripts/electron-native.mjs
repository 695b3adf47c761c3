// Builds better-sqlite3 for Electron into .electron-native/, beside (not instead of) the Node build in
// node_modules that the tests, the CLI and browser mode load. Runs before `npm start` and `npm run dev`;
// does nothing when the build for this Electron version, better-sqlite3 version and CPU is already there
// (`--force` rebuilds). Needs the network once (a prebuilt binary, or Electron's headers).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// fileURLToPath, not .pathname: the latter keeps %20 escapes and gives /C:/... on Windows.
const root = fileURLToPath(new URL('..', import.meta.url));
const versionOf = (pkg) =>
  JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const electron = versionOf('electron');
const sqlite = versionOf('better-sqlite3');
const outDir = join(root, '.electron-native');
// Must match src/main/electron-native-binding.ts.
const target = join(
  outDir,
  `better_sqlite3-${sqlite}-electron-${electron}-${process.platform}-${process.arch}.node`,
);
if (existsSync(target) && !process.argv.includes('--force')) process.exit(0);

const work = join(outDir, 'build-better-sqlite3');
// A nodedir in the npm config (set on some machines) would make node-gyp build against Node's headers
// instead of Electron's, silently: clear it so the --target/--dist-url below are used.
const env = { ...process.env, npm_config_nodedir: '' };
const run = (command, args, shell = false) =>
  spawnSync(command, args, { cwd: work, stdio: 'inherit', env, shell }).status === 0;
// A binary this Node can load was built for Node's ABI, not Electron's (they differ): never keep it.
const loadsInNode = (file) =>
  spawnSync(process.execPath, ['-e', `require(${JSON.stringify(file)})`], { stdio: 'ignore' }).status === 0;

let ok;
try {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(join(root, 'node_modules/better-sqlite3'), work, {
    recursive: true,
    filter: (path) => !path.includes(join('better-sqlite3', 'build')),
  });
  console.log(`Building better-sqlite3 ${sqlite} for Electron ${electron} (once)…`);
  const nodeGyp = process.env['npm_config_node_gyp'];
  const gypArgs = [
    'rebuild',
    '--release',
    `--target=${electron}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  const fetched =
    run(process.execPath, [
      join(root, 'node_modules/prebuild-install/bin.js'),
      '--runtime=electron',
      `--target=${electron}`,
    ]) ||
    // npm's own node-gyp (a .js file, run with this Node); without npm, npx, which is a .cmd file on
    // Windows that Node only starts through a shell.
    (nodeGyp
      ? run(process.execPath, [nodeGyp, ...gypArgs])
      : run('npx', ['--yes', 'node-gyp', ...gypArgs], process.platform === 'win32'));
  const built = join(work, 'build/Release/better_sqlite3.node');
  ok = fetched && existsSync(built) && !loadsInNode(built);
  if (ok) {
    // Copy then rename: an interrupted copy must never leave a truncated binary under the final name.
    copyFileSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    console.log(`Built ${target}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (!ok) {
  console.error(
    'Could not build better-sqlite3 for Electron (it needs the network once), so the desktop app cannot\n' +
      'start yet. Run `npm run electron:native` again when online. Browser mode (`npm run web`) and the CLI\n' +
      'work without it.',
  );
  process.exit(1);
}
