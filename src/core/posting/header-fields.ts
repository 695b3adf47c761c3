import { describedEmployer, introducedEmployer, joinedEmployer, signedEmployer } from './employer-names';
import { labelAlone, labelledFields, type FieldKind } from './field-labels';
import { isBulletLine, wordCount, type PostingLine } from './posting-lines';
import { classifyHeading } from './posting-sections';
import { cleanPlace, placeLine, townAndRegion } from './place-names';
import { proseMetadata, prosePlace, withoutGenderMarks } from './prose-metadata';
import { roleSentenceTitle } from './role-sentences';
import { ROLE_RE } from './role-words';
import type { StructuredMetadata } from './structured-metadata';

export interface HeaderFields {
  title: string;
  company: string;
  location: string;
}

/*
 * Title, company and location are read only where the page says them, most explicit first: the page's own
 * JobPosting data (HTML), "Label: value" fields, a job board's "<Company>'s logo" line, an "at <Company>"
 * line, the first short line that names a role, the sentence that announces the job ("Acme is seeking a
 * Dental Nurse"), then the page's heading. A value not found is "" - never a guess from elsewhere.
 */
const VALUE_MAX_CHARS = 120;
const HEADER_LINES = 20;

// What a page's buttons and labels say: never a title, company or place however it is laid out.
const UI_WORDS_RE =
  /^(?:apply|apply now|easy apply|save|save job|share|report|remote type|job type|see more|show more|read more|view job|postuler|bewerben|jetzt bewerben|inscribirme|n\/a|none|-+)$/i;
// A sentence is not a value: "Location: Bristol. We are a top 10 firm" keeps "Bristol".
const SENTENCE_END_RE = /[.!?](?:\s|$)/;
const LABEL_VALUE_MAX_WORDS = 12;
const LOGO_RE = /^(.+?)['’]s logo$/i;
const AT_COMPANY_RE = /^at\s+(.{2,80})$/i;
const TITLE_AT_COMPANY_RE = /^(.{3,80}?)\s+at\s+(.{2,80})$/i;
const ABOUT_COMPANY_RE = /^about\s+(?!us\b|the\b|you\b|this\b|our\b)(.{2,80})$/i;

// Lines a job board puts around the title that are never the title.
const NOT_TITLE_RE =
  /\blogo\b|profile picture|^posted by\b|\b\d+\s*[-–]\s*\d+\s*(?:yrs|years)\b|[₹$€£]|\bper (?:year|month|hour)\b|^\d|^(?:remote|hybrid|on-?site)\b|https?:/i;
const WORK_MODE_RE = /\b(?:remote|hybrid|on-?site|work from home|wfh)\b/i;

// A site that drops line breaks glues the next field's label to a value ("Brand ManagerLevel: Exempt")
// and sometimes prints a heading twice ("Project ManagerProject Manager"). A lower-case letter then a
// capital starting a word that ends in a colon is such a join, not a name (names do not hold colons).
const GLUED_LABEL_RE = /(?<=\p{Ll})\p{Lu}[\p{L} ]{0,25}:.*$/u;

function unglued(value: string): string {
  const cut = value.replace(GLUED_LABEL_RE, '');
  const half = cut.length / 2;
  return Number.isInteger(half) && half >= 3 && cut.slice(0, half) === cut.slice(half)
    ? cut.slice(0, half)
    : cut;
}

function clean(value: string): string {
  return unglued(value.trim().replace(/\s+/g, ' ')).trim().slice(0, VALUE_MAX_CHARS);
}

const usable = (value: string): boolean => value !== '' && !UI_WORDS_RE.test(value);

/** The value of the first "<label of this kind>: value" field, or "". */
function firstLabel(lines: readonly PostingLine[], kind: FieldKind): string {
  for (const [index, line] of lines.entries()) {
    const next = lines[index + 1]?.text ?? '';
    const fields =
      labelAlone(line.text) === kind && next !== '' && labelAlone(next) === undefined
        ? [{ kind, value: next }]
        : labelledFields(line.text);
    for (const field of fields) {
      if (field.kind !== kind) continue;
      const sentence = SENTENCE_END_RE.exec(field.value);
      const value = clean(sentence === null ? field.value : field.value.slice(0, sentence.index));
      if (usable(value) && wordCount(value, LABEL_VALUE_MAX_WORDS) <= LABEL_VALUE_MAX_WORDS) return value;
    }
  }
  return '';
}

// Where a heading may end inside a value: at a space, or at a join the site made ("Job DescriptionLM
// Restaurant Group").
const HEADING_END_RE = /\s+|(?<=\p{Ll})(?=\p{Lu})/gu;
const HEADING_PREFIX_MAX_CHARS = 40;

/**
 * `value` without the section headings run into its start ("Position Summary Mango Power" -> "Mango
 * Power"). The shortest heading is cut each time: heading patterns accept words after a heading, so a
 * longer prefix ("Position Summary Mango") would take part of the name with it.
 */
function withoutHeading(value: string): string {
  for (const match of value.matchAll(HEADING_END_RE)) {
    if (match.index > HEADING_PREFIX_MAX_CHARS) break;
    if (match.index === 0 || classifyHeading(value.slice(0, match.index)) === undefined) continue;
    const rest = value.slice(match.index + match[0].length).trim();
    return rest === '' ? value : withoutHeading(rest);
  }
  return value;
}

function findCompany(
  lines: readonly PostingLine[],
  header: readonly PostingLine[],
  page: readonly PostingLine[],
): string {
  return withoutHeading(companyOf(lines, header, page));
}

function companyOf(
  lines: readonly PostingLine[],
  header: readonly PostingLine[],
  page: readonly PostingLine[],
): string {
  const labelled = firstLabel(lines, 'company');
  if (labelled !== '') return labelled;
  for (const line of header) {
    const value = LOGO_RE.exec(line.text)?.[1] ?? AT_COMPANY_RE.exec(line.text)?.[1];
    if (value !== undefined) return clean(value);
  }
  for (const line of header) {
    if (wordCount(line.text, 12) > 12 || !ROLE_RE.test(line.text)) continue;
    const value = TITLE_AT_COMPANY_RE.exec(line.text)?.[2];
    if (value !== undefined) return clean(value);
  }
  const announced = proseMetadata(announcingText(lines)).company;
  if (announced !== '') return clean(announced);
  const introduced = introducedEmployer(lines) || describedEmployer(lines) || joinedEmployer(lines);
  if (introduced !== '') return introduced;
  // A job board's company card ("About Acme Ltd") usually follows the posting: the one place it is named.
  for (const line of page) {
    const value = ABOUT_COMPANY_RE.exec(line.text)?.[1];
    if (value !== undefined && wordCount(value, 8) <= 8) return clean(value);
  }
  return signedEmployer(page);
}

function isTitleCandidate(text: string, company: string): boolean {
  return (
    text !== '' &&
    text.length <= 80 &&
    wordCount(text) <= 10 &&
    !isBulletLine(text) &&
    !/[.:;!?]$/.test(text) &&
    !NOT_TITLE_RE.test(text) &&
    text.toLowerCase() !== company.toLowerCase()
  );
}

/** The value of the first "Job Title: ..." line, or "". */
export function labelledTitle(lines: readonly PostingLine[]): string {
  return firstLabel(lines, 'title');
}

// The announcing sentence is near the top: the first lines of the main posting are enough, and a long
// paste is never scanned whole for it.
const ANNOUNCE_SCAN_CHARS = 4_000;

function announcingText(lines: readonly PostingLine[]): string {
  let text = '';
  for (const line of lines) {
    if (text.length >= ANNOUNCE_SCAN_CHARS) break;
    text += `${line.text}\n`;
  }
  return text.slice(0, ANNOUNCE_SCAN_CHARS);
}

// "Upper School Math TeacherFull-time, 10-month": the site ran the job's facts into the title.
const GLUED_FACT_RE =
  /(?<=\p{Ll})(?=(?:Full|Part)[\s-]?[Tt]ime|Contract\b|Permanent\b|Temporary\b|Remote\b|Hybrid\b|On-?site\b)/u;
// "Warehouse Associate – 3 or 6 months, extendable": the title, then the terms of the job.
const TITLE_TERMS_RE = /(?<!\s)\s+[–—|-]\s+/u;

// Indeed's copy of a job page ends the title line with "- job post".
// "(?<!\s)": a match starts at the first space of a run only, so a long run of spaces is scanned once.
const JOB_POST_RE = /(?<!\s)\s+[-–]\s+job\s+post$/iu;

/** The title a header line holds, without gender marks, or "" when it names no role. */
function titleOfLine(line: string, company: string): string {
  return withoutGenderMarks(rawTitleOfLine(line.replace(JOB_POST_RE, ''), company));
}

function rawTitleOfLine(line: string, company: string): string {
  const text = line.split(GLUED_FACT_RE)[0] ?? line;
  if (isTitleCandidate(text, company) && ROLE_RE.test(text))
    return clean(TITLE_AT_COMPANY_RE.exec(text)?.[1] ?? text);
  const head = text.split(TITLE_TERMS_RE)[0] ?? '';
  if (head !== text && isTitleCandidate(head, company) && ROLE_RE.test(head)) return clean(head);
  return '';
}

// Capitalised words (or all capitals) with the small words between them: "Warehouse Associate",
// "Head of Nursing"; never a sentence.
const NAME_CASE_RE =
  /^(?:\p{Lu}[\p{L}'’()/&-]*|of|and|the|de|du|des|en|à|y|und|für)(?:\s+(?:\p{Lu}[\p{L}'’()/&-]*|of|and|the|de|du|des|en|à|y|und|für))*$/u;

/**
 * A posting whose first line is long enough to pass for prose has no header, but that line may still be
 * "WAREHOUSE ASSOCIATE – 3 or 6 months, extendable": a name-cased title before the terms.
 */
function openingTitle(lines: readonly PostingLine[], company: string): string {
  const first = lines.find((line) => line.text !== '');
  const head = first?.text.split(TITLE_TERMS_RE)[0] ?? '';
  if (head === first?.text || !NAME_CASE_RE.test(head)) return '';
  return isTitleCandidate(head, company) && ROLE_RE.test(head) ? clean(head) : '';
}

function findTitle(lines: readonly PostingLine[], header: readonly PostingLine[], company: string): string {
  const labelled = firstLabel(lines, 'title');
  if (labelled !== '') return labelled;
  for (const line of header) {
    const title = titleOfLine(line.text, company);
    if (title !== '') return title;
  }
  const opening = header.length === 0 ? openingTitle(lines, company) : '';
  if (opening !== '') return opening;
  const text = announcingText(lines);
  return clean(proseMetadata(text).title || roleSentenceTitle(text));
}

// Parts of a job board's fact line that are not the place: "Full-time", "$24–$30/hr".
const NOT_PLACE_PART_RE =
  /[$€£₹]|\b(?:full[\s-]time|part[\s-]time|contract|permanent|temporary|vollzeit|teilzeit|unbefristet|befristet|cdi|cdd)\b/i;

function placeParts(value: string): string {
  return value
    .split(/\s+[·•|]\s+/)
    .filter((part) => !NOT_PLACE_PART_RE.test(part))
    .join(' · ');
}

function findLocation(lines: readonly PostingLine[], header: readonly PostingLine[], title: string): string {
  // In document order: a job board's location line under the title comes before a "Location:" in the body.
  const headerEnd = header[header.length - 1]?.end ?? -1;
  const stated = firstLabel(lines, 'location');
  // "Location: In person" names no place: the other readers still may.
  const labelled = stated === '' ? '' : cleanPlace(stated);
  for (const line of lines) {
    if (labelled !== '' && line.text.includes(stated)) return labelled;
    if (line.end > headerEnd || isBulletLine(line.text)) continue;
    // "Madrid, Madrid (España)", "Chicago, IL": a line that is only a place.
    const place = placeLine(line.text);
    if (place !== '') return place;
    const short = line.text.length <= 60 && wordCount(line.text) <= 8 && !/[.!?:]$/.test(line.text);
    const isTitle = title !== '' && line.text.includes(title);
    if (short && !isTitle && WORK_MODE_RE.test(line.text))
      // "Hybrid remote in Toronto, ON": the town when the line names one with its state or province.
      return townAndRegion(line.text) || clean(placeParts(line.text));
  }
  if (labelled !== '') return labelled;
  const text = announcingText(lines);
  return clean(prosePlace(text) || proseMetadata(text).place || townAndRegion(text));
}

/**
 * Reads title, company and location. `main` is the main posting's lines, `header` its first lines (before
 * the body), `page` every line of the paste (the company card of a job board sits after the posting),
 * `stated` what the page's HTML says of itself, when it was HTML.
 */
export function readHeaderFields(
  main: readonly PostingLine[],
  header: readonly PostingLine[],
  page: readonly PostingLine[],
  stated?: StructuredMetadata,
): HeaderFields {
  const fromText = metadataFromText(main, header, page);
  if (stated === undefined) return fromText;
  // The page's JobPosting data or front matter is its own statement; a heading only fills what the text
  // left empty.
  const own = stated.titleSource === 'json-ld' || stated.titleSource === 'front-matter';
  const title = own || fromText.title === '' ? stated.title : fromText.title;
  return {
    title: title || fromText.title,
    company: stated.company || fromText.company,
    location: stated.location || fromText.location,
  };
}

function metadataFromText(
  main: readonly PostingLine[],
  header: readonly PostingLine[],
  page: readonly PostingLine[],
): HeaderFields {
  const headerLines = header.slice(0, HEADER_LINES);
  let company = findCompany(main, headerLines, page);
  const title = findTitle(main, headerLines, company);
  const underTitle = company === '' ? companyUnderTitle(headerLines, title) : { company: '', place: '' };
  if (company === '') company = underTitle.company;
  let location = findLocation(main, headerLines, title) || underTitle.place;
  // "Fernhill Outdoor Co. – Portland, OR – Hybrid": the company is not part of the location.
  if (company !== '' && location.startsWith(company))
    location = location.slice(company.length).replace(/^\s*[–—|·,-]\s*/, '');
  return { title, company, location };
}

// "Acme Corp", "Acme Corp – Portland, OR", "Acme · Remote": a name, then maybe the place.
const LINE_PARTS_RE = /\s+[–—|·•-]\s+|\s{2,}/;
const PLACE_RE = /,\s*[A-Z]{2}\b|^(?:remote|hybrid|on-?site|full[\s-]time|part[\s-]time|contract)\b/i;
const COMPANY_MAX_WORDS = 6;

const NONE = { company: '', place: '' };

// The part after the name on that line is the place when it reads like one: "Bristol", "Leeds, UK".
function placeAfterName(part: string | undefined): string {
  const place = part?.trim() ?? '';
  if (place === '' || wordCount(place) > 5 || !/^\p{Lu}/u.test(place) || /\d/.test(place)) return '';
  if (NOT_PLACE_PART_RE.test(place) || ROLE_RE.test(place) || NOT_TITLE_RE.test(place)) return '';
  return clean(place);
}

/**
 * The company as job boards print it: on the line right under the title, before any place ("Harbour
 * Dental · Bristol"), with that place.
 */
function companyUnderTitle(
  header: readonly PostingLine[],
  title: string,
): { company: string; place: string } {
  if (title === '') return NONE;
  // Only under a title line of its own: under "Intitulé du poste  agent de service" is the next field.
  const at = header.findIndex((line) => line.text.includes(title) && labelledFields(line.text).length === 0);
  const next = header.slice(at + 1).find((line) => line.text !== '');
  if (at < 0 || next === undefined) return NONE;
  const [first, second] = next.text.split(LINE_PARTS_RE);
  const name = first?.trim() ?? '';
  if (
    name === '' ||
    name.length > 60 ||
    wordCount(name) > COMPANY_MAX_WORDS ||
    PLACE_RE.test(name) ||
    NOT_TITLE_RE.test(name) ||
    ROLE_RE.test(name) ||
    /[:;!?]$|\p{L}{5,}\.$/u.test(name) ||
    isBulletLine(name)
  )
    return NONE;
  return { company: clean(name), place: placeAfterName(second) };
}
