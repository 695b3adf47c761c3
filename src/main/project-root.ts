import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder, for plain-Node entry points (CLI, browser mode, tests): their sources live two
 * levels below it (src/cli/, src/web/) and so do their bundles (out/node/).
 */
export function projectRoot(moduleUrl: string): string {
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', '..');
}
