import { ATS_SYMBOLS } from '../layout/ats-symbols';
import { toDrawnText } from '../layout/drawn-text';
import { COURSES_TITLE, SUMMARY_TITLE } from '../layout/template-style';
import { courseList, type Entry } from '../resume/entry';
import type { Resume } from '../resume/resume';
import { DEFAULT_SECTION_TITLES, isListKind, type Section } from '../resume/section';

/** Between fields on one line; plain ASCII, so a form that mangles other characters keeps it. */
const SEPARATOR = ' | ';
const BULLET = '- ';
const DATE_RANGE = ' - ';
const { skillTitleEnd: LIST_TITLE_END, skillItemSeparator: LIST_SEPARATOR } = ATS_SYMBOLS;

/**
 * The résumé as plain text, for the application forms that ask for a pasted résumé: the same fields
 * in the same order as the PDF, section headings in capitals on their own line, one blank line between
 * blocks, bullets as "- " (ASCII survives every form), no trailing spaces. Text is normalized like the
 * PDF's (one space for any whitespace run, no invisible characters).
 */
export function resumeToText(resume: Resume): string {
  const blocks: string[][] = [];
  const { profile } = resume;
  const head = [
    toDrawnText(profile.name),
    toDrawnText(profile.headline),
    joinFilled([profile.email, profile.phone, profile.location, profile.website]),
  ].filter((line) => line !== '');
  if (head.length > 0) blocks.push(head);
  const summary = toDrawnText(profile.summary);
  if (summary !== '') blocks.push([SUMMARY_TITLE.toUpperCase(), summary]);
  for (const section of resume.sections) {
    const lines = sectionText(section);
    if (lines.length > 0) blocks.push(lines);
  }
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function sectionText(section: Section): string[] {
  const list = isListKind(section.kind);
  const entries = section.entries.map((entry) => (list ? listLine(entry) : entryLines(entry)));
  const filled = entries.filter((lines) => lines.length > 0);
  if (filled.length === 0) return [];
  const title = toDrawnText(section.title) || DEFAULT_SECTION_TITLES[section.kind];
  // Entries of a list kind are one line each; other entries are blocks apart by a blank line.
  return [
    title.toUpperCase(),
    ...(list ? filled.flat() : filled.flatMap((lines, i) => (i > 0 ? ['', ...lines] : lines))),
  ];
}

function entryLines(entry: Entry): string[] {
  const start = toDrawnText(entry.startDate);
  const end = toDrawnText(entry.endDate);
  const dates = start !== '' && end !== '' ? `${start}${DATE_RANGE}${end}` : start || end;
  const courses = courseList(entry.courses)
    .map(toDrawnText)
    .filter((c) => c !== '');
  return [
    toDrawnText(entry.title),
    joinFilled([entry.organization, entry.location, dates, entry.detail, entry.url]),
    toDrawnText(entry.summary),
    courses.length > 0 ? `${COURSES_TITLE}${LIST_TITLE_END} ${courses.join(LIST_SEPARATOR)}` : '',
    ...bulletTexts(entry).map((text) => `${BULLET}${text}`),
  ].filter((line) => line !== '');
}

/** "Title (detail): item, item", as the PDF draws skills, languages and interests. */
function listLine(entry: Entry): string[] {
  const name = toDrawnText(entry.title);
  const detail = toDrawnText(entry.detail);
  const title = name !== '' && detail !== '' ? `${name} (${detail})` : name || detail;
  const items = bulletTexts(entry).join(LIST_SEPARATOR);
  const line = title !== '' && items !== '' ? `${title}${LIST_TITLE_END} ${items}` : title || items;
  return line === '' ? [] : [line];
}

const bulletTexts = (entry: Entry) => entry.bullets.map((b) => toDrawnText(b.text)).filter((t) => t !== '');
const joinFilled = (parts: string[]) =>
  parts
    .map(toDrawnText)
    .filter((part) => part !== '')
    .join(SEPARATOR);
