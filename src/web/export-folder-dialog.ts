import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SaveDialog } from '../main/adapters/save-dialog';

/**
 * Browser mode has no native save dialog, and a path chosen by the page must never be trusted, so
 * exports go to one folder the server owns, under the suggested name, never overwriting an earlier file.
 */
export function exportFolderDialog(folder: string): SaveDialog {
  return {
    chooseSavePath(suggestedName) {
      mkdirSync(folder, { recursive: true });
      const extension = extname(suggestedName);
      const stem = suggestedName.slice(0, suggestedName.length - extension.length);
      let candidate = join(folder, suggestedName);
      for (let n = 2; existsSync(candidate); n++) candidate = join(folder, `${stem} (${n})${extension}`);
      return Promise.resolve(candidate);
    },
  };
}
