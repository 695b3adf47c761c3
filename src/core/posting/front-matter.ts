import type { StructuredMetadata } from './structured-metadata';

/*
 * The front matter a job board's Markdown page opens with (YAML between "---" lines, TOML between
 * "+++"): its title, company and location keys are the page's own statement, like a web page's
 * JobPosting data. Only flat "key: value" lines are read; nested lists and block text are left to the
 * text reader. Keys are compared without case, "_" or "-" ("job_title", "jobTitle").
 */

const KEYS: Record<'title' | 'company' | 'location', readonly string[]> = {
  // "position" last: on some boards it is the contact person's position, and a "title" key wins.
  title: ['title', 'jobtitle', 'titel', 'stellentitel', 'intitule', 'intituledeposte', 'puesto', 'position'],
  company: [
    'company',
    'companyname',
    'employer',
    'organisation',
    'organization',
    'hiringorganization',
    'unternehmen',
    'arbeitgeber',
    'entreprise',
    'employeur',
    'empresa',
  ],
  location: [
    'location',
    'joblocation',
    'city',
    'ort',
    'standort',
    'arbeitsort',
    'lieu',
    'ville',
    'ubicacion',
    'ciudad',
  ],
};

const FRONT_MATTER_MAX_CHARS = 20_000;
const VALUE_MAX_CHARS = 200;
const OPENING_RE = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/u;
const YAML_FIELD_RE = /^([A-Za-z][\w-]{0,40})[ \t]*:[ \t]*(.*)$/u;
const TOML_FIELD_RE = /^([A-Za-z][\w-]{0,40})[ \t]*=[ \t]*(.*)$/u;
const GENDER_RE = /\s*\((?:[mwfdhx]\s*[/|]\s*)+[mwfdhx]\)/giu;

const keyOf = (key: string) =>
  key.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_-]/g, '');

function unquoted(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/u.exec(trimmed);
  // "|" and ">-" open a YAML block: its text is the posting's body, not a value.
  if (quoted === null && /^[|>][+-]?$/u.test(trimmed)) return '';
  return (quoted?.[2] ?? trimmed)
    .replace(GENDER_RE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, VALUE_MAX_CHARS);
}

/** The title, company and location a Markdown page's front matter states, or undefined when it has none. */
export function frontMatterMetadata(raw: string): StructuredMetadata | undefined {
  const opening = OPENING_RE.exec(raw.slice(0, 8));
  if (opening === null) return undefined;
  const fence = opening[1] ?? '---';
  const body = raw.slice(opening[0].length, FRONT_MATTER_MAX_CHARS);
  const closing = body.search(new RegExp(`^${fence === '---' ? '---' : '\\+\\+\\+'}[ \\t]*$`, 'mu'));
  if (closing < 0) return undefined;
  const fieldRe = fence === '---' ? YAML_FIELD_RE : TOML_FIELD_RE;
  const values = new Map<string, string>();
  for (const line of body.slice(0, closing).split(/\r?\n/u)) {
    // Top-level keys only: an indented line belongs to a list or a block above it.
    const field = fieldRe.exec(line);
    if (field === null) continue;
    const key = keyOf(field[1] ?? '');
    if (!values.has(key)) values.set(key, unquoted(field[2] ?? ''));
  }
  const first = (kind: keyof typeof KEYS) =>
    KEYS[kind].map((key) => values.get(key) ?? '').find((value) => value !== '') ?? '';
  const title = first('title');
  return {
    title,
    company: first('company'),
    location: first('location'),
    titleSource: title === '' ? '' : 'front-matter',
  };
}
