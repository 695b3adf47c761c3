import { wordCount, type PostingLine } from './posting-lines';
import { classifyHeading, type PostingSection } from './posting-sections';
import type { OtherPosting } from './posting-types';

/*
 * A job board's results page pasted whole: several job cards of equal standing, each with the same
 * headings ("Job description:", "Requirements:"), and no single posting that is the one the user meant.
 * Reading the first card as "the" posting, or all of them as one, fills the job with skills of jobs the
 * user is not applying for. Such a page is reported as a list: its cards are named, no skill is read.
 *
 * The sign is a card's headings repeated: at least two headings each opening the same number (two or
 * more) of sections of about the same size. One posting names its duties and requirements once. A posting that names them once per language uses two different headings; a page
 * that shows a posting's summary box above its full text repeats a heading over sections of very
 * different sizes; a settings-style key ("list-items:") is markup, not a heading. None of them is a list.
 */

const MIN_CARDS = 2;
const MIN_HEADINGS_PER_CARD = 2;
// Cards of one results page are of a size: the biggest section at most this many times the smallest.
const MAX_SIZE_RATIO = 3;
// A job card's section says something; a one-line fact under a repeated label ("Experiencia mínima" /
// "Al menos 2 años", in the summary box and again in the requirements) is no card.
const CARD_SECTION_MIN_WORDS = 10;
// "list_items", "job-type": a key of front matter or a template, not a heading a person wrote.
const MARKUP_KEY_RE = /^[a-z\d]+(?:[_-][a-z\d]+)+$/u;
// How far above its first heading a card's title may stand, and how long a title line may be.
const TITLE_SEARCH_LINES = 6;
const FACT_LINE_RE = /^[^:：]{1,24}[:：]\s*\S/u;
const TITLE_MAX_WORDS = 12;

const headingKey = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[\s:：*#_=-]+$/u, '')
    .replace(/^[\s*#_=-]+/u, '')
    .replace(/\s+/gu, ' ');

/** The cards of a list page, in order, or undefined when the page is one posting (with or without a tail). */
export function listPageCards(
  lines: readonly PostingLine[],
  sections: readonly PostingSection[],
): OtherPosting[] | undefined {
  const byHeading = new Map<string, PostingSection[]>();
  for (const section of sections) {
    if (section.kind === 'header') continue;
    const key = headingKey(section.heading);
    if (key === '' || MARKUP_KEY_RE.test(key)) continue;
    const list = byHeading.get(key) ?? [];
    list.push(section);
    byHeading.set(key, list);
  }
  const repeats = [...byHeading.values()].filter(
    (list) => list.length >= MIN_CARDS && ofOneSize(lines, list),
  );
  // Each card repeats its headings: two of them, each as often as the other.
  const cardCount = repeats[0]?.length ?? 0;
  if (repeats.length < MIN_HEADINGS_PER_CARD || repeats.some((list) => list.length !== cardCount))
    return undefined;
  // The heading each card opens with: the first one of the page among those that repeat.
  const opening = repeats.reduce((first, list) =>
    (list[0]?.firstLine ?? 0) < (first[0]?.firstLine ?? 0) ? list : first,
  );
  return opening.map((section) => cardOf(lines, section.firstLine));
}

/** True when every section says something and their words are within MAX_SIZE_RATIO of each other. */
function ofOneSize(lines: readonly PostingLine[], sections: readonly PostingSection[]): boolean {
  const sizes = sections.map((section) => {
    let words = 0;
    for (let i = section.firstLine + 1; i < section.endLine; i++) words += wordCount(lines[i]?.text ?? '');
    return words;
  });
  const smallest = Math.min(...sizes);
  return smallest >= CARD_SECTION_MIN_WORDS && Math.max(...sizes) <= MAX_SIZE_RATIO * smallest;
}

/** The card whose first heading is at `headingLine`: it starts at its title, the short line above. */
function cardOf(lines: readonly PostingLine[], headingLine: number): OtherPosting {
  let title: OtherPosting | undefined;
  for (let i = headingLine - 1; i >= Math.max(0, headingLine - TITLE_SEARCH_LINES); i--) {
    const line = lines[i];
    if (line === undefined || line.text === '') continue;
    if (classifyHeading(line.text) !== undefined) break;
    if (wordCount(line.text, TITLE_MAX_WORDS + 1) > TITLE_MAX_WORDS) break;
    // "Location: Tel Aviv", "Salary: …": a card's fact line, under its title.
    if (FACT_LINE_RE.test(line.text)) continue;
    title = { title: line.text, start: line.start };
    break;
  }
  return title ?? { title: '', start: lines[headingLine]?.start ?? 0 };
}
