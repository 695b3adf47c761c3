import type { FontStyle } from './font-metrics';

/**
 * The one template's look, in one place. Sizes and spaces are multiples of the base font size so the
 * whole page scales with `baseFontSize`.
 */
export const FIELD_STYLES = {
  name: 'bold',
  contact: 'regular',
  headline: 'regular',
  heading: 'bold',
  summary: 'regular',
  entryTitle: 'bold',
  organization: 'regular',
  dates: 'italic',
  location: 'italic',
  bullet: 'regular',
  skillTitle: 'bold',
  skillItems: 'regular',
} as const satisfies Record<string, FontStyle>;

export const SIZE_RATIOS = {
  name: 2,
  contact: 0.95,
  headline: 1.05,
  heading: 1.1,
  body: 1,
} as const;

/** Vertical gaps before a line, and indents, as multiples of the base size. */
export const SPACING = {
  afterName: 0.25,
  afterContact: 0.2,
  beforeHeading: 1.1,
  /** Room between a heading's rule and the first line under it. */
  afterHeading: 0.45,
  beforeEntry: 0.7,
  beforeFirstBullet: 0.15,
  beforeBullet: 0.1,
  beforeSkill: 0.15,
  bulletIndent: 0.4,
  bulletTextIndent: 1.4,
  beforeEntryMeta: 0.05,
} as const;

export const SYMBOLS = {
  /** A text character, never a shape: parsers look for it (ATS.md). */
  bullet: '\u2022',
  /** Between contact fields and between organization, location and dates. */
  fieldSeparator: '  |  ',
  dateRange: ' \u2013 ',
  skillTitleEnd: ':',
  skillItemSeparator: ', ',
} as const;

export const RULE_THICKNESS = 0.6;

/** Heading used when a section has no title of its own. */
export const DEFAULT_SECTION_TITLES = {
  experience: 'Experience',
  education: 'Education',
  projects: 'Projects',
  skills: 'Skills',
  volunteer: 'Volunteering',
  custom: 'Other',
} as const;

export const SUMMARY_TITLE = 'Summary';
