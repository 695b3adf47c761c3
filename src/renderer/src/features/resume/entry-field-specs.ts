import { ENTRY_TEXT_FIELDS, type EntryFields } from '../../../../core/resume/entry';
import { entryDetailLabel, isListKind, type SectionKind } from '../../../../core/resume/section';

export interface FieldSpec {
  key: keyof EntryFields;
  label: string;
  placeholder?: string;
  multiline?: boolean;
}

// Placeholders start with "e.g.": an example must never pass for a value the user typed.
const LABELS: Record<keyof EntryFields, FieldSpec> = {
  title: { key: 'title', label: 'Title', placeholder: 'e.g. Senior Engineer' },
  organization: { key: 'organization', label: 'Organization', placeholder: 'e.g. a company or school' },
  location: { key: 'location', label: 'Location', placeholder: 'e.g. Lyon, France' },
  startDate: { key: 'startDate', label: 'Start date', placeholder: 'e.g. Mar 2021' },
  endDate: { key: 'endDate', label: 'End date', placeholder: 'e.g. Present' },
  url: { key: 'url', label: 'Link', placeholder: 'e.g. example.com' },
  detail: { key: 'detail', label: 'Detail' },
  summary: { key: 'summary', label: 'Summary', multiline: true },
  courses: { key: 'courses', label: 'Courses (one per line)', multiline: true },
};

const HEADER_KEYS = ['title', 'organization', 'location', 'startDate', 'endDate', 'url'] as const;

/**
 * The fields a job-like entry shows: its header, the detail its kind names, a summary, courses for an
 * education, plus any other field that holds text (an import may fill one the kind does not show): an
 * entry never hides what it stores.
 */
export function entryFieldSpecs(kind: SectionKind, entry: EntryFields): FieldSpec[] {
  const detail = entryDetailLabel(kind);
  const shown = (key: keyof EntryFields) =>
    entry[key] !== '' ||
    (key === 'detail' && detail !== null) ||
    (key === 'courses' && kind === 'education') ||
    (key === 'summary' && !isListKind(kind));
  return [
    ...HEADER_KEYS.map((key) => LABELS[key]),
    ...(['detail', 'summary', 'courses'] as const)
      .filter(shown)
      .map((key) => (key === 'detail' ? { ...LABELS.detail, label: detail ?? 'Detail' } : LABELS[key])),
  ];
}

/** What a list entry's name and qualifier are called, per kind, with examples. */
const LIST_NAMES: Partial<Record<SectionKind, { title: FieldSpec; detail?: FieldSpec }>> = {
  skills: {
    title: { key: 'title', label: 'Skill group', placeholder: 'e.g. Cloud' },
    detail: { key: 'detail', label: 'Level', placeholder: 'e.g. Advanced' },
  },
  languages: {
    title: { key: 'title', label: 'Language', placeholder: 'e.g. French' },
    detail: { key: 'detail', label: 'Fluency', placeholder: 'e.g. Native speaker' },
  },
  interests: { title: { key: 'title', label: 'Interest', placeholder: 'e.g. Photography' } },
};

/**
 * A list entry (a skill group, a language, an interest) is a name, perhaps a level, and keywords: no
 * organization or dates. Any other field that holds text still shows, under its usual label.
 */
export function listEntryFieldSpecs(kind: SectionKind, entry: EntryFields): FieldSpec[] {
  const names = LIST_NAMES[kind] ?? { title: LABELS.title };
  const detail = names.detail ?? (entry.detail !== '' ? LABELS.detail : undefined);
  const own = detail === undefined ? [names.title] : [names.title, detail];
  const others = ENTRY_TEXT_FIELDS.filter((key) => key !== 'title' && key !== 'detail' && entry[key] !== '');
  return [...own, ...others.map((key) => LABELS[key])];
}

/** Whether a list entry of this kind shows the keyword chips even while it has none. */
export const listKindHasKeywords = (kind: SectionKind): boolean => kind === 'skills' || kind === 'interests';
