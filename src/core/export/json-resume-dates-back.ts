/**
 * The inverse of formatResumeDate: "Mar 2021" -> "2021-03", "2019" -> "2019". Dates written any other
 * way are kept as written, which the import also keeps as written, so a date always reads back the same.
 * "Present" (and an empty end) is an absent `endDate`, JSON Resume's way to say "current".
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const SHOWN = /^([A-Z][a-z]{2}) (\d{4})$/;

export function isoResumeDate(shown: string): string {
  const text = shown.trim();
  const match = SHOWN.exec(text);
  if (match === null) return text;
  const month = MONTHS.indexOf(match[1] as (typeof MONTHS)[number]);
  return month < 0 ? text : `${match[2]}-${String(month + 1).padStart(2, '0')}`;
}

/** An end date for JSON Resume: undefined for "Present" after a start (the import writes it back). */
export function isoEndDate(start: string, end: string): string | undefined {
  const text = end.trim();
  if (text === '' || (text === 'Present' && start.trim() !== '')) return undefined;
  return isoResumeDate(text);
}
