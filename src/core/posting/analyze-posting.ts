import { stripIgnorables } from '../keywords/matching-text';
import type { SkillMatch, SkillMatcher } from '../keywords/skill-types';
import { listPageCards } from './list-page';
import { relineLongLines } from './long-lines';
import { isAskedSection, levelMentions, levelSkills, type LeveledMention } from './mention-levels';
import { readPageTail } from './other-postings';
import { findOtherTerms } from './other-terms';
import { findPossibleSkills } from './possible-skills';
import { blankPageArtifacts, findMainPostingEnd, findMainPostingStart } from './page-noise';
import { readWorkConditions } from './work-conditions';
import { readHeaderFields } from './header-fields';
import type { StructuredMetadata } from './structured-metadata';
import { splitLines, wordCount, type PostingLine } from './posting-lines';
import { classifyHeading, splitSections, type PostingSection } from './posting-sections';
import type {
  Highlight,
  OtherPosting,
  PostingAnalysis,
  PostingSectionSpan,
  SkillHit,
  SkillLevel,
} from './posting-types';

/**
 * Reads a posting (the plain text from `pasteToText`): finds where the main posting ends on a pasted job
 * board page and which other postings follow, splits it into sections, reads title/company/location and
 * the stated facts (work mode, experience, salary), finds every skill mention in the main posting and
 * decides for each skill whether it is required, nice-to-have or a soft skill, and lists the tech-looking
 * terms the dictionary lacks. Every offset indexes into `text`. `stated` is what the pasted HTML said of
 * itself (pasteToText), which wins over what the text suggests.
 */
export function analyzePosting(
  text: string,
  matcher: SkillMatcher,
  stated?: StructuredMetadata,
): PostingAnalysis {
  // Same length as `text`, so every offset found in it is an offset into `text`.
  const page = relineLongLines(blankPageArtifacts(text));
  const lines = splitLines(page);
  const mainStart = findMainPostingStart(lines);
  const mainEnd = Math.max(
    mainStart,
    findMainPostingEnd(lines, (line) => classifyHeading(line) !== undefined),
  );
  const sections = splitSections(lines, mainEnd, mainStart);
  const navigation = lines[mainStart - 1];
  const leading: PostingSectionSpan[] =
    navigation === undefined ? [] : [{ kind: 'noise', heading: '', start: 0, end: navigation.end }];
  const cards = listPageCards(lines, sections);
  if (cards !== undefined) return listPageAnalysis(cards, [...leading, ...sectionSpans(lines, sections)]);
  const main = lines.slice(mainStart, mainEnd);
  const header = headerLines(main, sections);
  const metadata = readHeaderFields(main, header, lines, stated);
  const matches = skillMatches(page, main, matcher, companyLine(header, metadata));
  const mentions = levelMentions(page, lines, sections, matches, metadata.company, metadata.title);
  const tail = readPageTail(lines, mainEnd);
  const hasPosting = main.some((line) => line.text !== '');
  return {
    ...metadata,
    ...groupBySkill(text, mentions, levelSkills(mentions, titleLine(header, metadata.title))),
    other: otherAndPossible(
      text,
      askedRanges(lines, sections),
      matches,
      matcher,
      excludedWords(metadata, sections),
    ),
    sections: [...leading, ...sectionSpans(lines, sections), ...tail.noise],
    conditions: readWorkConditions(header, main),
    postings: hasPosting ? 1 + tail.otherPostings.length : tail.otherPostings.length,
    hasMainPosting: hasPosting,
    otherPostings: tail.otherPostings,
  };
}

/** A results page of equal job cards: the cards are named and no skill of any of them is read. */
function listPageAnalysis(cards: OtherPosting[], sections: PostingSectionSpan[]): PostingAnalysis {
  return {
    title: '',
    company: '',
    location: '',
    required: [],
    preferred: [],
    soft: [],
    highlights: [],
    other: [],
    sections,
    conditions: readWorkConditions([], []),
    postings: cards.length,
    hasMainPosting: false,
    otherPostings: cards,
  };
}

/**
 * Skill mentions of the main posting, sorted, offsets into the page. A line that only names the company
 * ("Tidewater Logistics") is skipped: its words are a name, not a skill asked for.
 */
function skillMatches(
  page: string,
  main: readonly PostingLine[],
  matcher: SkillMatcher,
  skip: PostingLine | undefined,
): SkillMatch[] {
  const first = main[0];
  const last = main[main.length - 1];
  if (first === undefined || last === undefined) return [];
  const offset = first.start;
  const found = matcher.find(page.slice(offset, last.end));
  const matches: SkillMatch[] = [];
  let field = false;
  let previousEnd = 0;
  for (const match of found) {
    const start = match.start + offset;
    const end = match.end + offset;
    field = isFieldOfStudy(page, previousEnd, start, field);
    previousEnd = end;
    if (skip !== undefined && start >= skip.start && end <= skip.end) continue;
    if (!field) matches.push({ ...match, start, end });
  }
  return matches;
}

// "Bachelor's degree in Civil Engineering", "Studium der Elektrotechnik", "máster en Estadística": a field
// of study names the degree, not a skill asked for (the labelling rules of tests/fixtures/eval agree). The
// fields may come after other capitalised fields that are no skill: "in Mechanical, Manufacturing or ...".
const DEGREE_IN_RE =
  /\b(?:degree|diploma|bachelor(?:'|’)?s?|master(?:'|’)?s?|B\.?S\.?c?|M\.?S\.?c?|B\.?A|M\.?A|B\.?Eng|M\.?Eng|Ph\.?D|majors?|majoring|graduate|studies|Studium|Abschluss|licence|diplôme|grado|máster|licenciatura|titulación)\.?(?:\s+(?:degree|of science|of arts|or master(?:'|’)?s|o máster))?\s+(?:in|of|der|des|en|de|im Bereich)\s+(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?\s*(?:,|\/|&|or|and|oder|und|ou|et|o|y)\s+)*$/iu;
// What may sit between two fields of one degree: "Mathematics, Statistics or a related field".
const FIELD_LIST_GAP_RE = /^\s*(?:,|\/|or|and|oder|und|ou|et|o|y|&)?\s*$/iu;
const LINE_GAP_MAX = 120;

/** Whether the match starting at `start` is a field of study, given the text since the previous match. */
function isFieldOfStudy(
  page: string,
  previousEnd: number,
  start: number,
  previousWasField: boolean,
): boolean {
  const gap = page.slice(Math.max(previousEnd, start - LINE_GAP_MAX), start);
  if (gap.includes('\n')) return DEGREE_IN_RE.test(gap.slice(gap.lastIndexOf('\n') + 1));
  return DEGREE_IN_RE.test(gap) || (previousWasField && FIELD_LIST_GAP_RE.test(gap));
}

/** The header line that holds the title. */
function titleLine(header: readonly PostingLine[], title: string): PostingLine | undefined {
  return title === '' ? undefined : header.find((line) => line.text.includes(title));
}

/** The header line that holds the company name and not the title, if any. */
function companyLine(
  header: readonly PostingLine[],
  metadata: { title: string; company: string },
): PostingLine | undefined {
  if (metadata.company === '') return undefined;
  const company = metadata.company.toLowerCase();
  return header.find((line) => {
    const text = line.text.toLowerCase();
    return (
      text.startsWith(company) && (metadata.title === '' || !text.includes(metadata.title.toLowerCase()))
    );
  });
}

// The header ends at the first heading or the first line of prose.
const PROSE_MIN_WORDS = 12;

function headerLines(main: readonly PostingLine[], sections: readonly PostingSection[]): PostingLine[] {
  const first = sections[0];
  const count = first?.kind === 'header' ? first.endLine - first.firstLine : 0;
  const prose = main.findIndex(
    (line, i) => i < count && wordCount(line.text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS,
  );
  return main.slice(0, prose < 0 ? count : prose);
}

function sectionSpans(
  lines: readonly PostingLine[],
  sections: readonly PostingSection[],
): PostingSectionSpan[] {
  const spans: PostingSectionSpan[] = [];
  for (const section of sections) {
    let lastLine = section.endLine - 1;
    while (lastLine > section.firstLine && lines[lastLine]?.text === '') lastLine--;
    const first = lines[section.firstLine];
    const last = lines[lastLine];
    if (first === undefined || last === undefined) continue;
    // The header (title, company, a job board's tags) is not one of the kinds a posting names.
    const kind = section.kind === 'header' ? 'other' : section.kind;
    spans.push({ kind, heading: section.heading, start: first.start, end: last.end });
  }
  return spans;
}

// Other terms are read where the posting asks something of the candidate, not in the company's story.

function askedRanges(
  lines: readonly PostingLine[],
  sections: readonly PostingSection[],
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const section of sections) {
    if (!isAskedSection(section.kind)) continue;
    const first = lines[section.kind === 'header' ? section.firstLine : section.firstLine + 1];
    const last = lines[section.endLine - 1];
    if (first !== undefined && last !== undefined && last.end > first.start)
      ranges.push({ start: first.start, end: last.end });
  }
  return ranges;
}

/**
 * Terms the dictionary lacks: tech-looking words, then phrases the posting asks for ("experience with
 * pressure ulcer prevention"), each once. Both are offered to the user and never scored.
 */
function otherAndPossible(
  text: string,
  ranges: { start: number; end: number }[],
  matches: SkillMatch[],
  matcher: SkillMatcher,
  exclude: ReadonlySet<string>,
): PostingAnalysis['other'] {
  const isSkill = (term: string) => matcher.skillOf(term) !== undefined;
  const other = findOtherTerms({ text, ranges, matches, isSkill, exclude });
  const seen = new Set(other.map((term) => term.term.toLowerCase()));
  const possible = findPossibleSkills({ text, ranges, matches, isSkill }).filter(
    (term) => !seen.has(term.term.toLowerCase()) && !exclude.has(term.term.toLowerCase()),
  );
  return [...other, ...possible];
}

function excludedWords(
  metadata: { title: string; company: string; location: string },
  sections: readonly PostingSection[],
): Set<string> {
  const words = [metadata.title, metadata.company, metadata.location];
  for (const section of sections) if (section.kind !== 'header') words.push(section.heading);
  return new Set(
    words
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*/gu) ?? [],
  );
}

type Grouped = Pick<PostingAnalysis, 'required' | 'preferred' | 'soft' | 'highlights'>;

/** One entry per skill in order of first mention, under the level `levels` gives it (mention-levels). */
function groupBySkill(
  text: string,
  mentions: readonly LeveledMention[],
  levels: ReadonlyMap<string, SkillLevel>,
): Grouped {
  const hits = new Map<string, SkillHit>();
  for (const { match } of mentions) {
    const surface = stripIgnorables(text.slice(match.start, match.end));
    const hit = hits.get(match.skill);
    if (hit === undefined)
      hits.set(match.skill, { skill: match.skill, category: match.category, matches: [surface] });
    else if (!hit.matches.includes(surface)) hit.matches.push(surface);
  }
  // levelSkills gives a level to every skill of `mentions`; the fallback only satisfies the type.
  const levelOf = (skill: string): SkillLevel => levels.get(skill) ?? 'required';
  const highlights: Highlight[] = mentions.map(({ match }) => ({
    start: match.start,
    end: match.end,
    skill: match.skill,
    level: levelOf(match.skill),
  }));
  const all = [...hits.values()];
  const at = (level: SkillLevel): SkillHit[] => all.filter((hit) => levelOf(hit.skill) === level);
  return { required: at('required'), preferred: at('preferred'), soft: at('soft'), highlights };
}
