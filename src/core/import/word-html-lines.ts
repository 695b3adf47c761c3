import { decodeAttributeEntities, decodeEntities } from '../posting/html-entities';
import type { LineRole, TextLine } from './text-lines';

/** A Word document's lines, and the targets of its web and mail links in reading order. */
export interface WordLines {
  lines: TextLine[];
  links: string[];
}

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
const HEADING = /^h([1-6])$/;
const HREF = /\shref="([^"]*)"/;

interface OpenLine {
  parts: string[];
  bold: boolean;
  role?: LineRole;
}

/** A table row as it is read: each cell's lines, in order. */
type Row = TextLine[][];

const blank = (): TextLine => ({ text: '', indent: 0 });

/**
 * The HTML mammoth writes for a .docx (p, h1-h6 from heading styles, ul/ol/li from Word numbering,
 * table/tr/td, strong, a, br, img) as résumé lines, with each line's role from its style: a heading
 * style gives a heading line with its level, a list paragraph a list item. A layout table is read row
 * by row: a row whose cells hold one line each is one line, its cells separated by a tab (the way a
 * writer lays out "title | dates"); a row with longer cells gives each cell's lines in turn.
 *
 * Only the document's own words come out: mammoth's footnote marks ("[1]") and back-links ("↑") are
 * internal links (href="#..."), and their text is dropped. Not an HTML parser: it reads the closed
 * set of elements mammoth writes and ignores any other tag.
 */
export function wordHtmlLines(html: string): WordLines {
  const out: TextLine[] = [];
  const links: string[] = [];
  // Where finished lines go: the document, or the cell being read (tables nest).
  const sinks: TextLine[][] = [out];
  const rows: Row[] = [];
  let line: OpenLine | undefined;
  let bold = 0;
  // Open <a> elements, true for an internal link (href="#..."), whose text is mammoth's, not the file's.
  const anchors: boolean[] = [];
  let internalLink = 0;
  let listItem = 0;

  const sink = () => sinks[sinks.length - 1] as TextLine[];
  const close = () => {
    if (line === undefined) return;
    const text = line.parts.join('').replace(/\s+/gu, ' ').trim();
    const done: TextLine = { text, indent: 0 };
    if (text !== '' && line.bold) done.bold = true;
    if (text !== '' && line.role !== undefined) done.role = line.role;
    sink().push(done);
    line = undefined;
  };
  const open = (role?: LineRole) => {
    close();
    line = role === undefined ? { parts: [], bold: true } : { parts: [], bold: true, role };
  };

  for (const match of html.matchAll(TAG)) {
    const [, slash, rawName, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (internalLink > 0) continue;
      const words = decodeEntities(text);
      line ??= { parts: [], bold: true };
      line.parts.push(words);
      if (words.trim() !== '' && bold === 0) line.bold = false;
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const closing = slash === '/';
    const level = HEADING.exec(name)?.[1];
    if (level !== undefined) {
      if (closing) close();
      else {
        // A blank line before a heading: it ends the entry above, as a blank line does in text.
        const previous = sink()[sink().length - 1];
        if (previous !== undefined && previous.text !== '') {
          close();
          sink().push(blank());
        }
        open({ kind: 'heading', level: Number(level) });
      }
      continue;
    }
    switch (name) {
      case 'p':
        // A paragraph inside a list item continues the item (mammoth wraps a multi-paragraph item).
        if (closing) {
          if (listItem === 0) close();
        } else if (listItem === 0 || line === undefined) open();
        else line.parts.push(' ');
        break;
      case 'li':
        if (closing) {
          close();
          listItem--;
        } else {
          listItem++;
          open({ kind: 'list-item' });
        }
        break;
      case 'ul':
      case 'ol':
        close();
        break;
      case 'br':
        if (listItem > 0 && line !== undefined) line.parts.push(' ');
        else open(line?.role);
        break;
      case 'strong':
      case 'b':
        if (selfClosing !== '/') bold += closing ? -1 : 1;
        break;
      case 'a':
        if (closing) {
          if (anchors.pop() === true) internalLink--;
        } else if (selfClosing !== '/') {
          const href = HREF.exec(attributes)?.[1];
          const internal = href?.startsWith('#') === true;
          anchors.push(internal);
          if (internal) internalLink++;
          else if (href !== undefined && /^(https?|mailto):/i.test(href))
            links.push(decodeAttributeEntities(href));
        }
        break;
      case 'table':
        close();
        if (closing) rows.pop();
        else rows.push([]);
        break;
      case 'tr':
        close();
        if (closing && rows.length > 0) {
          sink().push(...rowLines(rows[rows.length - 1] as Row), blank());
          rows[rows.length - 1] = [];
        }
        break;
      case 'td':
      case 'th':
        close();
        if (closing) {
          const cell = sinks.pop() ?? [];
          rows[rows.length - 1]?.push(cell);
        } else sinks.push([]);
        break;
      default:
        break;
    }
  }
  close();
  return { lines: out, links };
}

/** One row's lines: one line of tab-separated cells when each holds a line at most, else cell by cell. */
function rowLines(row: Row): TextLine[] {
  const cells = row.map((cell) => cell.filter((l) => l.text !== ''));
  const filled = cells.filter((cell) => cell.length > 0);
  if (filled.length > 1 && filled.every((cell) => cell.length === 1)) {
    const parts = filled.map((cell) => cell[0] as TextLine);
    const joined: TextLine = { text: parts.map((p) => p.text).join('\t'), indent: 0 };
    if (parts.every((p) => p.bold === true)) joined.bold = true;
    return [joined];
  }
  return cells.flat();
}
