import type { SectionKind } from '../../../../core/resume/section';

/** Words a person uses for each kind; also the default title of a new section. */
export const KIND_LABELS: Record<SectionKind, string> = {
  experience: 'Experience',
  education: 'Education',
  projects: 'Projects',
  skills: 'Skills',
  volunteer: 'Volunteer',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
  custom: 'Custom',
};

/** What one entry of each kind is called on its buttons ("Add skill group", "Delete language"). */
export const KIND_ENTRY_NOUNS: Record<SectionKind, string> = {
  experience: 'entry',
  education: 'entry',
  projects: 'entry',
  skills: 'skill group',
  volunteer: 'entry',
  awards: 'entry',
  certificates: 'entry',
  publications: 'entry',
  languages: 'language',
  interests: 'interest',
  references: 'entry',
  custom: 'entry',
};
