import type { Resume } from '../resume/resume';
import type { FontMetrics, FontStyle } from './font-metrics';
import { toDrawnText } from './drawn-text';
import { drawnFields, mapDrawnTexts } from './resume-fields';
import type { Template } from './template-style';
import { TEMPLATES } from './templates';

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
export function findUnsupportedCharacters(
  resume: Resume,
  metrics: FontMetrics,
  template: Template = TEMPLATES.classic,
): UnsupportedCharacter[] {
  const found: UnsupportedCharacter[] = [];
  for (const { label, text, style } of drawnFields(resume, template)) {
    const seen = new Set<number>();
    for (const character of text) {
      const code = character.codePointAt(0) ?? 0;
      if (character === ' ' || seen.has(code)) continue;
      const reason = unsupportedReason(character, style, metrics);
      if (reason === undefined) continue;
      seen.add(code);
      found.push({ character, codePoint: formatCodePoint(code), field: label, style, reason });
    }
  }
  return found;
}

function unsupportedReason(
  character: string,
  style: FontStyle,
  metrics: FontMetrics,
): UnsupportedCharacter['reason'] | undefined {
  if (RIGHT_TO_LEFT.test(character)) return 'right-to-left';
  return metrics.hasGlyph(character.codePointAt(0) ?? 0, style) ? undefined : 'no-glyph';
}

/** U+FFFD "�" where the fonts have it: visible on the page and extracted as itself, never mistaken for text. */
const REPLACEMENT = '\uFFFD';

export interface ReplacedCharacters {
  /** The résumé with each unsupported character replaced by a visible mark. */
  resume: Resume;
  /** What was replaced, where: the same list the check reports. */
  replaced: UnsupportedCharacter[];
}

/**
 * The user's alternative to stopping: every character the PDF cannot show becomes "\uFFFD" (or "?" if
 * even that glyph is missing), and the caller tells the user which ones. Texts are normalized first so
 * the characters replaced are exactly those the check names (a decomposed accent is composed, not replaced).
 */
export function replaceUnsupportedCharacters(
  resume: Resume,
  metrics: FontMetrics,
  template: Template = TEMPLATES.classic,
): ReplacedCharacters {
  const replaced = findUnsupportedCharacters(resume, metrics, template);
  if (replaced.length === 0) return { resume, replaced };
  const mapped = mapDrawnTexts(resume, (text, style) => {
    const mark = metrics.hasGlyph(REPLACEMENT.codePointAt(0) ?? 0, style) ? REPLACEMENT : '?';
    let out = '';
    for (const character of toDrawnText(text)) {
      out +=
        character !== ' ' && unsupportedReason(character, style, metrics) !== undefined ? mark : character;
    }
    return out;
  });
  return { resume: mapped, replaced };
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
function printable(item: Pick<UnsupportedCharacter, 'character'>): string {
  const code = item.character.codePointAt(0) ?? 0;
  return code >= 0xd800 && code <= 0xdfff ? '\uFFFD' : item.character;
}

/** What an export does about a character no bundled font can draw. */
export const MISSING_GLYPH_POLICIES = ['stop', 'replace'] as const;
export type MissingGlyphPolicy = (typeof MISSING_GLYPH_POLICIES)[number];

/** What the user is told after an export that drew replacement marks ('replace' policy). */
export function describeReplacedCharacters(
  replaced: Pick<UnsupportedCharacter, 'character' | 'codePoint' | 'field'>[],
  shown = 5,
): string {
  const items = replaced
    .slice(0, shown)
    .map((item) => `"${printable(item)}" (${item.codePoint}) in ${item.field}`);
  const more = replaced.length > shown ? ` and ${replaced.length - shown} more` : '';
  return `No bundled font can draw ${items.join('; ')}${more}: each is drawn as "\uFFFD" instead.`;
}
