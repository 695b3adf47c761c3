import { toWellFormed } from './well-formed-text';

/**
 * "<Name> - <Company> - <Title>.pdf", safe on Windows, macOS and Linux: no reserved characters or
 * names, no trailing dots or spaces, bounded length. Empty parts are left out.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

// File systems limit a name to 255 bytes (ext4, APFS: UTF-8 bytes; NTFS: UTF-16 units, never more than
// the UTF-8 bytes). Cutting at 150 UTF-16 units let a non-ASCII name reach 600 bytes and every export
// failed with ENAMETOOLONG. 200 bytes leave room for ".docx" and the atomic write's
// ".<name>.<12 hex>.tmp" (18 more).
export const STEM_MAX_BYTES = 200;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Bytes of `text` in UTF-8 (the text is well formed: no lone surrogates). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The longest start of `text` of at most `maxBytes` UTF-8 bytes that ends between two graphemes, so an
 * accent is never cut from its letter nor an emoji split. A single grapheme longer than the whole budget
 * (a letter under hundreds of combining marks) is cut between code points instead.
 */
export function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (bytes + size > maxBytes) {
      if (end > 0) break;
      for (const char of segment) {
        const charSize = utf8Length(char);
        if (bytes + charSize > maxBytes) break;
        bytes += charSize;
        end += char.length;
      }
      break;
    }
    bytes += size;
    end += segment.length;
  }
  return text.slice(0, end);
}

/** `text` without the dots and spaces Windows drops from the end of a name. */
function trimEndDotsAndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ')) end--;
  return text.slice(0, end);
}

export function exportFileName(parts: string[], extension: string): string {
  const cleaned = parts
    .map((part) => toWellFormed(part).normalize('NFC').replace(RESERVED, ' ').replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
  let stem = trimEndDotsAndSpaces(cutToBytes(cleaned.join(' - '), STEM_MAX_BYTES));
  if (stem.length === 0 || WINDOWS_RESERVED_NAMES.test(stem)) stem = `Resume${stem ? ` ${stem}` : ''}`;
  return `${stem}.${extension}`;
}
