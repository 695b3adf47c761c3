import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILIES, FONT_STYLES } from '../../../src/core/layout/font-metrics';
import { fastFont } from '../../../src/main/adapters/pdf-fast-font';
import { SPEED_UPS } from '../../../src/main/adapters/pdf-fast-paths';
import { readFontHeaders } from '../../../src/main/adapters/pdf-font-tables';
import { bundledFonts } from '../../fixtures/export-setup';

const fonts = bundledFonts();
const faces = FONT_FAMILIES.flatMap((family) =>
  FONT_STYLES.map((style) => ({ face: `${family} ${style}`, bytes: fonts[family][style] })),
);

// The subset names and, on the fast path, pdf-lib's font descriptor come from the 'name' and 'post'
// headers read from the file (pdf-font-tables.ts): they must be what fontkit's own decoders say.
describe.each(faces)('the headers of $face', ({ bytes }) => {
  const reference = fontkit.create(bytes);
  const headers = readFontHeaders(bytes);

  it('name the font as fontkit does', () => {
    expect(headers.postscriptName).toBe(reference.postscriptName);
    expect(headers.postscriptName).toMatch(/^[\x21-\x7e]+$/);
  });

  it('give the PDF font descriptor the values of the whole post table', () => {
    const post = reference.post as unknown as Record<string, unknown>;
    for (const field of [
      'version',
      'italicAngle',
      'underlinePosition',
      'underlineThickness',
      'isFixedPitch',
    ]) {
      expect(headers.post?.[field as keyof typeof headers.post], field).toEqual(post[field]);
    }
    expect(headers.post?.italicAngle).toBe(reference.italicAngle);
  });

  it('leave the fast path font answering everything else as fontkit does, glyph names included', () => {
    const font = fastFont(fontkit.create(bytes), bytes, new Set(SPEED_UPS));
    expect(font.postscriptName).toBe(reference.postscriptName);
    expect(font.italicAngle).toBe(reference.italicAngle);
    expect(font.post.isFixedPitch).toEqual(reference.post.isFixedPitch);
    const glyph = (f: typeof font) => f.glyphForCodePoint(0x00e9) as unknown as { name: string };
    expect(glyph(font).name).toBe(glyph(reference).name);
    expect(glyph(font).name).toBe('eacute');
    expect(font.unitsPerEm).toBe(reference.unitsPerEm);
    expect(font.layout('Waffle').glyphs.map((g) => g.id)).toEqual(
      reference.layout('Waffle', { liga: false, kern: false }).glyphs.map((g) => g.id),
    );
  });
});

describe('readFontHeaders on bytes that are not a font it can read', () => {
  it('answers nothing rather than a wrong name', () => {
    expect(readFontHeaders(new Uint8Array(0))).toEqual({ postscriptName: undefined, post: undefined });
    const truncated = fonts['dejavu-sans'].regular.slice(0, 64);
    expect(readFontHeaders(truncated)).toEqual({ postscriptName: undefined, post: undefined });
  });
});
