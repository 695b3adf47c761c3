import { app, BrowserWindow, dialog } from 'electron';
import { extname, join } from 'node:path';
import type { SaveDialog } from './save-dialog';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.json': { name: 'JSON Resume', extensions: ['json'] },
  '.txt': { name: 'Plain text', extensions: ['txt'] },
};
const PDF_FILTER = { name: 'PDF document', extensions: ['pdf'] };

export const electronSaveDialog: SaveDialog = {
  async chooseSavePath(suggestedName) {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options = {
      title: 'Export résumé',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [FILTERS[extname(suggestedName).toLowerCase()] ?? PDF_FILTER],
    };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};
