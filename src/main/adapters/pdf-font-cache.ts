import fontkit, { type Font } from '@pdf-lib/fontkit';

// Parsing a font file costs milliseconds and parsed fonts are read-only (subsets are made per
// document): one parse per font file, for the layout metrics (fontkit-metrics.ts) and, on the fast
// path, for pdf-lib's embedder too (pdf-fast-paths.ts), so each table and each glyph's metrics are
// decoded once per process.
const parsedFonts = new WeakMap<Uint8Array, Font>();

/** The one fontkit parse of a font file. */
export function parsedFont(bytes: Uint8Array): Font {
  let font = parsedFonts.get(bytes);
  if (font === undefined) {
    font = fontkit.create(bytes);
    parsedFonts.set(bytes, font);
  }
  return font;
}

/** The glyph id `codePoint` maps to in the font's cmap: what the PDF draws it with, ligatures off. */
export function glyphIdOf(bytes: Uint8Array, codePoint: number): number {
  return parsedFont(bytes).glyphForCodePoint(codePoint).id;
}
