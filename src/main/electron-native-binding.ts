import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * better-sqlite3 is a native module, built by `npm install` for Node (the tests, the CLI and browser
 * mode need that build). Electron has its own ABI, so `npm start` first builds a second copy for
 * Electron into .electron-native/ (scripts/electron-native.mjs) and the desktop app loads that one.
 * A packaged app has node_modules rebuilt for Electron by the packager and needs no override.
 */
export function electronNativeBinding(appPath: string, sqliteVersion: string): string | undefined {
  // Named by every input of the build (must match scripts/electron-native.mjs), so an upgrade of
  // Electron or better-sqlite3, or another CPU, never loads a binary built for something else.
  const name = `better_sqlite3-${sqliteVersion}-electron-${process.versions.electron}-${process.platform}-${process.arch}.node`;
  const file = join(appPath, '.electron-native', name);
  return existsSync(file) ? file : undefined;
}

/** The installed better-sqlite3's version, read from its package.json (not bundled into main). */
export function betterSqliteVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('better-sqlite3/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
