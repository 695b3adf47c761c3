/*
 * How postings write a place: "Chicago, IL", "Huntsville, Alabama", "Madrid, Madrid (España)",
 * "Lyon (7e arrondissement)". The closed lists here (US states, Canadian provinces, country names in the
 * engine's languages) let a reader tell "Chicago, IL" from "Excel, SQL" without a gazetteer of towns.
 */

const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};
const CA_PROVINCES: Record<string, string> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
};
// Countries as postings write them after a town, in English, French, German and Spanish.
const COUNTRIES = [
  'UK',
  'United Kingdom',
  'England',
  'Scotland',
  'Wales',
  'Ireland',
  'USA',
  'US',
  'United States',
  'Canada',
  'Australia',
  'New Zealand',
  'India',
  'Singapore',
  'Israel',
  'France',
  'Belgique',
  'Belgium',
  'Suisse',
  'Schweiz',
  'Switzerland',
  'Deutschland',
  'Germany',
  'Allemagne',
  'Österreich',
  'Austria',
  'España',
  'Spain',
  'Espagne',
  'Spanien',
  'México',
  'Mexico',
  'Argentina',
  'Chile',
  'Colombia',
  'Perú',
  'Italia',
  'Italy',
  'Portugal',
  'Nederland',
  'Netherlands',
  'Luxembourg',
];

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (names: readonly string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const REGIONS = [
  ...Object.keys(US_STATES),
  ...Object.values(US_STATES),
  ...Object.keys(CA_PROVINCES),
  ...Object.values(CA_PROVINCES),
];
/** A US state or Canadian province, as its code or its name (for "<City>, <region>"). */
export const REGION_SOURCE = `(?:${alternation(REGIONS)})`;
const COUNTRY_SOURCE = `(?:${alternation(COUNTRIES)})`;

// A town: capitalised words, with the small words that join the parts of French and English names
// ("Mortagne au Perche", "Castelnau d'Estretefonds", "Newcastle upon Tyne"). Not case-insensitive:
// with "i", \p{Lu} would match every letter.
export const TOWN_SOURCE = String.raw`\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:(?:de|du|des|la|le|les|sur|en|au|aux|lès|upon|on|am|an|der|del|de\s+la)[\s-]+|d['’])?\p{Lu}[\p{L}'’-]*){0,4}`;

// "Chicago, IL 60618", "Huntsville, Alabama": a town and its state or province, anywhere in a sentence.
const TOWN_REGION_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<town>${TOWN_SOURCE}),\s+(?<region>${REGION_SOURCE})(?![\p{L}])`,
  'gu',
);
// An employer's head office is not where the job is: "headquartered in Westerville, Ohio".
const HEAD_OFFICE_RE = /\b(?:headquartered|head\s*office|headquarters|HQ)\b[^.\n]{0,40}$/iu;

/** The first "<Town>, <State>" of `text` that is not a head office, or "". */
export function townAndRegion(text: string): string {
  TOWN_REGION_RE.lastIndex = 0;
  for (let match = TOWN_REGION_RE.exec(text); match !== null; match = TOWN_REGION_RE.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    if (!HEAD_OFFICE_RE.test(before)) return match[0].replace(/\s+/gu, ' ');
  }
  return '';
}

// A line that is only a place: "Madrid, Madrid (España)", "Alcorcón, Madrid (Spain)", "Leeds, UK",
// "Portland, OR 97201", and France Travail's "44 - NANTES" or "NANTES (44)" (the département's number).
// A lone word is not enough: "Harbour Dental" reads the same.
const POSTCODE_SOURCE = String.raw`(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)`;
const PLACE_LINE_RE = new RegExp(
  String.raw`^(?<place>${TOWN_SOURCE}(?:,\s+${TOWN_SOURCE})?)(?:(?<region>,\s+${REGION_SOURCE})(?:\s+${POSTCODE_SOURCE})?|,?\s+\(${COUNTRY_SOURCE}\)|(?<country>,\s+${COUNTRY_SOURCE}))$`,
  'u',
);
const DEPARTMENT_LINE_RE = new RegExp(
  String.raw`^(?:\d{2,3}|2[AB])\s*[-–]\s*(?<town>${TOWN_SOURCE})$|^(?<before>${TOWN_SOURCE})\s*\((?:\d{2,3}|2[AB])\)$`,
  'u',
);

/** The place a line names when the line is nothing but a place, or "". */
export function placeLine(line: string): string {
  const department = DEPARTMENT_LINE_RE.exec(line)?.groups;
  if (department !== undefined) return department['town'] ?? department['before'] ?? '';
  const match = PLACE_LINE_RE.exec(line)?.groups;
  if (match === undefined) return '';
  const place = match['place'] ?? '';
  return cleanPlace(place + (match['region'] ?? match['country'] ?? ''));
}

const TRAILING_SEPARATORS = new Set([' ', '/', '|', '·', '•', ',', ';', ':', '–', '—', '-']);

/**
 * A place as the job list shows it: without the district or note in brackets ("Madrid (Ríos Rosas)"),
 * a separator left by the next field ("Lyon /"), or the province repeated as the town ("Madrid, Madrid").
 */
// "In person in San Diego, CA", "On-site at Leeds": how the job is worked, then the place. Alone, the
// work mode names no place ("In person", "Virtual workplace"); "Remote" is kept: it is where the job is.
const WORK_MODE_PREFIX_RE =
  /^(?:in[\s-]person|on[\s-]?site|hybrid|remote|based)(?:\s*[,:–-]\s*|\s+)(?:in|at|from)\s+(?=\p{Lu})/iu;
const WORK_MODE_ONLY_RE =
  /^(?:in[\s-]person|on[\s-]?site|onsite|in[\s-]office|virtual(?:\s+workplace)?|various)$/iu;

export function cleanPlace(value: string): string {
  const stated = value.trim().replace(WORK_MODE_PREFIX_RE, '');
  if (WORK_MODE_ONLY_RE.test(stated)) return '';
  return cleanedPlace(stated);
}

function cleanedPlace(value: string): string {
  // No "\s*" before the bracket nor "[…]+$" at the end: over a long run of spaces either would rescan the
  // run from each of its positions (linear-work.test.ts). The trailing separators are cut by a loop.
  let place = value
    .replace(/\([^()]{0,60}\)/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  let end = place.length;
  while (end > 0 && TRAILING_SEPARATORS.has(place.charAt(end - 1))) end--;
  place = place.slice(0, end).trim();
  const [town, region, ...rest] = place.split(/\s*,\s*/u);
  if (rest.length === 0 && town !== undefined && region !== undefined && town === region) return town;
  return place === '' ? value.trim() : place;
}
