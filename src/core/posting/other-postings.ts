import { isListingMarker, isPageMarker } from './page-noise';
import { wordCount, type PostingLine } from './posting-lines';
import { labelledTitle } from './header-fields';
import { classifyHeading } from './posting-sections';
import type { OtherPosting, PostingSectionSpan } from './posting-types';

/*
 * The part of a paste after the main posting: a job board's company card, testimonials and "Similar jobs",
 * where each listed job is a card or a whole posting ending in "Read more". The engine reads none of it
 * for skills, but tells the user how many other postings it saw and what they are.
 */

export interface PageTail {
  otherPostings: OtherPosting[];
  /** One 'noise' span per block of the tail, headed by the marker line that opened it. */
  noise: PostingSectionSpan[];
}

// What a job card prints and page furniture never does: "2 - 4 yrs", "₹5L - ₹10L / yr", "Posted by ...".
const CARD_FACT_RE =
  /^(?:\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s*(?:yrs?|years)|\d{1,2}\+?\s*(?:yrs?|years)|[₹$€£]\s?\d.*|posted by\b.*|(?:at|via)\s+\S.*|remote only|(?:full|part)[\s-]time|\d+\s+(?:days?|hours?|weeks?)\s+ago)$/i;
const JOB_HEADING_KINDS = new Set(['requirements', 'responsibilities', 'preferred']);
// A whole posting has this much text; a card with a fact or two needs much less.
const POSTING_MIN_WORDS = 40;
const CARD_MIN_WORDS = 6;
const TITLE_SEARCH_LINES = 40;
const SHORT_LINE_CHARS = 64;
// A role noun as titles write it; the capitalised words before it complete the title ("Senior DevOps Engineer").
const ROLE_NOUN_RE =
  /\b(?:Engineer|Developer|Manager|Architect|Analyst|Designer|Scientist|Specialist|Consultant|Administrator|Director|Officer|Coordinator|Nurse|Accountant|Technician|Writer|Recruiter|Representative|Executive|Tester|Strategist|Advisor|Pharmacist|Therapist|Teacher|Researcher|Auditor|Planner|Supervisor|Intern|SRE)\b/;
const TITLE_WORD_RE = /^(?!(?:A|An|The|As|Our|We|Join|Hiring)$)[\p{Lu}][\p{L}\d+#/&.-]*$/u;
const TITLE_MAX_WORDS_BEFORE = 4;

/** "Senior DevOps Engineer" out of "As a Senior DevOps Engineer at Certa, ...", or undefined. */
function rolePhrase(text: string): string | undefined {
  const noun = ROLE_NOUN_RE.exec(text);
  if (noun === null) return undefined;
  const before = text.slice(0, noun.index).trimEnd().split(/\s+/);
  let words = 0;
  while (words < TITLE_MAX_WORDS_BEFORE && TITLE_WORD_RE.test(before[before.length - 1 - words] ?? ''))
    words++;
  return [...before.slice(before.length - words), noun[0]].join(' ');
}

interface Block {
  first: number;
  end: number;
  listed: boolean;
}

function isPosting(lines: readonly PostingLine[], block: Block): boolean {
  let facts = 0;
  let jobHeadings = 0;
  let words = 0;
  for (let i = block.first; i < block.end; i++) {
    const text = lines[i]?.text ?? '';
    if (text === '') continue;
    if (words < POSTING_MIN_WORDS) words += wordCount(text, POSTING_MIN_WORDS);
    // Facts and headings are short lines; a paragraph is neither, and skipping it keeps this cheap.
    if (text.length > SHORT_LINE_CHARS) continue;
    if (CARD_FACT_RE.test(text)) facts++;
    else if (jobHeadings === 0 && JOB_HEADING_KINDS.has(classifyHeading(text) ?? 'other')) jobHeadings++;
  }
  if (block.listed)
    return (facts > 0 && words >= CARD_MIN_WORDS) || (jobHeadings > 0 && words >= POSTING_MIN_WORDS);
  // Outside a "Similar jobs" list only a posting with both a job card and job headings counts.
  return facts > 0 && jobHeadings > 0 && words >= POSTING_MIN_WORDS;
}

function postingTitle(lines: readonly PostingLine[], block: Block): string {
  const search = lines.slice(block.first, Math.min(block.end, block.first + TITLE_SEARCH_LINES));
  const labelled = labelledTitle(search);
  if (labelled !== '') return labelled;
  for (const line of search) {
    const phrase = rolePhrase(line.text);
    if (phrase !== undefined) return phrase;
  }
  return search.find((line) => line.text !== '' && !isPageMarker(line.text))?.text ?? '';
}

// A list of cards has at least two; one title-like line in a block is more likely a heading of a posting.
const MIN_CARDS = 2;
const CARD_TITLE_MAX_WORDS = 8;

/**
 * Job cards of a list that has no "Read more" between them: each starts after a blank line with a short
 * line naming a role ("Senior DevOps Engineer") and no sentence punctuation.
 */
function jobCards(lines: readonly PostingLine[], block: Block): OtherPosting[] {
  const cards: OtherPosting[] = [];
  for (let i = block.first + 1; i < block.end; i++) {
    const line = lines[i];
    if (line === undefined || line.text === '' || lines[i - 1]?.text !== '') continue;
    const { text } = line;
    if (
      text.length <= 80 &&
      wordCount(text, CARD_TITLE_MAX_WORDS) <= CARD_TITLE_MAX_WORDS &&
      !/[.,:;!?]/.test(text) &&
      !isPageMarker(text) &&
      classifyHeading(text) === undefined &&
      ROLE_NOUN_RE.test(text)
    )
      cards.push({ title: text, start: line.start });
  }
  return cards;
}

/** Splits lines [mainEnd, end) at page markers and tells the other postings from the page furniture. */
export function readPageTail(lines: readonly PostingLine[], mainEnd: number): PageTail {
  const blocks: Block[] = [];
  let listed = false;
  for (let i = mainEnd; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const marker = i === mainEnd || isPageMarker(text);
    if (!marker) continue;
    if (isListingMarker(text)) listed = true;
    const previous = blocks[blocks.length - 1];
    if (previous !== undefined) previous.end = i;
    blocks.push({ first: i, end: lines.length, listed });
  }
  const tail: PageTail = { otherPostings: [], noise: [] };
  for (const block of blocks) {
    const firstLine = lines[block.first];
    const lastLine = lines[block.end - 1];
    if (firstLine === undefined || lastLine === undefined) continue;
    tail.noise.push({ kind: 'noise', heading: firstLine.text, start: firstLine.start, end: lastLine.end });
    const cards = isListingMarker(firstLine.text) ? jobCards(lines, block) : [];
    if (cards.length >= MIN_CARDS) {
      tail.otherPostings.push(...cards);
      continue;
    }
    if (!isPosting(lines, block)) continue;
    let first = block.first;
    while (first < block.end && (lines[first]?.text === '' || isPageMarker(lines[first]?.text ?? '')))
      first++;
    const start = lines[first]?.start;
    if (start !== undefined) tail.otherPostings.push({ title: postingTitle(lines, block), start });
  }
  return tail;
}
