import { AppError } from '../errors/app-error';
import { emptyEntryFields } from '../resume/entry';
import { emptyProfile, type Profile } from '../resume/profile';
import type { EntryDraft, ResumeDraft, SectionDraft } from '../resume/resume-draft';
import { DEFAULT_SECTION_TITLES, isListKind, type SectionKind } from '../resume/section';
import { checkedDraft } from './checked-draft';
import { contactKind, contactParts } from './contact-fields';
import { splitListItems } from './list-items';
import { entriesOf, type Note, type Placed } from './text-entries';
import { lineKinds } from './text-line-kinds';
import { plainTextLines, type TextLine } from './text-lines';

/** A résumé read from lines of text, and what the reader was unsure of (by line, 1-based). */
export interface TextImport {
  draft: ResumeDraft;
  unsure: Note[];
}

export interface TextImportOptions {
  /** Indentation that makes a glyph-less line a bullet: 2 characters for plain text, more points for a PDF. */
  indentStep?: number;
  bodySize?: number;
}

// A line at the top this long is a summary written without a heading, not a headline.
const MAX_HEADLINE_WORDS = 12;

/**
 * Lines of a résumé (pasted text, or a PDF or Word file's lines) to a draft résumé. Steps: each line's
 * kind (heading, bullet, text) -> the profile block above the first heading -> each section by its
 * heading's kind -> entries (text-entries) or one-line items (skills, languages, interests).
 *
 * Nothing is invented: every string in the draft is text of the file (a field may be several of its
 * lines joined with a space, never reworded), section titles are the headings as written, and a line
 * that fits nowhere goes to an "Other" section with a note, never away.
 */
export function linesToDraft(lines: readonly TextLine[], options: TextImportOptions = {}): TextImport {
  const indentStep = options.indentStep ?? 2;
  const kinds = lineKinds(lines, {
    indentStep,
    ...(options.bodySize === undefined ? {} : { bodySize: options.bodySize }),
  });
  const placed: Placed[] = lines.map((line, i) => ({
    line,
    kind: kinds[i] ?? { kind: 'blank' },
    number: i + 1,
  }));
  const notes: Note[] = [];
  const other: string[] = [];

  const firstHeading = placed.findIndex((p) => p.kind.kind === 'heading');
  const top = firstHeading < 0 ? placed : placed.slice(0, firstHeading);
  const profile = profileOf(top, notes, other, firstHeading < 0);
  const sections: SectionDraft[] = [];

  if (firstHeading >= 0) {
    let start = firstHeading;
    while (start < placed.length) {
      const head = placed[start] as Placed;
      let end = start + 1;
      while (end < placed.length && placed[end]?.kind.kind !== 'heading') end++;
      const body = placed.slice(start + 1, end);
      if (head.kind.kind === 'heading') {
        const { target, title, cue } = head.kind;
        if (cue !== 'dictionary')
          notes.push({
            line: head.number,
            message:
              cue === 'style'
                ? `"${title}" read as a heading from its Word heading style`
                : `"${title}" read as a heading from its capitals or size`,
          });
        if (target === 'summary') {
          const text = paragraphs(body);
          profile.summary = [profile.summary, text].filter((t) => t !== '').join('\n');
        } else if (target === 'contact') {
          readContactLines(body, profile, other);
        } else if (body.some((p) => p.kind.kind !== 'blank')) {
          sections.push({ kind: target, title, entries: sectionEntries(target, body, indentStep, notes) });
        }
      }
      start = end;
    }
  }
  if (other.length > 0) {
    sections.push({
      kind: 'custom',
      title: DEFAULT_SECTION_TITLES.custom,
      entries: [{ ...emptyEntryFields(), bullets: other.map((text) => ({ text })) }],
    });
  }
  if (profile.name === '') notes.push({ line: 1, message: 'no name found on the first lines' });
  return { draft: { profile, sections: sections.filter((s) => s.entries.length > 0) }, unsure: notes };
}

function sectionEntries(kind: SectionKind, body: Placed[], indentStep: number, notes: Note[]): EntryDraft[] {
  if (!isListKind(kind)) return entriesOf(kind, body, indentStep, notes);
  return body.flatMap((p) => {
    if (p.kind.kind === 'blank') return [];
    const text = p.kind.kind === 'heading' ? p.kind.title : p.kind.text;
    return [listEntry(kind, text)];
  });
}

/**
 * "Cloud: AWS, Terraform" -> title and items; "English (native)" or "English – C1" -> a language and
 * its fluency; "Python, Go, SQL" -> items alone.
 */
function listEntry(kind: SectionKind, text: string): EntryDraft {
  const entry = { ...emptyEntryFields(), bullets: [] as { text: string }[] };
  const colon = text.indexOf(':');
  const head = colon > 0 ? text.slice(0, colon).trim() : '';
  const tail = colon > 0 ? text.slice(colon + 1).trim() : text;
  // "Cloud (Advanced): AWS, S3": the group's level in brackets is the entry's detail.
  const levelled = /^(.{1,60}?)\s\((.{1,80})\)$/u.exec(head);
  if (kind !== 'languages' && levelled !== null) {
    const items = listItems(tail);
    return { ...entry, title: levelled[1] ?? '', detail: levelled[2] ?? '', bullets: items };
  }
  if (kind === 'languages') {
    const level = /^(.{1,60}?)\s(?:\((.{1,80})\)|[–—-]\s(.{1,80}))$/u.exec(text);
    if (colon > 0) return { ...entry, title: head, detail: tail };
    if (level !== null) return { ...entry, title: level[1] ?? '', detail: level[2] ?? level[3] ?? '' };
    return { ...entry, title: text };
  }
  return { ...entry, title: head, bullets: listItems(tail) };
}

const listItems = (text: string) => splitListItems(text).map((item) => ({ text: item }));

/** The name, headline and contact details above the first heading; a long paragraph is the summary. */
function profileOf(top: Placed[], notes: Note[], other: string[], noHeadings: boolean): Profile {
  const profile = emptyProfile();
  const summary: string[] = [];
  for (const p of top) {
    if (p.kind.kind === 'blank') continue;
    const text = p.kind.kind === 'heading' ? p.kind.title : p.kind.text;
    if (readContact(text, profile, other)) continue;
    if (profile.name === '') profile.name = text;
    else if (profile.headline === '' && words(text) <= MAX_HEADLINE_WORDS && summary.length === 0)
      profile.headline = text;
    else if (words(text) > MAX_HEADLINE_WORDS || summary.length > 0) summary.push(text);
    else {
      other.push(text);
      notes.push({ line: p.number, message: `"${text}" did not fit the profile: kept under Other` });
    }
  }
  if (summary.length > 0) {
    profile.summary = summary.join(' ');
    if (!noHeadings)
      notes.push({
        line: top[0]?.number ?? 1,
        message: 'a paragraph above the first heading was read as the summary',
      });
  }
  return profile;
}

/** Reads a line of contact fields into the profile; false when the line holds none. */
function readContact(text: string, profile: Profile, other: string[]): boolean {
  const parts = contactParts(text);
  const found = parts.map((part) => ({ part, contact: contactKind(part) }));
  if (!found.some((f) => f.contact !== undefined)) return false;
  for (const { part, contact } of found) {
    if (contact === undefined) {
      if (profile.location === '') profile.location = part;
      else other.push(part);
    } else if (profile[contact.kind] === '') profile[contact.kind] = contact.value;
    else other.push(part);
  }
  return true;
}

function readContactLines(body: Placed[], profile: Profile, other: string[]) {
  for (const p of body) {
    if (p.kind.kind === 'blank') continue;
    const text = p.kind.kind === 'heading' ? p.kind.title : p.kind.text;
    if (!readContact(text, profile, other)) {
      if (profile.location === '') profile.location = text;
      else other.push(text);
    }
  }
}

/** A section's lines as prose: lines joined with spaces, blank lines kept as paragraph breaks. */
function paragraphs(body: Placed[]): string {
  const out: string[][] = [[]];
  for (const p of body) {
    if (p.kind.kind === 'blank') out.push([]);
    else (out[out.length - 1] as string[]).push(p.kind.kind === 'heading' ? p.kind.title : p.kind.text);
  }
  return out
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join(' '))
    .join('\n');
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/**
 * Pasted or saved plain text to a draft résumé, checked against the stored résumé's limits. An empty
 * text is an invalid-input error: importing it would wipe the résumé.
 */
export function parseResumeText(text: string): TextImport {
  if (text.trim() === '') {
    throw new AppError('invalid-input', 'The text is empty: paste or open a résumé.', { path: '' });
  }
  return parseResumeLines(plainTextLines(text));
}

/** Lines from any reader (text, PDF, Word) to a draft within the stored résumé's limits. */
export function parseResumeLines(lines: readonly TextLine[], options: TextImportOptions = {}): TextImport {
  const result = linesToDraft(lines, options);
  return { draft: checkedDraft(result.draft), unsure: result.unsure };
}
