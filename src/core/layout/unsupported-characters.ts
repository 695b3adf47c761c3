import type { Resume } from '../resume/resume';
import type { FontMetrics, FontStyle } from './font-metrics';
import { drawnFields } from './resume-fields';

export interface UnsupportedCharacter {
  character: string;
  /** "U+0422" */
  codePoint: string;
  /** Where it is, e.g. "experience › Acme › bullet 3". */
  field: string;
  style: FontStyle;
  /** No glyph in the font, or a right-to-left script the template cannot order (it would read backwards). */
  reason: 'no-glyph' | 'right-to-left';
}

// DejaVu has Hebrew and Arabic glyphs, but pdf-lib draws glyphs in logical order without bidi
// reordering or joining: the text would come out backwards. Refusing it beats a silent mess.
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Every character the PDF cannot show correctly, once per field, in reading order. A missing glyph is drawn as
 * an empty box and extracted as garbage, so the export stops before writing and names each one.
 * Invisible characters (zero-width, bidi controls) are not listed: the template drops them.
 */
export function findUnsupportedCharacters(resume: Resume, metrics: FontMetrics): UnsupportedCharacter[] {
  const found: UnsupportedCharacter[] = [];
  for (const { label, text, style } of drawnFields(resume)) {
    const seen = new Set<number>();
    for (const character of text) {
      const code = character.codePointAt(0) ?? 0;
      if (character === ' ' || seen.has(code)) continue;
      const reason = RIGHT_TO_LEFT.test(character)
        ? 'right-to-left'
        : metrics.hasGlyph(code, style)
          ? undefined
          : 'no-glyph';
      if (reason === undefined) continue;
      seen.add(code);
      found.push({ character, codePoint: formatCodePoint(code), field: label, style, reason });
    }
  }
  return found;
}

export function formatCodePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A message a person can act on: which characters, where, and what to do. */
export function describeUnsupportedCharacters(found: UnsupportedCharacter[], shown = 5): string {
  const items = found
    .slice(0, shown)
    .map((item) => `"${printable(item)}" (${item.codePoint}) in ${item.field}`);
  const more = found.length > shown ? ` and ${found.length - shown} more` : '';
  const rtl = found.some((item) => item.reason === 'right-to-left')
    ? ' Right-to-left scripts (Hebrew, Arabic) are not supported yet.'
    : '';
  return (
    `The PDF fonts cannot draw ${items.join('; ')}${more}.${rtl} ` +
    'Replace or remove these characters, then export again.'
  );
}

// A lone surrogate cannot be shown in a message; its code point says enough.
function printable(item: UnsupportedCharacter): string {
  const code = item.character.codePointAt(0) ?? 0;
  return code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : item.character;
}
