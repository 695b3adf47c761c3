/**
 * Dates as résumés write them, in English, French, German and Spanish: "Mar 2021", "March 2021",
 * "03/2021", "2021-03", "2021", "sept. 2018", "März 2019", "enero 2020", and ranges of two of them
 * ("2018 – 2020", "Jan 2020 to Present", "03.2019 - heute", "depuis 2019"). The words for "now" are
 * kept as written: the stored dates are free text.
 *
 * Patterns are alternations of fixed words and bounded digit runs, with no nested repetition, so a
 * scan takes time linear in the line.
 */
const MONTHS = [
  // English
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // French
  'janvier',
  'février',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'decembre',
  'janv',
  'févr',
  'fevr',
  'avr',
  'juil',
  'déc',
  // German
  'januar',
  'jänner',
  'februar',
  'märz',
  'maerz',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'mär',
  'okt',
  'dez',
  // Spanish
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'ene',
  'abr',
  'ago',
  'dic',
];
const NOW = [
  'present',
  'current',
  'now',
  'today',
  'ongoing',
  'heute',
  'bis heute',
  'aktuell',
  'jetzt',
  'laufend',
  'actuel',
  'actuellement',
  'présent',
  "aujourd'hui",
  'aujourd’hui',
  'en cours',
  'presente',
  'actualidad',
  'actual',
  'hoy',
  'la fecha',
];
const SINCE = ['since', 'seit', 'depuis', 'desde'];
const TO = ['-', '–', '—', 'to', 'until', 'bis', 'à', 'au', 'a', 'hasta', '~'];

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const YEAR = '(?:19|20)\\d{2}';
const MONTH = `(?:${alternation(MONTHS)})\\.?`;
const TOKEN = `(?:${MONTH}\\s{1,3}${YEAR}|\\d{1,2}[/.]${YEAR}|${YEAR}[-/.]\\d{1,2}(?!\\d)|${YEAR})`;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\d])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\d])';
const RANGE = new RegExp(
  `${NOT_LETTER_BEFORE}(${TOKEN})\\s{0,3}(?:${alternation(TO)})\\s{0,3}(${TOKEN}|${alternation(NOW)})${NOT_LETTER_AFTER}`,
  'iu',
);
const SINCE_DATE = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${alternation(SINCE)})\\s{1,3}(${TOKEN})${NOT_LETTER_AFTER}`,
  'iu',
);
// A year glued to a colon is a standard's edition, not a date: "BS 7671:2018", "ISO 9001:2015".
const SINGLE = new RegExp(`(?<![\\p{L}\\d:])(${TOKEN})${NOT_LETTER_AFTER}`, 'iu');

export interface FoundDates {
  startDate: string;
  endDate: string;
  /** Where the dates are in the line, so the rest of the line can be read as other fields. */
  index: number;
  length: number;
  /** A range (two dates, or a date and "now"), not one date alone. */
  range: boolean;
}

/** The first date range in a line, else a "since" date, else (when `single`) one date alone. */
export function findDates(line: string, single = false): FoundDates | undefined {
  const range = RANGE.exec(line);
  if (range !== null) {
    return {
      startDate: range[1] ?? '',
      endDate: range[2] ?? '',
      index: range.index,
      length: range[0].length,
      range: true,
    };
  }
  const since = SINCE_DATE.exec(line);
  if (since !== null) {
    return { startDate: since[0], endDate: '', index: since.index, length: since[0].length, range: true };
  }
  if (!single) return undefined;
  const one = SINGLE.exec(line);
  if (one === null) return undefined;
  return { startDate: one[1] ?? '', endDate: '', index: one.index, length: one[0].length, range: false };
}
