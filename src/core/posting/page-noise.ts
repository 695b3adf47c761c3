import { wordCount, type PostingLine } from './posting-lines';

/*
 * A posting copied from a job board arrives with the rest of the page: testimonials, the company card,
 * "Similar jobs" with whole other postings. Their skills must not count, so the main posting ends at the
 * first line that is one of these page markers.
 */
const PAGE_END_RE = new RegExp(
  '^(?:' +
    [
      'read more',
      'show more',
      'see more',
      'users love .{1,40}',
      'similar jobs',
      'similar job postings',
      'similar roles',
      '(?:more )?jobs like this',
      'related jobs',
      'recommended jobs',
      'recommended for you',
      'jobs you (?:may|might) (?:also )?(?:like|be interested in)',
      'people also (?:viewed|applied|searched)(?:\\s*:.*)?',
      'other jobs(?: at .{1,60})?',
      'more jobs (?:at|from) .{1,60}',
      'companies hiring(?: on .{1,40})?',
      'what our users (?:say|have to say)',
      'testimonials',
      'report (?:this )?job',
      'hiring insights',
      'explore more jobs',
    ].join('|') +
    ')[.!:]?$',
  'i',
);

// What a job board prints above the posting: navigation, search boxes, sign-in links.
const NAV_LINE_RE =
  /^(?:skip to (?:main )?content|sign in|log ?in|sign up|join now|register|home|menu|jobs|find jobs|browse jobs|post a job|for employers|employers|notifications|messaging|my network|back to (?:search|jobs|results)(?: .*)?|search\b.*|.*\bsign in$|(?:\S+(?: \S+)?\s{2,}){3,}\S.*)$/i;
// Navigation is at the very top: a line further down that looks like it is part of the posting.
const NAV_SEARCH_LINES = 12;
// A navigation bar is a handful of links (the longest in the labelled postings is 61 characters). The
// length check comes first because NAV_LINE_RE's backtracking stack grows with the line: on one line of
// 6M characters V8 throws "Maximum call stack size exceeded".
const NAV_LINE_MAX_CHARS = 200;

/** Index of the first line of the posting, after the job board's navigation (0 when there is none). */
export function findMainPostingStart(lines: readonly PostingLine[]): number {
  let start = 0;
  for (let i = 0; i < Math.min(lines.length, NAV_SEARCH_LINES); i++) {
    const text = lines[i]?.text ?? '';
    if (
      text !== '' &&
      text.length <= NAV_LINE_MAX_CHARS &&
      NAV_LINE_RE.test(text) &&
      /\b(?:jobs?|sign in|search|log ?in|content|home|menu)\b/i.test(text)
    )
      start = i + 1;
  }
  return start;
}

/** True for a line that a job board prints between postings or around them ("Read more", "Similar jobs"). */
export function isPageMarker(line: string): boolean {
  return PAGE_END_RE.test(line);
}

// Markers after which a job board lists other postings, each of which may be followed by "Read more".
const LISTING_RE =
  /^(?:similar (?:jobs|job postings|roles)|(?:more )?jobs like this|related jobs|recommended jobs|recommended for you|jobs you (?:may|might) (?:also )?(?:like|be interested in)|people also (?:viewed|applied|searched)|other jobs(?: at .{1,60})?|more jobs (?:at|from) .{1,60}|explore more jobs)[.!:]?$/i;

/** True for a marker that opens a list of other postings. */
export function isListingMarker(line: string): boolean {
  return LISTING_RE.test(line);
}

// A marker only ends the posting once the posting has begun: a board may put "Show more" under a teaser.
const BODY_MIN_WORDS = 10;

/** Index of the first line after the main posting (lines.length when the whole text is the posting). */
export function findMainPostingEnd(
  lines: readonly PostingLine[],
  isHeading: (line: string) => boolean,
): number {
  let bodyStarted = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    if (bodyStarted && PAGE_END_RE.test(text)) return i;
    if (wordCount(text, BODY_MIN_WORDS) >= BODY_MIN_WORDS || isHeading(text)) bodyStarted = true;
  }
  return lines.length;
}

// Cutshort prints "skill icon" glued to each tag ("skill iconAmazon Web Services (AWS)").
const ARTIFACT_RE = /skill icon(?=\S)/gi;

// A web address names files and paths, not skills: "…/nurse.html" in a printed page's footer is no HTML.
// Anchored on the scheme or "www."; the run after it never backtracks (any length matches), so the scan
// stays linear. It is unbounded on purpose: a bound leaves the tail of a long address to be read as words.
const URL_RE = /\b(?:https?|file|ftp):\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/gi;

/**
 * The text with job-board artefacts and web addresses blanked out by spaces of the same length, so
 * offsets stay valid.
 */
export function blankPageArtifacts(text: string): string {
  const blank = (artifact: string) => ' '.repeat(artifact.length);
  return text.replace(ARTIFACT_RE, blank).replace(URL_RE, blank);
}
