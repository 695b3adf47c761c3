/**
 * JSON Resume writes dates as ISO 8601 prefixes ("2019", "2019-04", "2019-04-15"); the résumé shows
 * them the way people write them on paper. Months are English abbreviations because the PDF's other
 * fixed words are English; days are dropped because résumés do not show them. Anything else is kept
 * as written (trimmed), since the stored dates are free text.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function formatResumeDate(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  const match = ISO_DATE.exec(text);
  if (match === null) return text;
  const [, year, month] = match;
  if (month === undefined) return year ?? text;
  const name = MONTHS[Number(month) - 1];
  return name === undefined ? text : `${name} ${year}`;
}

/** JSON Resume leaves `endDate` out for the current job; the résumé says so. */
export function formatDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
): { startDate: string; endDate: string } {
  const startDate = formatResumeDate(start);
  const endDate = formatResumeDate(end);
  return { startDate, endDate: endDate === '' && startDate !== '' ? 'Present' : endDate };
}
