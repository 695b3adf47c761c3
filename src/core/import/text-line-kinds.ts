import { findDates } from './date-ranges';
import { headingTarget, type HeadingTarget } from './heading-dictionary';
import type { TextLine } from './text-lines';

/**
 * Why a line was read as a heading: the dictionary knows it, or (a guess, said so in a note) it looks
 * like one (capitals, or bold and larger), or the file's structure says so (a Word heading style).
 */
export type HeadingCue = 'dictionary' | 'look' | 'style';

/** What one line is, before sections and entries are built from them. */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'heading'; target: HeadingTarget; title: string; cue: HeadingCue }
  | { kind: 'bullet'; text: string; glyph: boolean }
  | { kind: 'text'; text: string };

// Glyphs résumé writers and exporters use for list items; "-" and "*" only when a space follows.
const BULLET = /^(?:[•●▪◦‣⁃∙■□➢►▶✓✔→○◆◇]|[-–*+>](?=\s))\s*/u;
const MAX_HEADING_CHARS = 60;
const MAX_STYLE_HEADING_WORDS = 4;
// Points within which two lines are set in the same size (sizes are read to a tenth of a point).
const SAME_SIZE = 0.25;

export interface KindOptions {
  /** Indentation past a section's left edge that makes a glyph-less line a bullet (chars or points). */
  indentStep: number;
  /** The body text's size, when the reader knows sizes: a larger bold line can be a heading. */
  bodySize?: number;
}

/** The text of a list item without the glyph it starts with; undefined when it starts with none. */
export function bulletText(text: string): string | undefined {
  const glyph = BULLET.exec(text);
  return glyph !== null && glyph[0].length < text.length ? text.slice(glyph[0].length).trim() : undefined;
}

const isCapitals = (text: string) =>
  /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase() && !/\d|@/.test(text);
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * Each line's kind. A heading is a short line the dictionary knows (any language it holds), or, once
 * the first known heading has been seen, a short line in capitals (or bold and larger than the body)
 * after a blank line, not over an entry's dates unless it is set like the known headings (bold, their
 * size): the second kind is a guess, and said so (cue 'look'). A line whose role the
 * file gives (Word) follows it: a list item is a bullet; a heading style is a section heading when the
 * dictionary knows it or when it is at the level of the known ones (cue 'style'), and an entry's line
 * when it is deeper (a job title styled Heading 3 under "Experience" in Heading 2) or above the first
 * known heading (the name, often in Title or Heading 1).
 */
export function lineKinds(lines: readonly TextLine[], options: KindOptions): LineKind[] {
  let seenHeading = false;
  // The size of the first known heading drawn bold and larger than the body: a file sets all its
  // section headings alike, so a line with that look is one even when an entry's dates follow it.
  let headingSize: number | undefined;
  // The heading level the file's known section headings use; deeper levels are entries' lines.
  let sectionLevel: number | undefined;
  return lines.map((line, i): LineKind => {
    const text = line.text.trim();
    if (text === '') return { kind: 'blank' };
    const role = line.role;
    if (role?.kind === 'list-item') return { kind: 'bullet', text: bulletText(text) ?? text, glyph: true };
    const bullet = bulletText(text);
    if (bullet !== undefined) return { kind: 'bullet', text: bullet, glyph: true };
    const title = text.replace(/[\s:]+$/u, '');
    if (text.length > MAX_HEADING_CHARS) return { kind: 'text', text };
    const target = headingTarget(title);
    if (
      target !== undefined &&
      (role === undefined || sectionLevel === undefined || role.level <= sectionLevel)
    ) {
      seenHeading = true;
      if (role !== undefined) sectionLevel ??= role.level;
      if (line.bold === true && larger(line, options)) headingSize ??= line.size;
      return { kind: 'heading', target, title, cue: 'dictionary' };
    }
    if (role !== undefined) {
      return seenHeading && sectionLevel !== undefined && role.level <= sectionLevel
        ? { kind: 'heading', target: 'custom', title, cue: 'style' }
        : { kind: 'text', text };
    }
    const before = lines[i - 1];
    const styled =
      (isCapitals(title) || (line.bold === true && larger(line, options))) &&
      words(title) <= MAX_STYLE_HEADING_WORDS &&
      (before === undefined || before.text.trim() === '' || larger(line, options));
    // A company in capitals ("ACME CORP") is followed by its dates; a heading is not.
    const next = lines.slice(i + 1, i + 3).some((l) => findDates(l.text) !== undefined);
    const likeHeadings =
      line.bold === true && headingSize !== undefined && Math.abs((line.size ?? 0) - headingSize) < SAME_SIZE;
    if (seenHeading && styled && (!next || likeHeadings))
      return { kind: 'heading', target: 'custom', title, cue: 'look' };
    return { kind: 'text', text };
  });
}

const larger = (line: TextLine, options: KindOptions) =>
  line.size !== undefined && options.bodySize !== undefined && line.size > options.bodySize * 1.1;
