/**
 * What pdf-lib asks of a font's 'name' and 'post' tables (the PostScript name; the italic angle and the
 * fixed-pitch flag), read from the font file's first bytes as the OpenType spec lays them out. fontkit
 * decodes either table whole on first access: every localized string, and every glyph's name (DejaVu
 * has 6,000), for a handful of numbers. The values are the ones fontkit's decoders give
 * (pdf-font-tables.test.ts checks each bundled face); undefined wherever the file says anything else.
 */
export interface FontHeaders {
  postscriptName?: string;
  post?: PostHeader;
}

/** The fields every 'post' version starts with, as fontkit decodes them (Fixed = 16.16 signed). */
export interface PostHeader {
  version: number;
  italicAngle: number;
  underlinePosition: number;
  underlineThickness: number;
  isFixedPitch: number;
  minMemType42: number;
  maxMemType42: number;
  minMemType1: number;
  maxMemType1: number;
}

interface TableEntry {
  offset: number;
  length: number;
}

const TABLE_RECORD_BYTES = 16;
const POST_HEADER_BYTES = 32;
const NAME_RECORD_BYTES = 12;
const POSTSCRIPT_NAME_ID = 6;

const read = new WeakMap<Uint8Array, FontHeaders>();

export function readFontHeaders(bytes: Uint8Array): FontHeaders {
  let headers = read.get(bytes);
  if (headers === undefined) {
    headers = readHeaders(bytes);
    read.set(bytes, headers);
  }
  return headers;
}

function readHeaders(bytes: Uint8Array): FontHeaders {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableDirectory(view);
  const name = tables.get('name');
  const post = tables.get('post');
  return {
    postscriptName: name === undefined ? undefined : readPostscriptName(view, name),
    post: post === undefined ? undefined : readPostHeader(view, post),
  };
}

/** The table records of a TrueType or OpenType file (not a collection): tag -> where the table sits. */
function tableDirectory(view: DataView): Map<string, TableEntry> {
  const tables = new Map<string, TableEntry>();
  if (view.byteLength < 12) return tables;
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * TABLE_RECORD_BYTES;
    if (record + TABLE_RECORD_BYTES > view.byteLength) break;
    const tag = String.fromCharCode(
      view.getUint8(record),
      view.getUint8(record + 1),
      view.getUint8(record + 2),
      view.getUint8(record + 3),
    );
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length <= view.byteLength) tables.set(tag, { offset, length });
  }
  return tables;
}

/**
 * The PostScript name (name ID 6) of the first record that has one: the OpenType spec requires it to be
 * printable ASCII and the same in every record. Anything else gives undefined.
 */
function readPostscriptName(view: DataView, table: TableEntry): string | undefined {
  if (table.length < 6) return undefined;
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

function readPostHeader(view: DataView, table: TableEntry): PostHeader | undefined {
  const at = table.offset;
  if (table.length < POST_HEADER_BYTES) return undefined;
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
