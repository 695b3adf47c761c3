import fontkit from '@pdf-lib/fontkit';
import type { FontMetrics, FontStyle } from '../../core/layout/font-metrics';
import type { FontFiles } from './font-files';

type Face = ReturnType<typeof fontkit.create>;

/**
 * Real metrics from the TTF files. Widths are sums of per-glyph advances, cached per code point: that
 * is what pdf-lib draws once ligatures are off (see PDF_FONT_FEATURES in pdf-writer.ts; pdf-lib never kerns),
 * and it avoids running fontkit's shaper for every word.
 */
export function createFontMetrics(
  fonts: FontFiles,
): FontMetrics & { postscriptName(style: FontStyle): string } {
  const faces: Record<FontStyle, Face> = {
    regular: fontkit.create(fonts.regular),
    bold: fontkit.create(fonts.bold),
    italic: fontkit.create(fonts.italic),
  };
  const advances: Record<FontStyle, Map<number, number>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
  };

  const advance = (codePoint: number, style: FontStyle): number => {
    const cache = advances[style];
    let width = cache.get(codePoint);
    if (width === undefined) {
      const face = faces[style];
      width = face.glyphForCodePoint(codePoint).advanceWidth / face.unitsPerEm;
      cache.set(codePoint, width);
    }
    return width;
  };

  return {
    widthOf(text, style, size) {
      let total = 0;
      for (const char of text) total += advance(char.codePointAt(0) ?? 0, style);
      return total * size;
    },
    ascentOf: (style, size) => (faces[style].ascent / faces[style].unitsPerEm) * size,
    descentOf: (style, size) => (Math.abs(faces[style].descent) / faces[style].unitsPerEm) * size,
    hasGlyph: (codePoint, style) => faces[style].hasGlyphForCodePoint(codePoint),
    postscriptName: (style) => faces[style].postscriptName ?? `DejaVuSans-${style}`,
  };
}
