import { courseList, type Entry } from '../resume/entry';
import type { Resume } from '../resume/resume';
import type { Section, SectionKind } from '../resume/section';
import { isoEndDate, isoResumeDate } from './json-resume-dates-back';

/** The section title the import gives Profiles; a custom section with it is written as basics.profiles. */
export const PROFILES_SECTION_TITLE = 'Profiles';

/** Where the résumé's other custom sections go: JSON Resume has no place for them, the app reads it back. */
export const OTHER_SECTIONS_KEY = 'otherSections';

type JsonObject = Record<string, unknown>;

/**
 * The résumé as a JSON Resume v1.0.0 document: what parsers, themes and other résumé tools read.
 * The inverse of jsonResumeToDraft, so an export imports back to the same résumé:
 * - each section kind goes to its JSON Resume part (several sections of one kind are one list);
 * - an education title "Bachelor in Physics" is split at its first " in " into studyType and area,
 *   which the import joins the same way; a title without " in " is the area;
 * - dates shown as "Mar 2021" are written "2021-03"; "Present" is an absent endDate;
 * - custom sections (except Profiles, which is basics.profiles) are kept under `otherSections`;
 * - empty strings are left out, as JSON Resume files usually do.
 */
export function resumeToJsonResume(resume: Resume): JsonObject {
  const { profile } = resume;
  const parts = new Map<string, JsonObject[]>();
  const profiles: JsonObject[] = [];
  const others: JsonObject[] = [];
  for (const section of resume.sections) {
    if (section.kind === 'custom') {
      if (section.title.trim() === PROFILES_SECTION_TITLE) profiles.push(...section.entries.map(profileItem));
      else others.push(otherSection(section));
      continue;
    }
    const kind: PartKind = section.kind;
    const key = PART_OF[kind];
    const items = section.entries.map((entry) => ITEM_OF[kind](entry));
    parts.set(key, [...(parts.get(key) ?? []), ...items]);
  }
  const basics = compact({
    name: profile.name,
    label: profile.headline,
    email: profile.email,
    phone: profile.phone,
    url: profile.website,
    summary: profile.summary,
    location: compactOrUndefined(locationOf(profile.location)),
    profiles: profiles.length > 0 ? profiles : undefined,
  });
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics,
    ...Object.fromEntries(PART_ORDER.filter((key) => parts.has(key)).map((key) => [key, parts.get(key)])),
    ...(others.length > 0 ? { [OTHER_SECTIONS_KEY]: others } : {}),
  };
}

type PartKind = Exclude<SectionKind, 'custom'>;

const PART_OF: Record<PartKind, string> = {
  experience: 'work',
  volunteer: 'volunteer',
  education: 'education',
  projects: 'projects',
  awards: 'awards',
  certificates: 'certificates',
  publications: 'publications',
  skills: 'skills',
  languages: 'languages',
  interests: 'interests',
  references: 'references',
};
const PART_ORDER = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
];

const texts = (entry: Entry) => entry.bullets.map((b) => b.text.trim()).filter((t) => t !== '');
const dates = (entry: Entry) => ({
  startDate: isoResumeDate(entry.startDate),
  endDate: isoEndDate(entry.startDate, entry.endDate),
});
/** A field a part has no name for (a location on an award) keeps the app's name: the import shows it under Other. */
const rest = (entry: Entry, used: readonly (keyof Entry)[]): JsonObject => {
  const all = ['location', 'url', 'summary', 'detail', 'courses', 'organization'] as const;
  return Object.fromEntries(all.filter((key) => !used.includes(key)).map((key) => [key, entry[key]]));
};

const ITEM_OF: Record<PartKind, (entry: Entry) => JsonObject> = {
  experience: (e) =>
    compact({
      name: e.organization,
      position: e.title,
      location: e.location,
      url: e.url,
      ...dates(e),
      summary: e.summary,
      highlights: texts(e),
      ...rest(e, ['organization', 'location', 'url', 'summary']),
    }),
  volunteer: (e) =>
    compact({
      organization: e.organization,
      position: e.title,
      url: e.url,
      ...dates(e),
      summary: e.summary,
      highlights: texts(e),
      ...rest(e, ['organization', 'url', 'summary']),
    }),
  education: (e) => {
    const at = e.title.indexOf(' in ');
    return compact({
      institution: e.organization,
      url: e.url,
      area: at < 0 ? e.title : e.title.slice(at + 4),
      studyType: at < 0 ? '' : e.title.slice(0, at),
      ...dates(e),
      score: e.detail,
      courses: courseList(e.courses),
      highlights: texts(e),
      ...rest(e, ['organization', 'url', 'detail', 'courses']),
    });
  },
  projects: (e) =>
    compact({
      name: e.title,
      description: e.summary,
      highlights: texts(e),
      entity: e.organization,
      url: e.url,
      ...dates(e),
      ...rest(e, ['organization', 'url', 'summary']),
    }),
  awards: (e) =>
    compact({
      title: e.title,
      date: isoResumeDate(e.startDate),
      awarder: e.organization,
      summary: e.summary,
      highlights: texts(e),
      ...rest(e, ['organization', 'summary']),
    }),
  certificates: (e) =>
    compact({
      name: e.title,
      date: isoResumeDate(e.startDate),
      issuer: e.organization,
      url: e.url,
      highlights: texts(e),
      ...rest(e, ['organization', 'url']),
    }),
  publications: (e) =>
    compact({
      name: e.title,
      publisher: e.organization,
      releaseDate: isoResumeDate(e.startDate),
      url: e.url,
      summary: e.summary,
      highlights: texts(e),
      ...rest(e, ['organization', 'url', 'summary']),
    }),
  skills: (e) => compact({ name: e.title, level: e.detail, keywords: texts(e), ...rest(e, ['detail']) }),
  languages: (e) =>
    compact({ language: e.title, fluency: e.detail, highlights: texts(e), ...rest(e, ['detail']) }),
  interests: (e) => compact({ name: e.title, keywords: texts(e), ...rest(e, []) }),
  references: (e) =>
    compact({ name: e.title, reference: e.summary, highlights: texts(e), ...rest(e, ['summary']) }),
};

const profileItem = (e: Entry): JsonObject =>
  compact({ network: e.title, username: e.organization, url: e.url, highlights: texts(e) });

const otherSection = (section: Section): JsonObject => ({
  title: section.title,
  entries: section.entries.map((e) =>
    compact({
      title: e.title,
      organization: e.organization,
      location: e.location,
      startDate: e.startDate,
      endDate: e.endDate,
      summary: e.summary,
      url: e.url,
      detail: e.detail,
      courses: e.courses,
      bullets: texts(e),
    }),
  ),
});

/** "Lyon, Auvergne-Rhône-Alpes, FR" -> city, region, countryCode; the import joins them back. */
function locationOf(location: string): JsonObject {
  const parts = location.split(', ');
  if (parts.length === 3 && parts.every((p) => p.trim() === p && p !== '')) {
    return { city: parts[0], region: parts[1], countryCode: parts[2] };
  }
  return { city: location };
}

/** Leaves out empty strings, empty lists and undefined, in key order. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== undefined &&
        !(typeof value === 'string' && value.trim() === '') &&
        !(Array.isArray(value) && value.length === 0),
    ),
  );
}
const compactOrUndefined = (object: JsonObject): JsonObject | undefined => {
  const out = compact(object);
  return Object.keys(out).length === 0 ? undefined : out;
};
