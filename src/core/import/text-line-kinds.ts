import { findDates } from './date-ranges';
import { headingTarget, type HeadingTarget } from './heading-dictionary';
import type { TextLine } from './text-lines';

/** What one line is, before sections and entries are built from them. */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'heading'; target: HeadingTarget; title: string; byDictionary: boolean }
  | { kind: 'bullet'; text: string; glyph: boolean }
  | { kind: 'text'; text: string };

// Glyphs résumé writers and exporters use for list items; "-" and "*" only when a space follows.
const BULLET = /^(?:[•●▪◦‣⁃∙■□➢►▶✓✔→○◆◇]|[-–*+>](?=\s))\s*/u;
const MAX_HEADING_CHARS = 60;
const MAX_STYLE_HEADING_WORDS = 4;

export interface KindOptions {
  /** Indentation past a section's left edge that makes a glyph-less line a bullet (chars or points). */
  indentStep: number;
  /** The body text's size, when the reader knows sizes: a larger bold line can be a heading. */
  bodySize?: number;
}

const isCapitals = (text: string) =>
  /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase() && !/\d|@/.test(text);
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * Each line's kind. A heading is a short line the dictionary knows (any language it holds), or, once
 * the first known heading has been seen, a short line in capitals (or bold and larger than the body)
 * after a blank line: the second kind is a guess, and said so (byDictionary false).
 */
export function lineKinds(lines: readonly TextLine[], options: KindOptions): LineKind[] {
  let seenHeading = false;
  return lines.map((line, i): LineKind => {
    const text = line.text.trim();
    if (text === '') return { kind: 'blank' };
    const glyph = BULLET.exec(text);
    if (glyph !== null && glyph[0].length < text.length) {
      return { kind: 'bullet', text: text.slice(glyph[0].length).trim(), glyph: true };
    }
    const title = text.replace(/[\s:]+$/u, '');
    if (text.length <= MAX_HEADING_CHARS) {
      const target = headingTarget(title);
      if (target !== undefined) {
        seenHeading = true;
        return { kind: 'heading', target, title, byDictionary: true };
      }
      const before = lines[i - 1];
      const styled =
        (isCapitals(title) || (line.bold === true && larger(line, options))) &&
        words(title) <= MAX_STYLE_HEADING_WORDS &&
        (before === undefined || before.text.trim() === '' || larger(line, options));
      // A company in capitals ("ACME CORP") is followed by its dates; a heading is not.
      const next = lines.slice(i + 1, i + 3).some((l) => findDates(l.text) !== undefined);
      if (seenHeading && styled && !next)
        return { kind: 'heading', target: 'custom', title, byDictionary: false };
    }
    return { kind: 'text', text };
  });
}

const larger = (line: TextLine, options: KindOptions) =>
  line.size !== undefined && options.bodySize !== undefined && line.size > options.bodySize * 1.1;
