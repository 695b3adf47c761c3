import { homedir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../main/services/backend';
import { defaultUserDataDir, resolveDataDir } from '../main/data-dir';
import { projectRoot } from '../main/project-root';
import { exportFolderDialog } from './export-folder-dialog';
import { startBridgeServer } from './bridge-server';
import { removeStaleTemps } from '../main/adapters/atomic-write';

/** `npm run web`: the desktop app's renderer in any browser, with the same main-process services. */
async function main(): Promise<void> {
  const root = projectRoot(import.meta.url);
  const dataDir = resolveDataDir(process.env, defaultUserDataDir(process.env, process.platform, homedir()));
  const exportDir = process.env['RESUME_TAILOR_EXPORT_DIR'] ?? join(dataDir, 'exports');
  const portArg = process.argv.indexOf('--port');
  const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 0;

  const backend = createBackend({
    dataDir,
    resourcesDir: join(root, 'resources'),
    saveDialog: exportFolderDialog(exportDir),
    mode: 'browser',
    downloadExports: true,
  });
  // Exports interrupted by a crash leave hidden temporary files in the one folder browser mode writes to.
  removeStaleTemps(exportDir);
  const bridge = await startBridgeServer({
    handlers: backend.handlers,
    rendererDir: join(root, 'out', 'renderer'),
    port: Number.isInteger(port) && port > 0 && port < 65536 ? port : 0,
  });
  console.log(`Résumé Tailor is running in browser mode.`);
  console.log(`Data folder: ${dataDir}`);
  console.log(
    `Tailored exports download in the browser; master résumé exports and re-exports go to: ${exportDir}`,
  );
  console.log(`Open: ${bridge.url}`);

  const stop = () => {
    void bridge.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
