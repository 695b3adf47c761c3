/*
 * Text as the template draws it. Pasted text carries tabs, line breaks, zero-width and bidi control
 * characters, soft hyphens and decomposed accents: none of them should reach the PDF. Parsers read
 * "café" better than "cafe\u0301", and an invisible U+200B inside "Pyth\u200Bon" would split the
 * word for them (and has no glyph, so it would be refused as unsupported).
 */
const WHITESPACE = /\s+/g;
// Controls (Cc), format characters (Cf: zero-width, bidi, soft hyphen, BOM) and variation selectors.
const INVISIBLE = /[\p{Cc}\p{Cf}\uFE00-\uFE0F]/gu;
const SPACES = / {2,}/g;

/** NFC, every whitespace run as one space, invisible characters removed, trimmed. */
export function toDrawnText(text: string): string {
  return text.normalize('NFC').replace(WHITESPACE, ' ').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Code points of `text` with combining marks kept on the character before them. */
export function graphemeClusters(text: string): string[] {
  const clusters: string[] = [];
  for (const char of text) {
    const last = clusters.length - 1;
    if (last >= 0 && /\p{M}/u.test(char)) clusters[last] += char;
    else clusters.push(char);
  }
  return clusters;
}
