import { join } from 'node:path';
import { createBackend, type Backend } from '../../src/main/services/backend';
import { exportFolderDialog } from '../../src/web/export-folder-dialog';

/** The real backend on a bench's data folder, as browser mode opens it (exports go to a folder). */
export function benchBackend(root: string, dataDir: string): Backend {
  return createBackend({
    dataDir,
    resourcesDir: join(root, 'resources'),
    saveDialog: exportFolderDialog(join(dataDir, 'exports')),
    mode: 'browser',
  });
}
