import { decodeHTML, decodeHTMLAttribute, DecodingMode } from 'entities';
import { EntityDecoder, htmlDecodeTree } from 'entities/lib/decode.js';

// Character references as the HTML standard reads them, through `entities` (every one of the ~2,200
// named references). It also turns what a hostile page uses to break decoders (&#0;, surrogates,
// values past Unicode) into U+FFFD, and reads &#150; as the en dash old Windows pages mean. Unknown
// names ("&bogus;", "&foo") stay as written.

/** Decodes the character references of HTML text, as a browser shows it ("&copy 2024" too). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text, DecodingMode.Legacy) : text;
}

/**
 * Decodes an attribute value (a link): a reference without ";" followed by a letter, digit or "=" stays
 * as written, so "?a=1&copy=2" keeps its query.
 */
export function decodeAttributeEntities(value: string): string {
  return value.includes('&') ? decodeHTMLAttribute(value) : value;
}

const AMPERSAND = 0x26;
let decoded = '';
// One decoder, reset per reference: it reports each code point with how many characters it read.
const decoder = new EntityDecoder(htmlDecodeTree, (codePoint) => {
  decoded += String.fromCodePoint(codePoint);
});

/**
 * The character reference starting at `at` ("&amp;", "&#43;") with what it stands for, or undefined when
 * there is none or it is unknown. For reading references inside plain text without changing its offsets;
 * read as in an attribute, so "&copyright" or "&notes" in a pasted text stay words.
 */
export function entityAt(text: string, at: number): { value: string; length: number } | undefined {
  if (text.charCodeAt(at) !== AMPERSAND) return undefined;
  decoded = '';
  decoder.startEntity(DecodingMode.Attribute);
  let length = decoder.write(text, at + 1);
  // -1: the text ended inside the reference ("... R&amp"); end() says what was read.
  if (length < 0) length = decoder.end();
  return length > 0 && decoded !== '' ? { value: decoded, length } : undefined;
}
