/**
 * What the file's own structure says a line is: a Word heading style (level 1 is the outermost) or a
 * list item. Only formats that have structure (Word) give one; it outranks guesses from the text.
 */
export type LineRole = { kind: 'heading'; level: number } | { kind: 'list-item' };

/**
 * One line of a résumé as a reader rebuilt it. Plain text gives the text and its indentation; a PDF
 * reader also gives the font size and weight, which help to tell a heading from a line of prose; a
 * Word reader gives the line's role from its paragraph style.
 */
export interface TextLine {
  text: string;
  /** Leading space, in characters for plain text, in points for a PDF; 0 when unknown. */
  indent: number;
  /** Font size in points; undefined for plain text. */
  size?: number;
  /** Every run of the line is in a bold face. */
  bold?: boolean;
  role?: LineRole;
}

const TAB_WIDTH = 4;

/**
 * Pasted or saved plain text as lines: CRLF, CR and U+2028 are line ends, tabs count as four spaces of
 * indentation, trailing spaces are dropped. Blank lines stay (as empty text): they separate entries.
 */
export function plainTextLines(text: string): TextLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n|\u2028|\u2029|\f/).map((raw) => {
    const line = raw.replace(/\s+$/u, '');
    const lead = /^[ \t\u00A0]*/.exec(line)?.[0] ?? '';
    const indent = [...lead].reduce((n, c) => n + (c === '\t' ? TAB_WIDTH : 1), 0);
    return { text: line.slice(lead.length), indent };
  });
}
