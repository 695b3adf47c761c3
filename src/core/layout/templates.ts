import type { Template, TemplateName } from './template-style';

const INK = [0.1, 0.1, 0.1] as const;

/** DejaVu Sans, grey rules, generous spacing: the look the app started with. */
const classic: Template = {
  name: 'classic',
  label: 'Classic',
  fontFamily: 'dejavu-sans',
  lineSpacing: 1.3,
  sizes: { name: 2, contact: 0.95, headline: 1.05, heading: 1.1, body: 1 },
  spacing: {
    afterName: 0.25,
    afterContact: 0.2,
    beforeHeading: 1.1,
    afterHeading: 0.45,
    beforeEntry: 0.7,
    beforeFirstBullet: 0.15,
    beforeBullet: 0.1,
    beforeSkill: 0.15,
    bulletIndent: 0.4,
    bulletTextIndent: 1.4,
    beforeEntryMeta: 0.05,
  },
  symbols: {
    bullet: '\u2022',
    fieldSeparator: '  |  ',
    dateRange: ' \u2013 ',
    skillTitleEnd: ':',
    skillItemSeparator: ', ',
  },
  colors: { text: INK, secondary: [0.3, 0.3, 0.3], accent: INK, rule: [0.55, 0.55, 0.55] },
  rule: { thickness: 0.6, offset: 1.5 },
};

/**
 * Open Sans with a dark blue name, headings and heavier rule. The accent is dark enough (contrast about
 * 9:1 on white) to print well in greyscale; text stays near-black.
 */
const modern: Template = {
  name: 'modern',
  label: 'Modern',
  fontFamily: 'open-sans',
  lineSpacing: 1.32,
  sizes: { name: 2.3, contact: 0.95, headline: 1.1, heading: 1.1, body: 1 },
  spacing: {
    afterName: 0.2,
    afterContact: 0.25,
    beforeHeading: 1.2,
    afterHeading: 0.5,
    beforeEntry: 0.75,
    beforeFirstBullet: 0.2,
    beforeBullet: 0.12,
    beforeSkill: 0.15,
    bulletIndent: 0.3,
    bulletTextIndent: 1.3,
    beforeEntryMeta: 0.05,
  },
  symbols: {
    bullet: '\u2022',
    fieldSeparator: '  \u00B7  ',
    dateRange: ' \u2013 ',
    skillTitleEnd: ':',
    skillItemSeparator: ', ',
  },
  colors: { text: INK, secondary: [0.33, 0.35, 0.4], accent: [0.07, 0.25, 0.45], rule: [0.07, 0.25, 0.45] },
  rule: { thickness: 1.1, offset: 1.8 },
};

/** Open Sans (narrower than DejaVu Sans) with tight spacing: the most text per page, for long careers. */
const compact: Template = {
  name: 'compact',
  label: 'Compact',
  fontFamily: 'open-sans',
  lineSpacing: 1.18,
  sizes: { name: 1.7, contact: 0.92, headline: 1, heading: 1.02, body: 1 },
  spacing: {
    afterName: 0.1,
    afterContact: 0.1,
    beforeHeading: 0.75,
    afterHeading: 0.3,
    beforeEntry: 0.4,
    beforeFirstBullet: 0.05,
    beforeBullet: 0.02,
    beforeSkill: 0.05,
    bulletIndent: 0.2,
    bulletTextIndent: 1.1,
    beforeEntryMeta: 0,
  },
  symbols: {
    bullet: '\u2022',
    fieldSeparator: ' | ',
    dateRange: ' \u2013 ',
    skillTitleEnd: ':',
    skillItemSeparator: ', ',
  },
  colors: { text: INK, secondary: [0.3, 0.3, 0.3], accent: INK, rule: [0.4, 0.4, 0.4] },
  rule: { thickness: 0.5, offset: 1.2 },
};

export const TEMPLATES: Readonly<Record<TemplateName, Template>> = { classic, modern, compact };

export const DEFAULT_TEMPLATE: TemplateName = 'classic';
