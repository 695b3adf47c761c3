import { app, BrowserWindow, dialog } from 'electron';
import { extname, join } from 'node:path';
import type { SaveDialog } from './save-dialog';

export const electronSaveDialog: SaveDialog = {
  async chooseSavePath(suggestedName) {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options = {
      title: 'Export tailored résumé',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [
        extname(suggestedName).toLowerCase() === '.docx'
          ? { name: 'Word document', extensions: ['docx'] }
          : { name: 'PDF document', extensions: ['pdf'] },
      ],
    };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};
