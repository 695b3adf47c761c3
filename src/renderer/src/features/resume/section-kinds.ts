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
