import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../core/errors/app-error';
import { FONT_FAMILIES, FONT_STYLES, type FontFamily, type FontStyle } from '../../core/layout/font-metrics';

/** The raw TTF bytes of one family's three faces. */
export type FontFiles = Record<FontStyle, Uint8Array>;

/** Every bundled family: a template draws with one and falls back on the others. */
export type FontLibrary = Record<FontFamily, FontFiles>;

/** Files under `<resources>/fonts`, with their licences (see resources/fonts/README.md). */
export const FONT_FILE_NAMES: Record<FontFamily, Record<FontStyle, string>> = {
  'dejavu-sans': {
    regular: 'DejaVuSans.ttf',
    bold: 'DejaVuSans-Bold.ttf',
    italic: 'DejaVuSans-Oblique.ttf',
  },
  'open-sans': {
    regular: 'OpenSans-Regular.ttf',
    bold: 'OpenSans-Bold.ttf',
    italic: 'OpenSans-Italic.ttf',
  },
  'liberation-serif': {
    regular: 'LiberationSerif-Regular.ttf',
    bold: 'LiberationSerif-Bold.ttf',
    italic: 'LiberationSerif-Italic.ttf',
  },
};

// TrueType outlines start with version 1.0 or 'true'. pdf-lib's subsetter only handles TTF reliably
// (WOFF2 crashes it), so anything else is refused here rather than failing inside an export.
const TTF_SIGNATURES = [0x00010000, 0x74727565];

function readFont(resourcesDir: string, name: string): Uint8Array {
  const path = join(resourcesDir, 'fonts', name);
  let bytes: Uint8Array;
  try {
    // A plain Uint8Array over the Buffer's memory, not a copy of it (a file this size is not pooled).
    const file = readFileSync(path);
    bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  } catch (error) {
    throw new AppError(
      'install-broken',
      `The PDF font ${name} is missing from the app's files (${path}). Reinstall the app.`,
      { path, cause: error instanceof Error ? error.message : String(error) },
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
}

/** Reads one family's three faces (about 2 MB); synchronous so services can hold the bytes. */
export function loadFontFiles(resourcesDir: string, family: FontFamily = 'dejavu-sans'): FontFiles {
  const [regular, bold, italic] = FONT_STYLES.map((style) =>
    readFont(resourcesDir, FONT_FILE_NAMES[family][style]),
  );
  if (regular === undefined || bold === undefined || italic === undefined) throw new Error('unreachable');
  return { regular, bold, italic };
}

/** Reads every bundled family once at start (about 5 MB). */
export function loadFontLibrary(resourcesDir: string): FontLibrary {
  const entries = FONT_FAMILIES.map((family) => [family, loadFontFiles(resourcesDir, family)] as const);
  return Object.fromEntries(entries) as FontLibrary;
}
