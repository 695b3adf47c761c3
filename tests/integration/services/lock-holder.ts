/**
 * Child process of data-folder-lock.test.ts (bundled by it; not a test itself): a second copy of the app
 * holding the data folder `argv[2]` through the real createBackend, until its stdin closes or it is killed.
 */
import { join } from 'node:path';
import { writeSync } from 'node:fs';
import { createBackend } from '../../../src/main/services/backend';
import { exportFolderDialog } from '../../../src/web/export-folder-dialog';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: lock-holder <data folder>');
const backend = createBackend({
  dataDir,
  resourcesDir: join(process.cwd(), 'resources'),
  saveDialog: exportFolderDialog(join(dataDir, 'exports')),
  mode: 'browser',
});
writeSync(1, 'ready\n');
process.stdin.resume();
process.stdin.on('end', () => {
  backend.close();
  writeSync(1, 'closed\n');
  process.exit(0);
});
