import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { createBackend } from './services/backend';
import { registerIpc } from './ipc/register-ipc';
import { electronSaveDialog } from './adapters/electron-save-dialog';
import { createMainWindow, mainDir, rendererDir } from './window';
import { denyAllPermissions, hardenWebContents } from './security';
import { resolveDataDir } from './data-dir';
import { APP_ENTRY_URL, appOrigin, isAppUrl } from './app-origin';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { betterSqliteVersion, electronNativeBinding } from './electron-native-binding';

// One instance: two processes writing the same SQLite file through two connections is what the
// single-connection rule exists to prevent.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Only an unpackaged app follows the dev server variable: a packaged one must never load a page from
  // an address in the environment and then trust it with every IPC channel.
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const origin = appOrigin(devServerUrl);
  const entryUrl = devServerUrl ?? APP_ENTRY_URL;
  const preloadPath = join(mainDir, '../preload/index.cjs');
  const openWindow = () => createMainWindow(entryUrl, preloadPath, !app.isPackaged);

  registerAppScheme();
  hardenWebContents((url) => isAppUrl(url, origin));

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
      serveRenderer(rendererDir);
      let backend;
      try {
        backend = createBackend({
          dataDir: resolveDataDir(process.env, app.getPath('userData')),
          resourcesDir: join(app.getAppPath(), 'resources'),
          saveDialog: electronSaveDialog,
          mode: 'desktop',
          nativeBinding: app.isPackaged
            ? undefined
            : electronNativeBinding(app.getAppPath(), betterSqliteVersion()),
        });
      } catch (error) {
        dialog.showErrorBox(
          'Résumé Tailor cannot start',
          error instanceof Error ? error.message : String(error),
        );
        app.exit(1);
        return;
      }
      const unregister = registerIpc(backend.handlers, origin);
      openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openWindow();
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
