import type { Font } from '@pdf-lib/fontkit';

/** Where a table sits in the font file, from fontkit's decoded table directory. */
interface TableEntry {
  offset: number;
  length: number;
}

/** The fontkit internals used here; each is checked before use, so another fontkit only loses speed. */
interface FontkitInternals {
  directory?: { tables?: Record<string, TableEntry | undefined> };
  _tables?: Record<string, unknown>;
}

const POST_HEADER_BYTES = 32;
const NAME_RECORD_BYTES = 12;
const POSTSCRIPT_NAME_ID = 6;

/**
 * Answers what pdf-lib asks of the 'name' and 'post' tables (the PostScript name; the italic angle and
 * fixed-pitch flag) from their first bytes. fontkit decodes either table whole on first access: every
 * localized string, and every glyph's name (DejaVu has 6,000), ~35 ms for the three DejaVu faces of a
 * `cli export` process, for a handful of numbers. The values are the ones fontkit's decoders give;
 * any other part of 'post' (the glyph names) is still decoded by fontkit, on first access.
 */
export function withQuickNameAndPost(font: Font, bytes: Uint8Array): void {
  const internals = font as Font & FontkitInternals;
  const tables = internals.directory?.tables;
  if (tables === undefined) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = tables['name'];
  const postscriptName = name === undefined ? undefined : readPostscriptName(view, name);
  if (postscriptName !== undefined) Object.defineProperty(font, 'postscriptName', { value: postscriptName });
  const post = tables['post'];
  const decoded = internals._tables;
  if (post !== undefined && decoded !== null && typeof decoded === 'object' && !('post' in decoded)) {
    const header = readPostHeader(view, post);
    if (header !== undefined) decoded['post'] = withFullDecodeOnDemand(header, internals, decoded);
  }
}

/**
 * The PostScript name (name ID 6) of the first record that has one: the OpenType spec requires it to be
 * printable ASCII and the same in every record (pdf-font-tables.test.ts checks each bundled face against
 * fontkit). Anything else gives undefined, and fontkit's own decoding answers.
 */
function readPostscriptName(view: DataView, table: TableEntry): string | undefined {
  if (table.length < 6 || table.offset + table.length > view.byteLength) return undefined;
  const count = view.getUint16(table.offset + 2);
  const strings = table.offset + view.getUint16(table.offset + 4);
  for (let i = 0; i < count; i++) {
    const record = table.offset + 6 + i * NAME_RECORD_BYTES;
    if (record + NAME_RECORD_BYTES > table.offset + table.length) return undefined;
    if (view.getUint16(record + 6) !== POSTSCRIPT_NAME_ID) continue;
    const platform = view.getUint16(record);
    const length = view.getUint16(record + 8);
    const start = strings + view.getUint16(record + 10);
    if (start + length > view.byteLength) return undefined;
    // Macintosh records hold one byte per character; Unicode and Windows ones UTF-16BE.
    const width = platform === 1 ? 1 : platform === 0 || platform === 3 ? 2 : 0;
    if (width === 0 || length % width !== 0) return undefined;
    let text = '';
    for (let at = start; at < start + length; at += width) {
      const code = width === 1 ? view.getUint8(at) : view.getUint16(at);
      if (code < 0x21 || code > 0x7e) return undefined;
      text += String.fromCharCode(code);
    }
    return text;
  }
  return undefined;
}

/** The fields every 'post' version starts with, as fontkit decodes them (Fixed = 16.16 signed). */
function readPostHeader(view: DataView, table: TableEntry): Record<string, number> | undefined {
  const at = table.offset;
  if (table.length < POST_HEADER_BYTES || at + POST_HEADER_BYTES > view.byteLength) return undefined;
  return {
    version: view.getInt32(at) / 0x10000,
    italicAngle: view.getInt32(at + 4) / 0x10000,
    underlinePosition: view.getInt16(at + 8),
    underlineThickness: view.getInt16(at + 10),
    isFixedPitch: view.getUint32(at + 12),
    minMemType42: view.getUint32(at + 16),
    maxMemType42: view.getUint32(at + 20),
    minMemType1: view.getUint32(at + 24),
    maxMemType1: view.getUint32(at + 28),
  };
}

/** The header, whose other fields (glyph names by version) make fontkit decode the table when read. */
function withFullDecodeOnDemand(
  header: Record<string, number>,
  font: FontkitInternals,
  decoded: Record<string, unknown>,
): Record<string, unknown> {
  let whole: Record<string, unknown> | undefined;
  const full = () => {
    if (whole === undefined) {
      // Without its entry, fontkit's own getter decodes the table and keeps the result.
      delete decoded['post'];
      whole = Reflect.get(font, 'post') as Record<string, unknown> | undefined;
    }
    return whole;
  };
  const lazy: Record<string, unknown> = { ...header };
  for (const field of ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map']) {
    Object.defineProperty(lazy, field, { enumerable: true, get: () => full()?.[field] });
  }
  return lazy;
}
