import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES, FONT_STYLES } from '../../../src/core/layout/font-metrics';
import { parsedFont } from '../../../src/main/adapters/pdf-font-cache';
import { bundledFonts } from '../../fixtures/export-setup';

const fonts = bundledFonts();
const faces = FONT_FAMILIES.flatMap((family) =>
  FONT_STYLES.map((style) => ({ face: `${family} ${style}`, bytes: fonts[family][style] })),
);

// The PDF writer's parsed fonts read the PostScript name and the 'post' header directly
// (pdf-font-tables.ts): what pdf-lib writes from them must be what fontkit's own decoders say.
describe.each(faces)('the shared parse of $face', ({ bytes }) => {
  const reference = fontkit.create(bytes);
  const font = parsedFont(bytes);

  it('names the font as fontkit does', () => {
    expect(font.postscriptName).toBe(reference.postscriptName);
    expect(font.postscriptName).toMatch(/^[\x21-\x7e]+$/);
  });

  it('gives the PDF font descriptor the values of the whole post table', () => {
    const post = (f: typeof font) => (f as unknown as { post: Record<string, unknown> }).post;
    for (const field of [
      'version',
      'italicAngle',
      'underlinePosition',
      'underlineThickness',
      'isFixedPitch',
    ]) {
      expect(post(font)[field], field).toEqual(post(reference)[field]);
    }
    expect(font.italicAngle).toBe(reference.italicAngle);
  });

  it('still decodes glyph names when they are asked for', () => {
    const glyph = (f: typeof font) => f.glyphForCodePoint(0x00e9) as unknown as { name: string };
    expect(glyph(font).name).toBe(glyph(reference).name);
    expect(glyph(font).name).toBe('eacute');
  });
});
