import { emptyEntryFields } from '../resume/entry';
import type { EntryDraft } from '../resume/resume-draft';
import type { SectionKind } from '../resume/section';
import { findDates } from './date-ranges';
import { splitListItems } from './list-items';
import type { LineKind } from './text-line-kinds';
import type { TextLine } from './text-lines';

/** A line with its kind and where it was in the file (1-based), for the notes on what was unsure. */
export interface Placed {
  line: TextLine;
  kind: LineKind;
  number: number;
}

export interface Note {
  line: number;
  message: string;
}

// Between fields of an entry's header line: "Acme | Berlin", "Engineer — Acme", "Engineer at Acme".
const FIELD_SEPARATORS = /\s[|·•–—]\s|\s-\s|\t| {3,}|\s@\s/u;
// A header line this long is prose (the entry's summary), not a title or an organization.
const MAX_HEADER_WORDS = 12;
const MIN_SENTENCE_WORDS = 5;
const SPLIT_KEEPING_SEPARATORS = new RegExp(`(${FIELD_SEPARATORS.source})`, 'u');
// Title, organization, location.
const FIELD_SLOTS = 3;
const trimField = (text: string) => text.replace(/^[\s,;|·•–—)-]+|[\s,;|·•–—(-]+$/gu, '');
// Sections of one-line entries: a list item there with no header line above it is an entry of its
// own ("- First Aid at Work, St John Ambulance, 2022"), not a bullet of nothing.
const ITEM_ENTRY_KINDS: ReadonlySet<SectionKind> = new Set(['certificates', 'awards', 'publications']);
const COURSES =
  /^(?:courses|coursework|relevant coursework|cours|kurse|lehrveranstaltungen|cursos|asignaturas)\s*:\s*(.+)$/iu;
const WEB_LINK = /^https?:\/\/\S+$/iu;
const SCHOOL =
  /universit|college|school|école|ecole|hochschule|institut|lycée|gymnasium|academy|académie|escuela|colegio|facultad|fachhochschule/iu;

/**
 * A section's lines as entries. An entry begins at a header line (not a bullet) after the previous
 * entry's bullets, after a blank line, or at a second line with dates. Header lines give title,
 * organization, location and dates, in the order they are written; long lines give the summary;
 * bullets (by glyph or indentation) are the entry's bullets, and a line that continues a bullet
 * (indented past its glyph, a hanging indent, or starting in lower case) is joined to it.
 */
export function entriesOf(kind: SectionKind, placed: readonly Placed[], indentStep: number, notes: Note[]) {
  const left = Math.min(...placed.filter((p) => p.kind.kind !== 'blank').map((p) => p.line.indent));
  const entries: Building[] = [];
  let current: Building | undefined;
  let blankSince = false;
  let lastWasBullet = false;
  // Indentation of the last bullet drawn with a glyph: a glyph-less line indented past it is the
  // bullet's wrapped text (a hanging indent), whatever letter it starts with ("… Network Load" /
  // "Balancers, …").
  let glyphIndent: number | undefined;
  for (const p of placed) {
    if (p.kind.kind === 'blank') {
      blankSince = true;
      continue;
    }
    const text = p.kind.kind === 'heading' ? p.kind.title : p.kind.text;
    const indented = p.line.indent >= left + indentStep;
    if (
      p.kind.kind === 'bullet' &&
      ITEM_ENTRY_KINDS.has(kind) &&
      (current === undefined || current.fromItem || current.header.length === 0)
    ) {
      current = { ...newEntry(p.number), header: [text], headerBold: [false], fromItem: true };
      entries.push(current);
      lastWasBullet = false;
      blankSince = false;
      continue;
    }
    const isBullet =
      p.kind.kind === 'bullet' || (indented && current !== undefined && current.header.length > 0);
    const hangs = glyphIndent !== undefined && p.line.indent > glyphIndent;
    if (isBullet) {
      const continues =
        p.kind.kind !== 'bullet' &&
        lastWasBullet &&
        !blankSince &&
        current !== undefined &&
        (hangs || /^\p{Ll}/u.test(text));
      glyphIndent =
        p.kind.kind === 'bullet' && p.kind.glyph ? p.line.indent : continues ? glyphIndent : undefined;
      if (current === undefined) {
        current = newEntry(p.number);
        entries.push(current);
        notes.push({ line: p.number, message: `bullets with no entry above them: "${shorten(text)}"` });
      }
      const last = current.bullets[current.bullets.length - 1];
      if (continues && last !== undefined) current.bullets[current.bullets.length - 1] = `${last} ${text}`;
      else current.bullets.push(text);
      lastWasBullet = true;
      blankSince = false;
      continue;
    }
    const lastBullet = current?.bullets[current.bullets.length - 1];
    if (
      lastWasBullet &&
      !blankSince &&
      lastBullet !== undefined &&
      current !== undefined &&
      (hangs || /^\p{Ll}/u.test(text))
    ) {
      current.bullets[current.bullets.length - 1] = `${lastBullet} ${text}`;
      continue;
    }
    // A wrapped line of the entry's summary goes on in lower case.
    const lastProse = current?.summary.length ?? 0;
    if (!blankSince && current !== undefined && lastProse > 0 && /^\p{Ll}/u.test(text)) {
      current.summary[lastProse - 1] = `${current.summary[lastProse - 1] ?? ''} ${text}`;
      continue;
    }
    // "Courses: Networks, Operating Systems" under a degree is its course list, one per line.
    const courses = kind === 'education' && current !== undefined ? COURSES.exec(text) : null;
    if (courses !== null && current !== undefined) {
      current.courses.push(...splitListItems(courses[1] ?? ''));
      lastWasBullet = false;
      blankSince = false;
      continue;
    }
    const dates = findDates(text);
    const bold = p.line.bold === true;
    const starts =
      current === undefined ||
      current.bullets.length > 0 ||
      current.summary.length > 0 ||
      (blankSince && current.header.length > 0) ||
      (dates !== undefined && current.header.some((h) => findDates(h) !== undefined)) ||
      // Bold title, plain details, then bold again: the next entry's title (a layout that sets
      // titles in bold and leaves no gap between entries).
      (bold && current.headerBold[0] === true && current.headerBold.at(-1) === false);
    glyphIndent = undefined;
    if (starts) {
      current = newEntry(p.number);
      entries.push(current);
    }
    const building = current as Building;
    // A sentence (several words and a full stop) is prose too, however short: a title or a company
    // does not end with one ("Open-source tool that reports drift … resources.").
    const sentence = words(text) >= MIN_SENTENCE_WORDS && /\p{L}[.!?]$/u.test(text);
    const prose = (words(text) > MAX_HEADER_WORDS || sentence) && dates === undefined;
    if (prose && building.header.length > 0) building.summary.push(text);
    else {
      building.header.push(text);
      building.headerBold.push(bold);
    }
    lastWasBullet = false;
    blankSince = false;
  }
  return entries.map((e) => finish(kind, e, notes));
}

interface Building {
  number: number;
  header: string[];
  courses: string[];
  /** Whether each header line is set in bold, all its runs. */
  headerBold: boolean[];
  summary: string[];
  bullets: string[];
  /** Made from one list item (ITEM_ENTRY_KINDS): the next item is the next entry. */
  fromItem: boolean;
}

const newEntry = (number: number): Building => ({
  number,
  header: [],
  courses: [],
  headerBold: [],
  summary: [],
  bullets: [],
  fromItem: false,
});
const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;
const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Header lines to fields: the dates out of the line that holds them, the rest in reading order. */
function finish(kind: SectionKind, e: Building, notes: Note[]): EntryDraft {
  const entry: EntryDraft = { ...emptyEntryFields(), bullets: e.bullets.map((text) => ({ text })) };
  const parts: string[] = [];
  // Header text past title, organization and location, each piece as written (separators kept).
  const overflow: string[] = [];
  let dated = false;
  const single = kind !== 'experience' && kind !== 'volunteer';
  for (const line of e.header) {
    const dates = dated ? undefined : (findDates(line) ?? (single ? findDates(line, true) : undefined));
    let rest = line;
    if (dates !== undefined) {
      dated = true;
      entry.startDate = dates.startDate;
      entry.endDate = dates.endDate;
      rest = `${line.slice(0, dates.index)}   ${line.slice(dates.index + dates.length)}`.replace(
        /\(\s*\)/g,
        ' ',
      );
    }
    const pieces = rest.split(SPLIT_KEEPING_SEPARATORS);
    for (let i = 0; i < pieces.length; i += 2) {
      const field = trimField(pieces[i] ?? '');
      if (field === '') continue;
      // A bare link is the entry's link, not its organization ("2020 – Present | https://…").
      if (entry.url === '' && WEB_LINK.test(field)) {
        entry.url = field;
        continue;
      }
      if (parts.length < FIELD_SLOTS) {
        parts.push(field);
        continue;
      }
      const tail = trimField(pieces.slice(i).join(''));
      if (tail !== '') overflow.push(tail);
      break;
    }
  }
  if (kind === 'education') {
    // Schools are written first as often as degrees: the school is the organization either way.
    const school = parts.findIndex((part) => SCHOOL.test(part));
    if (school > 0) parts.unshift(...parts.splice(school, 1));
    if (school >= 0 && parts.length > 1) [parts[0], parts[1]] = [parts[1] as string, parts[0] as string];
  }
  const [title = '', organization = '', location = ''] = parts;
  entry.title = title;
  entry.organization = organization;
  entry.location = location;
  entry.summary = [...overflow, ...e.summary].join('\n');
  entry.courses = e.courses.map((course) => course.trim()).join('\n');
  if (!dated && (kind === 'experience' || kind === 'volunteer')) {
    notes.push({ line: e.number, message: `no dates found for "${shorten(title || organization)}"` });
  }
  return entry;
}
