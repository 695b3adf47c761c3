// The text a résumé file holds, read without the importer (no mammoth, no LinkedIn mapping), so the
// scorer's "invented strings" check compares the importer's output with the file itself:
// - .docx: the text runs (<w:t>) of word/document.xml and of the page headers (word/header*.xml), a
//   line per paragraph, and the targets of its hyperlinks (word/_rels/document.xml.rels), which are
//   the file's own too;
// - .zip (a LinkedIn export): every cell of every CSV, a row per line, cells separated by a space
//   (so "First Name" and "Last Name" read as the name they make);
// - .pdf: the text poppler's pdftotext reads (another PDF reader than the importer's pdf.js), each
//   line as is, then each page again in raw content-stream order (-raw), so a field that one reading
//   order splits across columns is still found whole in the other;
// - anything else: the file as UTF-8.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';

const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text) =>
  text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex, dec, name) =>
    hex !== undefined
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec !== undefined
        ? String.fromCodePoint(Number(dec))
        : (XML_ENTITIES[name] ?? whole),
  );

function docxText(bytes) {
  const files = unzipSync(bytes, {
    filter: (file) => file.name === 'word/document.xml' || file.name === 'word/_rels/document.xml.rels',
  });
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  const paragraphs = xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
        .map(([, text, mark]) => (mark === undefined ? unescapeXml(text) : ' '))
        .join(''),
    );
  const rels = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
  const targets = [...rels.matchAll(/Target="([^"]+)"[^>]*TargetMode="External"/g)].map(([, t]) =>
    unescapeXml(t),
  );
  return [...paragraphs, ...targets].join('\n');
}

function linkedInText(bytes) {
  const files = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.csv') });
  return Object.values(files)
    .map((data) =>
      Papa.parse(strFromU8(data).replace(/^\uFEFF/, ''), { skipEmptyLines: true })
        .data.map((row) => row.join(' '))
        .join('\n'),
    )
    .join('\n');
}

function pdfText(path) {
  const read = (mode) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', ...mode, path, '-'], { encoding: 'utf8' });
  return [read([]), read(['-raw'])].join('\n');
}

/** The file's own text, for the check that every imported string comes from it. */
export function importSourceText(path) {
  const bytes = readFileSync(path);
  switch (extname(path).toLowerCase()) {
    case '.docx':
      return docxText(new Uint8Array(bytes));
    case '.zip':
      return linkedInText(new Uint8Array(bytes));
    case '.pdf':
      return pdfText(path);
    default:
      return bytes.toString('utf8');
  }
}
