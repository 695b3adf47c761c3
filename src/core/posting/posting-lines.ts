/** One line of a posting: its range in the text (without the "\n") and its trimmed content. */
export interface PostingLine {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): PostingLine[] {
  const lines: PostingLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end).trim() });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/**
 * Words in a trimmed line, for telling prose from labels and headings. Counting stops past `cap`: callers
 * only ask "more than N?", and a pasted 5 MB single line should not be split into a million strings.
 */
export function wordCount(line: string, cap = Number.MAX_SAFE_INTEGER): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length && count <= cap; i++) {
    const code = line.charCodeAt(i);
    const space =
      code === 0x20 ||
      code === 0x09 ||
      code === 0xa0 ||
      code === 0x3000 ||
      (code >= 0x2000 && code <= 0x200a);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A line that starts like a list item ("• ...", "- ...", "1. ..."). */
export function isBulletLine(line: string): boolean {
  return /^(?:[\u2022\u00B7\u25AA\u25CF\u25E6\u2023\u2043\u2013\u2014*+-]|\d{1,2}[.)])\s/u.test(line);
}
