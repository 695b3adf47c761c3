import type { EntryFields } from '../resume/resume';

const ONGOING = /\b(present|current|now|today|ongoing)\b|aujourd|heute|actual/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A sortable number for "how recent" an entry is, from the dates as the user typed them ("Mar 2021",
 * "2019-04", "Present"): its end, or its start when it has no end. Higher is more recent; an ongoing
 * entry is the most recent; an entry without a readable year gets -Infinity (callers then fall back to
 * the résumé's own order, which lists the newest first by convention).
 */
export function entryRecency(entry: Pick<EntryFields, 'startDate' | 'endDate'>): number {
  const end = entry.endDate.trim();
  if (end !== '' && ONGOING.test(end)) return Number.POSITIVE_INFINITY;
  const fromEnd = dateValue(end);
  if (fromEnd !== null) return fromEnd;
  if (end === '' && ONGOING.test(entry.startDate)) return Number.POSITIVE_INFINITY;
  return dateValue(entry.startDate) ?? Number.NEGATIVE_INFINITY;
}

/** year * 12 + month (0-11, 11 when only the year is known, so "2021" sorts after "Mar 2021"). */
function dateValue(text: string): number | null {
  const year = /\b(19|20)\d{2}\b/.exec(text);
  if (year === null) return null;
  const numeric = /\b(19|20)\d{2}[-/.](\d{1,2})\b/.exec(text) ?? /\b(\d{1,2})[-/.](19|20)\d{2}\b/.exec(text);
  let month = 11;
  if (numeric !== null) {
    const value = Number(numeric[0].match(/\d+/g)?.find((part) => part.length <= 2));
    if (value >= 1 && value <= 12) month = value - 1;
  } else {
    const named = MONTHS.findIndex((name) => new RegExp(`\\b${name}`, 'i').test(text));
    if (named >= 0) month = named;
  }
  return Number(year[0]) * 12 + month;
}
