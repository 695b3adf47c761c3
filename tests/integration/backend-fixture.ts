import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend, type Backend } from '../../src/main/services/backend';
import { exportFolderDialog } from '../../src/web/export-folder-dialog';

/** A real backend (SQLite, dictionary, fonts) on a fresh temporary data folder. */
export function withBackend(): { backend: Backend; dataDir: string; exportDir: string; dispose: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'rt-int-'));
  const exportDir = join(dataDir, 'exports');
  const backend = createBackend({
    dataDir,
    resourcesDir: join(process.cwd(), 'resources'),
    saveDialog: exportFolderDialog(exportDir),
    mode: 'browser',
  });
  return {
    backend,
    dataDir,
    exportDir,
    dispose: () => {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A real backend on `dataDir` (which may already hold a database: reopening it is how a restart is
 * tested). `cleanups` receives its close, for the test's afterEach.
 */
export function openBackendAt(dataDir: string, cleanups: (() => void)[]): Backend {
  const backend = createBackend({
    dataDir,
    resourcesDir: join(process.cwd(), 'resources'),
    saveDialog: exportFolderDialog(join(dataDir, 'exports')),
    mode: 'browser',
  });
  cleanups.push(() => backend.close());
  return backend;
}

/** A fresh temporary folder, removed by `cleanups`. */
export function tempDirFor(prefix: string, cleanups: (() => void)[]): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
