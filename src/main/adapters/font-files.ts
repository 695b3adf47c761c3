import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors/app-error';
import { FONT_STYLES, type FontStyle } from '../../core/layout/font-metrics';

/** The raw TTF bytes of the three faces the template uses. */
export type FontFiles = Record<FontStyle, Uint8Array>;

/** Files under `<resources>/fonts`, with their licence (see resources/fonts/README.md). */
export const FONT_FILE_NAMES: Record<FontStyle, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
};

// TrueType outlines start with version 1.0 or 'true'. pdf-lib's subsetter only handles TTF reliably
// (WOFF2 crashes it), so anything else is refused here rather than failing inside an export.
const TTF_SIGNATURES = [0x00010000, 0x74727565];

/** Reads the bundled fonts once at start (about 2 MB); synchronous so services can hold the bytes. */
export function loadFontFiles(resourcesDir: string): FontFiles {
  const read = (style: FontStyle): Uint8Array => {
    const name = FONT_FILE_NAMES[style];
    const path = join(resourcesDir, 'fonts', name);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (error) {
      throw new AppError(
        'install-broken',
        `The PDF font ${name} is missing from the app's files (${path}). Reinstall the app.`,
        {
          path,
          cause: error instanceof Error ? error.message : String(error),
        },
      );
    }
    const signature = bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) : 0;
    if (!TTF_SIGNATURES.includes(signature)) {
      throw new AppError(
        'install-broken',
        `The PDF font ${name} is damaged or not a TrueType file. Reinstall the app.`,
        { path },
      );
    }
    return bytes;
  };
  const [regular, bold, italic] = FONT_STYLES.map(read);
  if (regular === undefined || bold === undefined || italic === undefined) throw new Error('unreachable');
  return { regular, bold, italic };
}
