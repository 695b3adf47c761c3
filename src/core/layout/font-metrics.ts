/** The three faces the template draws with. Each maps to one embedded font file per family. */
export const FONT_STYLES = ['regular', 'bold', 'italic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

/** The bundled font families (resources/fonts/README.md). */
export const FONT_FAMILIES = ['dejavu-sans', 'open-sans', 'liberation-serif'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

/**
 * The families tried, in order, for a character: the template's own first, then every other bundled
 * one. Open Sans lacks most of Latin Extended-B (U+0180 "ƀ" to U+024F) and the archaic letters of the
 * Greek block that DejaVu Sans has, for instance; a character none of them has is refused or replaced,
 * never drawn as an empty box.
 */
export function fallbackChain(family: FontFamily): FontFamily[] {
  return [family, ...FONT_FAMILIES.filter((other) => other !== family)];
}

/**
 * What layout needs to know about fonts, and nothing more: layout stays testable with a fake and never
 * loads a font file. Sizes are in points; widths and vertical metrics come back in points too. For a
 * fallback chain, widths are those of the face that will actually draw each character.
 */
export interface FontMetrics {
  /** Advance width of `text` drawn in `style` at `size`, exactly as the drawing adapter will draw it. */
  widthOf(text: string, style: FontStyle, size: number): number;
  /** Distance from the baseline up to the font's ascender, at `size`. */
  ascentOf(style: FontStyle, size: number): number;
  /** Distance from the baseline down to the font's descender, at `size` (a positive number). */
  descentOf(style: FontStyle, size: number): number;
  /** Whether some font for `style` has a real glyph (not .notdef) for this code point. */
  hasGlyph(codePoint: number, style: FontStyle): boolean;
}
