import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBackend } from './services/backend';
import { registerIpc } from './ipc/register-ipc';
import { electronSaveDialog } from './adapters/electron-save-dialog';
import { createMainWindow, mainDir, rendererLocation } from './window';
import { denyAllPermissions, hardenWebContents } from './security';
import { resolveDataDir } from './data-dir';

// One instance: two processes writing the same SQLite file through two connections is what the
// single-connection rule exists to prevent.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const location = rendererLocation();
  const appOrigin = 'url' in location ? new URL(location.url).origin : null;
  const rendererFile = 'file' in location ? pathToFileURL(location.file).href : null;
  const isAppUrl = (url: string): boolean => {
    if (appOrigin !== null) {
      try {
        return new URL(url).origin === appOrigin;
      } catch {
        return false;
      }
    }
    return url.split('#')[0] === rendererFile;
  };

  hardenWebContents(isAppUrl);

  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(
    () => {
      denyAllPermissions();
      let backend;
      try {
        backend = createBackend({
          dataDir: resolveDataDir(process.env, app.getPath('userData')),
          resourcesDir: join(app.getAppPath(), 'resources'),
          saveDialog: electronSaveDialog,
          mode: 'desktop',
        });
      } catch (error) {
        dialog.showErrorBox(
          'Résumé Tailor cannot start',
          error instanceof Error ? error.message : String(error),
        );
        app.exit(1);
        return;
      }
      const unregister = registerIpc(backend.handlers, isAppUrl);
      createMainWindow(join(mainDir, '../preload/index.cjs'), !app.isPackaged);
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) {
          createMainWindow(join(mainDir, '../preload/index.cjs'), !app.isPackaged);
        }
      });
      app.on('will-quit', () => {
        unregister();
        backend.close();
      });
    },
    (error: unknown) => {
      console.error(error);
      app.exit(1);
    },
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
