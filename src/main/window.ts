import { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** out/main/, where the built main process lives beside out/preload/ and out/renderer/. */
export const mainDir = dirname(fileURLToPath(import.meta.url));

/** The built renderer, served on the app:// scheme. */
export const rendererDir = join(mainDir, '../renderer');

/** `entryUrl` is the dev server while developing, app://resume-tailor/index.html otherwise. */
export function createMainWindow(entryUrl: string, preloadPath: string, devTools: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Résumé Tailor',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would otherwise ask for a new window (denied anyway by the window-open handler).
      disableBlinkFeatures: 'Auxclick',
      // Electron would download spell-check dictionaries from the network: the app stays offline.
      spellcheck: false,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl);
  return window;
}
