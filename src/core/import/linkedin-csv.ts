import Papa from 'papaparse';

/**
 * The CSV files of a LinkedIn data export ("Get a copy of your data") that hold résumé content, by
 * their names in the archive. The rest (connections, messages, ads...) is never read.
 */
export const LINKEDIN_FILES = [
  'Profile.csv',
  'Positions.csv',
  'Education.csv',
  'Skills.csv',
  'Email Addresses.csv',
  'PhoneNumbers.csv',
  'Certifications.csv',
  'Languages.csv',
  'Projects.csv',
] as const;
export type LinkedInFile = (typeof LINKEDIN_FILES)[number];

/** The CSV texts found in an archive, by file. */
export type LinkedInFiles = Partial<Record<LinkedInFile, string>>;

// The column each file's header row has for sure, to find that row below any preamble.
const KEY_COLUMN: Record<LinkedInFile, string> = {
  'Profile.csv': 'first name',
  'Positions.csv': 'company name',
  'Education.csv': 'school name',
  'Skills.csv': 'name',
  'Email Addresses.csv': 'email address',
  'PhoneNumbers.csv': 'number',
  'Certifications.csv': 'name',
  'Languages.csv': 'name',
  'Projects.csv': 'title',
};

const fold = (name: string) => name.trim().toLowerCase();

/** The export's name for a path in the archive ("Basic_LinkedInDataExport/positions.csv" too). */
export function linkedInFileOf(path: string): LinkedInFile | undefined {
  const base = fold(path.slice(path.lastIndexOf('/') + 1));
  return LINKEDIN_FILES.find((file) => fold(file) === base);
}

/** One CSV row by column name; get() is '' for a column the row lacks (exports change over years). */
export interface CsvRow {
  get(column: string): string;
}

/**
 * A LinkedIn CSV's rows, read with a real CSV parser (quoted fields hold commas and line breaks: a
 * position's description is several lines). Column names are matched without case; the header is the
 * first row that has the file's key column, so a "Notes:" preamble some exports start with is skipped.
 */
export function linkedInRows(file: LinkedInFile, text: string): CsvRow[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const { data } = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy' });
  const headerAt = data.findIndex((row) => row.some((cell) => fold(cell) === KEY_COLUMN[file]));
  if (headerAt < 0) return [];
  const columns = new Map((data[headerAt] ?? []).map((name, i) => [fold(name), i]));
  return data.slice(headerAt + 1).map((cells) => ({
    get: (column: string) => {
      const at = columns.get(fold(column));
      return at === undefined ? '' : (cells[at] ?? '').trim();
    },
  }));
}
