import type { Font } from '@pdf-lib/fontkit';
import type { FontMetrics, FontStyle } from '../../core/layout/font-metrics';
import type { FontFiles } from './font-files';
import { parsedFont } from './pdf-font-cache';
import { readFontHeaders } from './pdf-font-tables';

/** A piece of a run drawn with one face of the fallback chain (0 = the template's own family). */
export interface FaceSegment {
  text: string;
  face: number;
}

export interface ChainMetrics extends FontMetrics {
  /** Splits `text` where the face that draws it changes; one segment when the first face has it all. */
  segments(text: string, style: FontStyle): FaceSegment[];
  postscriptName(style: FontStyle, face: number): string;
  /** The font bytes of a face, for embedding. */
  fileOf(style: FontStyle, face: number): Uint8Array;
}

interface Glyph {
  face: number;
  /** Advance width per unit of font size. */
  advance: number;
}

/**
 * Real metrics from the TTF files of a fallback chain (the template's family first). Each character is
 * drawn by the first face that has it, and measured with that face's advance, cached per code point:
 * that is what pdf-lib draws once ligatures are off (see PDF_FONT_FEATURES in pdf-writer.ts; pdf-lib
 * never kerns), and it avoids running fontkit's shaper for every word. Faces are parsed on first use,
 * so a résumé the first family covers never parses the others (the CLI starts faster).
 */
export function createFontMetrics(chain: FontFiles | FontFiles[]): ChainMetrics {
  const files = Array.isArray(chain) ? chain : [chain];
  if (files.length === 0) throw new Error('A font chain needs at least one family.');
  const faces = new Map<string, Font>();
  const face = (style: FontStyle, index: number): Font => {
    const key = `${style}:${index}`;
    let parsed = faces.get(key);
    if (parsed === undefined) {
      const bytes = files[index]?.[style];
      if (bytes === undefined) throw new Error(`No font ${index} for ${style}`);
      // The same parse pdf-lib embeds from on the fast path (pdf-font-cache.ts).
      parsed = parsedFont(bytes);
      faces.set(key, parsed);
    }
    return parsed;
  };
  const glyphs: Record<FontStyle, Map<number, Glyph>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
  };

  const glyph = (codePoint: number, style: FontStyle): Glyph => {
    const cache = glyphs[style];
    let found = cache.get(codePoint);
    if (found === undefined) {
      let index = files.findIndex((_, i) => face(style, i).hasGlyphForCodePoint(codePoint));
      // No face has it: the export refuses or replaces such characters before drawing; measure .notdef.
      if (index < 0) index = 0;
      const chosen = face(style, index);
      found = { face: index, advance: chosen.glyphForCodePoint(codePoint).advanceWidth / chosen.unitsPerEm };
      cache.set(codePoint, found);
    }
    return found;
  };
  const primary = (style: FontStyle) => face(style, 0);
  const fileOf = (style: FontStyle, index: number): Uint8Array => {
    const bytes = files[index]?.[style];
    if (bytes === undefined) throw new Error(`No font ${index} for ${style}`);
    return bytes;
  };

  return {
    widthOf(text, style, size) {
      let total = 0;
      for (const char of text) total += glyph(char.codePointAt(0) ?? 0, style).advance;
      return total * size;
    },
    ascentOf: (style, size) => (primary(style).ascent / primary(style).unitsPerEm) * size,
    descentOf: (style, size) => (Math.abs(primary(style).descent) / primary(style).unitsPerEm) * size,
    hasGlyph: (codePoint, style) => files.some((_, i) => face(style, i).hasGlyphForCodePoint(codePoint)),
    segments(text, style) {
      const out: FaceSegment[] = [];
      for (const char of text) {
        const index = glyph(char.codePointAt(0) ?? 0, style).face;
        const last = out[out.length - 1];
        if (last !== undefined && last.face === index) last.text += char;
        else out.push({ text: char, face: index });
      }
      return out;
    },
    postscriptName: (style, index) => {
      // Read from the file's 'name' table header: fontkit would decode every string of the table.
      const name = readFontHeaders(fileOf(style, index)).postscriptName;
      return name ?? face(style, index).postscriptName ?? `Font${index}-${style}`;
    },
    fileOf,
  };
}
