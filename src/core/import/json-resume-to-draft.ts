import { emptyEntryFields } from '../resume/entry';
import type { Profile } from '../resume/profile';
import type { EntryDraft, ResumeDraft, SectionDraft } from '../resume/resume-draft';
import { DEFAULT_SECTION_TITLES, type SectionKind } from '../resume/section';
import { formatDateRange, formatResumeDate } from './json-resume-dates';
import { jsonResumeLeftovers } from './json-resume-other';
import type {
  JsonResume,
  JsonResumeAward,
  JsonResumeBasics,
  JsonResumeCertificate,
  JsonResumeEducation,
  JsonResumeInterest,
  JsonResumeLanguage,
  JsonResumeOtherSection,
  JsonResumeProfile,
  JsonResumeProject,
  JsonResumePublication,
  JsonResumeReference,
  JsonResumeSkill,
  JsonResumeVolunteer,
  JsonResumeWork,
} from './json-resume-schema';

/**
 * Maps a validated JSON Resume onto the app's résumé tree; `raw` is the file's value as parsed, so
 * what the schema has no field for is kept in an "Other" section (jsonResumeLeftovers), never dropped.
 *
 * Choices a reader cannot see from the code:
 * - Every v1.0.0 section has its own kind. Prose beside the highlights (work and volunteer `summary`,
 *   project `description`, an award's or publication's summary, a reference's text) is the entry's
 *   summary; highlights and keywords are bullets; an education's score and courses, a skill's level
 *   and a language's fluency have fields of their own.
 * - Skills, interests and languages are one entry per item, drawn as one line each. Profiles are a
 *   custom section "Profiles" (network, username, link); the first link is also the website when
 *   `url` is empty.
 * - Blank strings are dropped, entries with nothing in them are dropped, empty sections are omitted.
 * - Text is trimmed and otherwise kept as written (accents, case, punctuation).
 */
export function jsonResumeToDraft(doc: JsonResume, raw: unknown): ResumeDraft {
  const sections: SectionDraft[] = [
    section('experience', (doc.work ?? []).map(workEntry)),
    section('volunteer', (doc.volunteer ?? []).map(volunteerEntry)),
    section('education', (doc.education ?? []).map(educationEntry)),
    section('projects', (doc.projects ?? []).map(projectEntry)),
    section('awards', (doc.awards ?? []).map(awardEntry)),
    section('certificates', (doc.certificates ?? []).map(certificateEntry)),
    section('publications', (doc.publications ?? []).map(publicationEntry)),
    section('skills', (doc.skills ?? []).map(skillEntry)),
    section('languages', (doc.languages ?? []).map(languageEntry)),
    section('interests', (doc.interests ?? []).map(interestEntry)),
    section('references', (doc.references ?? []).map(referenceEntry)),
    { ...section('custom', (doc.basics?.profiles ?? []).map(profileEntry)), title: PROFILES_TITLE },
    ...(doc.otherSections ?? []).map(otherSection),
    section('custom', jsonResumeLeftovers(raw)),
  ].filter((s) => s.entries.length > 0);
  return { profile: profileOf(doc.basics), sections };
}

/** Social and portfolio profiles are a section of their own: one entry per network, with its link. */
const PROFILES_TITLE = 'Profiles';

type Text = string | null | undefined;

const clean = (value: Text): string => (value ?? '').trim();
const firstFilled = (...values: Text[]): string => values.map(clean).find((v) => v !== '') ?? '';
const bulletsOf = (values: readonly Text[] | null | undefined) =>
  (values ?? [])
    .map(clean)
    .filter((text) => text !== '')
    .map((text) => ({ text }));
const linesOf = (values: readonly Text[] | null | undefined): string =>
  (values ?? [])
    .map(clean)
    .filter((text) => text !== '')
    .join('\n');

function profileOf(basics: JsonResumeBasics | null | undefined): Profile {
  const b = basics ?? {};
  const place = b.location ?? {};
  const firstProfileUrl = (b.profiles ?? []).map((p) => clean(p.url)).find((url) => url !== '');
  return {
    name: clean(b.name),
    headline: clean(b.label),
    email: clean(b.email),
    phone: clean(b.phone),
    location: [place.city, place.region, place.countryCode]
      .map(clean)
      .filter((part) => part !== '')
      .join(', '),
    website: firstFilled(b.url, b.website, firstProfileUrl),
    summary: clean(b.summary),
  };
}

function section(kind: SectionKind, entries: EntryDraft[]): SectionDraft {
  return { kind, title: DEFAULT_SECTION_TITLES[kind], entries: entries.filter(hasContent) };
}

const hasContent = (entry: EntryDraft): boolean =>
  entry.bullets.length > 0 || Object.entries(entry).some(([key, value]) => key !== 'bullets' && value !== '');

type AppFields = Partial<Record<(typeof APP_FIELDS)[number], unknown>>;
const APP_FIELDS = ['organization', 'location', 'url', 'summary', 'detail', 'courses'] as const;

/** The part's own fields, then the app's names for any left empty (what its export writes there). */
const entry = (
  item: AppFields,
  fields: Partial<Omit<EntryDraft, 'bullets'>>,
  bullets: EntryDraft['bullets'] = [],
): EntryDraft => {
  const out: EntryDraft = { ...emptyEntryFields(), ...fields, bullets };
  for (const key of APP_FIELDS) {
    const value = item[key];
    if (out[key] === '' && typeof value === 'string') out[key] = value.trim();
  }
  return out;
};

const workEntry = (w: JsonResumeWork): EntryDraft =>
  entry(
    w,
    {
      title: clean(w.position),
      organization: firstFilled(w.name, w.company),
      location: clean(w.location),
      url: clean(w.url),
      summary: clean(w.summary),
      ...formatDateRange(w.startDate, w.endDate),
    },
    bulletsOf(w.highlights),
  );

const volunteerEntry = (v: JsonResumeVolunteer): EntryDraft =>
  entry(
    v,
    {
      title: clean(v.position),
      organization: clean(v.organization),
      url: clean(v.url),
      summary: clean(v.summary),
      ...formatDateRange(v.startDate, v.endDate),
    },
    bulletsOf(v.highlights),
  );

const educationEntry = (e: JsonResumeEducation): EntryDraft => {
  const studyType = clean(e.studyType);
  const area = clean(e.area);
  return entry(
    e,
    {
      title: studyType !== '' && area !== '' ? `${studyType} in ${area}` : studyType || area,
      organization: clean(e.institution),
      url: clean(e.url),
      detail: clean(e.score),
      courses: linesOf(e.courses),
      ...formatDateRange(e.startDate, e.endDate),
    },
    bulletsOf(e.highlights),
  );
};

const projectEntry = (p: JsonResumeProject): EntryDraft =>
  entry(
    p,
    {
      title: clean(p.name),
      organization: clean(p.entity),
      url: clean(p.url),
      summary: clean(p.description),
      ...formatDateRange(p.startDate, p.endDate),
    },
    bulletsOf(p.highlights),
  );

const awardEntry = (a: JsonResumeAward): EntryDraft =>
  entry(
    a,
    {
      title: clean(a.title),
      organization: clean(a.awarder),
      startDate: formatResumeDate(a.date),
      summary: clean(a.summary),
    },
    bulletsOf(a.highlights),
  );

const certificateEntry = (c: JsonResumeCertificate): EntryDraft =>
  entry(
    c,
    {
      title: clean(c.name),
      organization: clean(c.issuer),
      startDate: formatResumeDate(c.date),
      url: clean(c.url),
    },
    bulletsOf(c.highlights),
  );

const publicationEntry = (p: JsonResumePublication): EntryDraft =>
  entry(
    p,
    {
      title: clean(p.name),
      organization: clean(p.publisher),
      startDate: formatResumeDate(p.releaseDate),
      url: clean(p.url),
      summary: clean(p.summary),
    },
    bulletsOf(p.highlights),
  );

const skillEntry = (s: JsonResumeSkill): EntryDraft =>
  entry(s, { title: clean(s.name), detail: clean(s.level) }, bulletsOf(s.keywords));

const languageEntry = (l: JsonResumeLanguage): EntryDraft =>
  entry(l, { title: clean(l.language), detail: clean(l.fluency) }, bulletsOf(l.highlights));

const interestEntry = (i: JsonResumeInterest): EntryDraft =>
  entry(i, { title: clean(i.name) }, bulletsOf(i.keywords));

const profileEntry = (p: JsonResumeProfile): EntryDraft =>
  entry(
    p,
    { title: clean(p.network), organization: clean(p.username), url: clean(p.url) },
    bulletsOf(p.highlights),
  );

const referenceEntry = (r: JsonResumeReference): EntryDraft =>
  entry(r, { title: clean(r.name), summary: clean(r.reference) }, bulletsOf(r.highlights));

/** A custom section the app's own export kept under `otherSections`, with its own title. */
const otherSection = (o: JsonResumeOtherSection): SectionDraft => ({
  kind: 'custom',
  title: clean(o.title) || DEFAULT_SECTION_TITLES.custom,
  entries: (o.entries ?? [])
    .map(({ bullets, ...fields }) =>
      entry(
        {},
        {
          title: clean(fields.title),
          organization: clean(fields.organization),
          location: clean(fields.location),
          startDate: clean(fields.startDate),
          endDate: clean(fields.endDate),
          summary: clean(fields.summary),
          url: clean(fields.url),
          detail: clean(fields.detail),
          courses: clean(fields.courses),
        },
        bulletsOf(bullets),
      ),
    )
    .filter(hasContent),
});
