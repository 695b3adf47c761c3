import { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** out/main/, where the built main process lives beside out/preload/ and out/renderer/. */
export const mainDir = dirname(fileURLToPath(import.meta.url));

/** The renderer's address: the dev server while developing, the built file otherwise. */
export function rendererLocation(): { url: string } | { file: string } {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  return devUrl ? { url: devUrl } : { file: join(mainDir, '../renderer/index.html') };
}

export function createMainWindow(preloadPath: string, devTools: boolean): BrowserWindow {
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
      spellcheck: true,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  const location = rendererLocation();
  if ('url' in location) void window.loadURL(location.url);
  else void window.loadFile(location.file);
  return window;
}
