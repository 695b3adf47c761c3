import { AppError } from '../errors/app-error';
import { emptyEntryFields, type EntryFields } from '../resume/entry';
import { emptyProfile, type Profile } from '../resume/profile';
import type { EntryDraft, ResumeDraft, SectionDraft } from '../resume/resume-draft';
import { DEFAULT_SECTION_TITLES, type SectionKind } from '../resume/section';
import { checkedDraft } from './checked-draft';
import { LINKEDIN_FILES, linkedInRows, type CsvRow, type LinkedInFiles } from './linkedin-csv';
import { bulletText } from './text-line-kinds';

/** A résumé read from a LinkedIn export, and what the reader left out or was unsure of. */
export interface LinkedInImport {
  draft: ResumeDraft;
  unsure: string[];
}

// Profile columns that are private details, not résumé content: left out, and the note says so.
const PRIVATE_COLUMNS = ['Maiden Name', 'Address', 'Birth Date', 'Zip Code', 'Instant Messengers'];

/**
 * A LinkedIn data export's CSV files to a draft résumé: Profile (name, headline, summary, location,
 * website), the primary email and the first phone number, then one section per file in the order a
 * résumé reads (positions, education, projects, certifications, skills, languages). Every string is a
 * cell of the files, or two cells joined by a space (first and last name); a description's lines that
 * start with a list glyph are the entry's bullets, its other lines the entry's summary. Dates stay as
 * LinkedIn writes them ("Mar 2019"); a position still held has no end date, and none is made up.
 * Section titles are the app's own (the files have none). A file that is missing is fine; no file at
 * all is an invalid-input error that names the files looked for.
 */
export function linkedInToDraft(files: LinkedInFiles): LinkedInImport {
  if (LINKEDIN_FILES.every((file) => files[file] === undefined)) {
    throw new AppError(
      'invalid-input',
      `This zip archive is not a LinkedIn data export: it holds none of ${LINKEDIN_FILES.join(', ')}. ` +
        'On LinkedIn, open Settings > Data privacy > Get a copy of your data, and open the archive it sends.',
      { reason: 'not-linkedin' },
    );
  }
  const rows = (file: keyof LinkedInFiles): CsvRow[] => {
    const text = files[file];
    return text === undefined ? [] : linkedInRows(file, text);
  };
  const unsure: string[] = [];
  const profile = profileOf(rows('Profile.csv')[0], unsure);
  const emails = rows('Email Addresses.csv');
  const primary = emails.find((row) => /^yes$/i.test(row.get('Primary'))) ?? emails[0];
  profile.email = primary?.get('Email Address') ?? '';
  profile.phone =
    rows('PhoneNumbers.csv')
      .find((row) => row.get('Number') !== '')
      ?.get('Number') ?? '';

  const sections: SectionDraft[] = [
    section('experience', rows('Positions.csv').map(position)),
    section('education', rows('Education.csv').map(education)),
    section('projects', rows('Projects.csv').map(project)),
    section('certificates', rows('Certifications.csv').map(certification)),
    section('skills', skills(rows('Skills.csv'))),
    section('languages', rows('Languages.csv').map(language)),
  ].filter((s) => s.entries.length > 0);
  const draft = checkedDraft({ profile, sections });
  if (draft.sections.length === 0 && Object.values(draft.profile).every((value) => value === '')) {
    throw new AppError(
      'invalid-input',
      'This LinkedIn export has its files but nothing in them (no profile, positions, education or skills).',
      { reason: 'empty-export' },
    );
  }
  if (profile.name === '') unsure.push('Profile.csv: no first or last name');
  return { draft, unsure };
}

function profileOf(row: CsvRow | undefined, unsure: string[]): Profile {
  const profile = emptyProfile();
  if (row === undefined) return profile;
  profile.name = [row.get('First Name'), row.get('Last Name')].filter((part) => part !== '').join(' ');
  profile.headline = row.get('Headline');
  profile.summary = row.get('Summary');
  profile.location = row.get('Geo Location');
  profile.website = websiteOf(row.get('Websites'));
  const left = PRIVATE_COLUMNS.filter((column) => row.get(column) !== '');
  if (left.length > 0)
    unsure.push(`Profile.csv: ${left.join(', ')} left out: private details a résumé does not show`);
  return profile;
}

/** LinkedIn writes websites as "[PORTFOLIO:https://a.example,COMPANY:https://b.example]": the first URL. */
function websiteOf(cell: string): string {
  const url = /https?:\/\/[^\s,\]]+/i.exec(cell);
  return url?.[0] ?? '';
}

const section = (kind: SectionKind, entries: EntryDraft[]): SectionDraft => ({
  kind,
  title: DEFAULT_SECTION_TITLES[kind],
  entries,
});

const entry = (fields: Partial<EntryFields>, bullets: string[] = []): EntryDraft => ({
  ...emptyEntryFields(),
  ...fields,
  bullets: bullets.map((text) => ({ text })),
});

/** A description's glyph lines as bullets (a lower-case line goes on with the bullet above), the rest as prose. */
function described(text: string): { summary: string; bullets: string[] } {
  const summary: string[] = [];
  const bullets: string[] = [];
  let lastWasBullet = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') {
      lastWasBullet = false;
      continue;
    }
    const bullet = bulletText(line);
    if (bullet !== undefined) {
      bullets.push(bullet);
      lastWasBullet = true;
    } else if (lastWasBullet && /^\p{Ll}/u.test(line)) {
      bullets.push(`${bullets.pop() ?? ''} ${line}`);
    } else {
      summary.push(line);
      lastWasBullet = false;
    }
  }
  return { summary: summary.join('\n'), bullets };
}

function position(row: CsvRow): EntryDraft {
  const { summary, bullets } = described(row.get('Description'));
  return entry(
    {
      title: row.get('Title'),
      organization: row.get('Company Name'),
      location: row.get('Location'),
      startDate: row.get('Started On'),
      endDate: row.get('Finished On'),
      summary,
    },
    bullets,
  );
}

function education(row: CsvRow): EntryDraft {
  return entry({
    title: row.get('Degree Name'),
    organization: row.get('School Name'),
    startDate: row.get('Start Date'),
    endDate: row.get('End Date'),
    summary: [row.get('Notes'), row.get('Activities')].filter((text) => text !== '').join('\n'),
  });
}

function project(row: CsvRow): EntryDraft {
  const { summary, bullets } = described(row.get('Description'));
  return entry(
    {
      title: row.get('Title'),
      url: row.get('Url'),
      startDate: row.get('Started On'),
      endDate: row.get('Finished On'),
      summary,
    },
    bullets,
  );
}

function certification(row: CsvRow): EntryDraft {
  return entry({
    title: row.get('Name'),
    organization: row.get('Authority'),
    url: row.get('Url'),
    startDate: row.get('Started On'),
    endDate: row.get('Finished On'),
    detail: row.get('License Number'),
  });
}

/** Skills are one list entry, each skill an item, as a skills line of a text résumé reads. */
function skills(rows: CsvRow[]): EntryDraft[] {
  const names = rows.map((row) => row.get('Name')).filter((name) => name !== '');
  return names.length === 0 ? [] : [entry({}, names)];
}

const language = (row: CsvRow): EntryDraft =>
  entry({ title: row.get('Name'), detail: row.get('Proficiency') });
