import type { FontFamily, FontStyle } from './font-metrics';

/**
 * What a template may change, in one shape. Sizes and spaces are multiples of the base font size so the
 * whole page scales with `baseFontSize`. Every template is one column of real text drawn in reading
 * order (ATS.md): templates differ in font family, sizes, spacing, separators and colour, never in
 * structure, so what a parser reads is the same whichever one the user picks.
 */
export interface Template {
  name: TemplateName;
  /** Shown in the template picker. */
  label: string;
  fontFamily: FontFamily;
  /**
   * Where the name, headline and contact lines sit: flush left, or centred as on a printed letterhead.
   * Either way each is one line of text a parser reads in order; only its x changes.
   */
  headerAlign: 'left' | 'center';
  /** Line advance as a multiple of the font size, unless the layout options set one. */
  lineSpacing: number;
  sizes: {
    name: number;
    contact: number;
    headline: number;
    heading: number;
    body: number;
  };
  /** Vertical gaps before a line, and indents, as multiples of the base size. */
  spacing: {
    /** Before the first line under the name (the headline, or the contact line when there is none). */
    afterName: number;
    /** Between the headline and the contact line. */
    afterHeadline: number;
    beforeHeading: number;
    /** Room between a heading's rule and the first line under it. */
    afterHeading: number;
    beforeEntry: number;
    beforeFirstBullet: number;
    beforeBullet: number;
    beforeSkill: number;
    bulletIndent: number;
    bulletTextIndent: number;
    beforeEntryMeta: number;
  };
  symbols: {
    /** A text character, never a shape: parsers look for it (ATS.md). */
    bullet: string;
    /** Between contact fields and between organization, location and dates. */
    fieldSeparator: string;
    dateRange: string;
    skillTitleEnd: string;
    skillItemSeparator: string;
  };
  colors: {
    text: Rgb;
    /** Italic runs: organization line separators, location, dates. */
    secondary: Rgb;
    /** The name and section headings. */
    accent: Rgb;
    /** The headline under the name. */
    headline: Rgb;
    rule: Rgb;
  };
  /** The line under each section heading, in points. */
  rule: { thickness: number; offset: number };
}

/** Which template colour a whole line takes; a line without one uses text (italic runs: secondary). */
export type LineTone = 'accent' | 'headline';

/** Red, green, blue from 0 to 1. */
export type Rgb = readonly [number, number, number];

export const TEMPLATE_NAMES = ['classic', 'modern', 'compact', 'serif'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Which face each kind of field is drawn in; the same for every template. */
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
  entrySummary: 'regular',
  detail: 'italic',
  entryUrl: 'regular',
} as const satisfies Record<string, FontStyle>;

export const SUMMARY_TITLE = 'Summary';
/** The label before an education's courses, drawn in bold like a skills title. */
export const COURSES_TITLE = 'Courses';
