import type { Profile } from '../resume/profile';
import type { EntryDraft, ResumeDraft, SectionDraft } from '../resume/resume-draft';
import type { SectionKind } from '../resume/section';
import { formatDateRange } from './json-resume-dates';
import type {
  JsonResume,
  JsonResumeBasics,
  JsonResumeEducation,
  JsonResumeProject,
  JsonResumeSkill,
  JsonResumeVolunteer,
  JsonResumeWork,
} from './json-resume-schema';

/**
 * Maps a validated JSON Resume onto the app's résumé tree.
 *
 * Choices a reader cannot see from the code:
 * - Prose that JSON Resume keeps beside the highlights (work and volunteer `summary`, project
 *   `description`) becomes the entry's only bullet when it has no highlights, and is left out when it
 *   has some: the app's entries have no overview line, and a paragraph-long first bullet on every entry
 *   would crowd a one-page PDF. The source file still holds it.
 * - Skills become one "Skills" section, one entry per skill (title = name, bullets = keywords), which is
 *   how the `skills` section kind is drawn: "Cloud: AWS, Terraform".
 * - Blank strings are dropped, entries with nothing in them are dropped, empty sections are omitted.
 * - Text is trimmed and otherwise kept as written (accents, case, punctuation).
 */
export function jsonResumeToDraft(doc: JsonResume): ResumeDraft {
  const sections: SectionDraft[] = [
    section('experience', 'Experience', (doc.work ?? []).map(workEntry)),
    section('volunteer', 'Volunteering', (doc.volunteer ?? []).map(volunteerEntry)),
    section('education', 'Education', (doc.education ?? []).map(educationEntry)),
    section('projects', 'Projects', (doc.projects ?? []).map(projectEntry)),
    section('skills', 'Skills', (doc.skills ?? []).map(skillEntry)),
  ].filter((s) => s.entries.length > 0);
  return { profile: profileOf(doc.basics), sections };
}

type Text = string | null | undefined;

const clean = (value: Text): string => (value ?? '').trim();
const firstFilled = (...values: Text[]): string => values.map(clean).find((v) => v !== '') ?? '';
const bulletsOf = (values: readonly Text[] | null | undefined) =>
  (values ?? [])
    .map(clean)
    .filter((text) => text !== '')
    .map((text) => ({ text }));

/** Highlights if there are any, else the prose as one bullet (see the module comment). */
const highlightsOrProse = (highlights: readonly Text[] | null | undefined, prose: Text) => {
  const bullets = bulletsOf(highlights);
  return bullets.length > 0 ? bullets : bulletsOf([prose]);
};

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

function section(kind: SectionKind, title: string, entries: EntryDraft[]): SectionDraft {
  return { kind, title, entries: entries.filter(hasContent) };
}

const hasContent = (entry: EntryDraft): boolean =>
  entry.bullets.length > 0 ||
  [entry.title, entry.organization, entry.location, entry.startDate, entry.endDate].some((v) => v !== '');

const workEntry = (w: JsonResumeWork): EntryDraft => ({
  title: clean(w.position),
  organization: firstFilled(w.name, w.company),
  location: clean(w.location),
  ...formatDateRange(w.startDate, w.endDate),
  bullets: highlightsOrProse(w.highlights, w.summary),
});

const volunteerEntry = (v: JsonResumeVolunteer): EntryDraft => ({
  title: clean(v.position),
  organization: clean(v.organization),
  location: '',
  ...formatDateRange(v.startDate, v.endDate),
  bullets: highlightsOrProse(v.highlights, v.summary),
});

const educationEntry = (e: JsonResumeEducation): EntryDraft => {
  const studyType = clean(e.studyType);
  const area = clean(e.area);
  return {
    title: studyType !== '' && area !== '' ? `${studyType} in ${area}` : studyType || area,
    organization: clean(e.institution),
    location: '',
    ...formatDateRange(e.startDate, e.endDate),
    bullets: bulletsOf(e.courses),
  };
};

const projectEntry = (p: JsonResumeProject): EntryDraft => ({
  title: clean(p.name),
  organization: clean(p.entity),
  location: '',
  ...formatDateRange(p.startDate, p.endDate),
  bullets: highlightsOrProse(p.highlights, p.description),
});

const skillEntry = (s: JsonResumeSkill): EntryDraft => ({
  title: clean(s.name),
  organization: '',
  location: '',
  startDate: '',
  endDate: '',
  bullets: bulletsOf(s.keywords),
});
