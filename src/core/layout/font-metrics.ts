/** The three faces the template draws with. Each maps to one embedded font file. */
export const FONT_STYLES = ['regular', 'bold', 'italic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

/**
 * What layout needs to know about fonts, and nothing more: layout stays testable with a fake and never
 * loads a font file. Sizes are in points; widths and vertical metrics come back in points too.
 */
export interface FontMetrics {
  /** Advance width of `text` drawn in `style` at `size`, exactly as the drawing adapter will draw it. */
  widthOf(text: string, style: FontStyle, size: number): number;
  /** Distance from the baseline up to the font's ascender, at `size`. */
  ascentOf(style: FontStyle, size: number): number;
  /** Distance from the baseline down to the font's descender, at `size` (a positive number). */
  descentOf(style: FontStyle, size: number): number;
  /** Whether the font for `style` has a real glyph (not .notdef) for this code point. */
  hasGlyph(codePoint: number, style: FontStyle): boolean;
}
