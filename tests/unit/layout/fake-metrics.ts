import type { FontMetrics, FontStyle } from '../../../src/core/layout/font-metrics';

/**
 * Monospace-ish metrics: every character is half the font size wide (bold a little wider), so expected
 * line breaks can be worked out by hand. No glyphs for CJK, emoji or lone surrogates.
 */
export function fakeMetrics(): FontMetrics & { calls: number } {
  const metrics = {
    calls: 0,
    widthOf(text: string, style: FontStyle, size: number) {
      metrics.calls++;
      return Array.from(text).length * charWidth(style, size);
    },
    ascentOf: (_style: FontStyle, size: number) => 0.8 * size,
    descentOf: (_style: FontStyle, size: number) => 0.2 * size,
    hasGlyph: (codePoint: number) =>
      !(codePoint >= 0x3000 && codePoint <= 0x9fff) &&
      codePoint < 0x1f000 &&
      !(codePoint >= 0xd800 && codePoint <= 0xdfff),
  };
  return metrics;
}

export function charWidth(style: FontStyle, size: number): number {
  return (style === 'bold' ? 0.55 : 0.5) * size;
}
