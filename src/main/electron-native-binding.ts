import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is a native module, built by `npm install` for Node (the tests, the CLI and browser
 * mode need that build). Electron has its own ABI, so `npm start` first builds a second copy for
 * Electron into .electron-native/ (scripts/electron-native.mjs) and the desktop app loads that one.
 * A packaged app has node_modules rebuilt for Electron by the packager and needs no override.
 */
export function electronNativeBinding(appPath: string): string | undefined {
  const file = join(appPath, '.electron-native', `better_sqlite3-electron-${process.versions.electron}.node`);
  return existsSync(file) ? file : undefined;
}
