import { ATS_SYMBOLS } from './ats-symbols';
import type { Template, TemplateName } from './template-style';

const INK = [0.1, 0.1, 0.1] as const;

/** DejaVu Sans, grey rules, generous spacing: the look the app started with. */
const classic: Template = {
  name: 'classic',
  label: 'Classic',
  fontFamily: 'dejavu-sans',
  headerAlign: 'left',
  lineSpacing: 1.3,
  sizes: { name: 2, contact: 0.95, headline: 1.1, heading: 1.3, body: 1 },
  spacing: {
    afterName: 0.2,
    afterHeadline: 0.3,
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
  symbols: { ...ATS_SYMBOLS, fieldSeparator: '  |  ' },
  colors: {
    text: INK,
    secondary: [0.3, 0.3, 0.3],
    accent: INK,
    headline: [0.3, 0.3, 0.3],
    rule: [0.55, 0.55, 0.55],
  },
  rule: { thickness: 0.6, offset: 1.5 },
};

/**
 * Open Sans with one accent, a deep teal, on the name, the headline, the headings and their rules; text
 * stays near-black. The accent has a contrast of about 8:1 on white, so it prints well in greyscale
 * and reads as a colour on screen without shouting.
 */
const TEAL = [0.05, 0.34, 0.4] as const;
const modern: Template = {
  name: 'modern',
  label: 'Modern',
  fontFamily: 'open-sans',
  headerAlign: 'left',
  lineSpacing: 1.32,
  sizes: { name: 2.4, contact: 0.95, headline: 1.2, heading: 1.3, body: 1 },
  spacing: {
    afterName: 0.1,
    afterHeadline: 0.35,
    beforeHeading: 1.3,
    afterHeading: 0.5,
    beforeEntry: 0.75,
    beforeFirstBullet: 0.2,
    beforeBullet: 0.12,
    beforeSkill: 0.15,
    bulletIndent: 0.3,
    bulletTextIndent: 1.3,
    beforeEntryMeta: 0.05,
  },
  symbols: { ...ATS_SYMBOLS, fieldSeparator: '  \u00B7  ' },
  colors: { text: INK, secondary: [0.36, 0.38, 0.42], accent: TEAL, headline: TEAL, rule: TEAL },
  rule: { thickness: 0.8, offset: 1.8 },
};

/** Open Sans (narrower than DejaVu Sans) with tight spacing: the most text per page, for long careers. */
const compact: Template = {
  name: 'compact',
  label: 'Compact',
  fontFamily: 'open-sans',
  headerAlign: 'left',
  lineSpacing: 1.18,
  sizes: { name: 1.7, contact: 0.92, headline: 1, heading: 1.2, body: 1 },
  spacing: {
    afterName: 0.05,
    afterHeadline: 0.1,
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
  symbols: { ...ATS_SYMBOLS, fieldSeparator: ' | ' },
  colors: {
    text: INK,
    secondary: [0.3, 0.3, 0.3],
    accent: INK,
    headline: [0.3, 0.3, 0.3],
    rule: [0.4, 0.4, 0.4],
  },
  rule: { thickness: 0.5, offset: 1.2 },
};

/**
 * Liberation Serif (a Times-like face) with a centred letterhead, black ink and hairline rules: the
 * classic printed résumé. Serif text runs narrower than DejaVu Sans at the same size, so the body is a
 * touch larger to read the same.
 */
const serif: Template = {
  name: 'serif',
  label: 'Serif',
  fontFamily: 'liberation-serif',
  headerAlign: 'center',
  lineSpacing: 1.25,
  sizes: { name: 2.3, contact: 1, headline: 1.15, heading: 1.35, body: 1.05 },
  spacing: {
    afterName: 0.15,
    afterHeadline: 0.25,
    beforeHeading: 1.1,
    afterHeading: 0.45,
    beforeEntry: 0.7,
    beforeFirstBullet: 0.15,
    beforeBullet: 0.08,
    beforeSkill: 0.12,
    bulletIndent: 0.4,
    bulletTextIndent: 1.4,
    beforeEntryMeta: 0.05,
  },
  symbols: { ...ATS_SYMBOLS, fieldSeparator: '  \u00B7  ' },
  colors: { text: INK, secondary: [0.28, 0.28, 0.28], accent: INK, headline: [0.28, 0.28, 0.28], rule: INK },
  rule: { thickness: 0.4, offset: 1.6 },
};

export const TEMPLATES: Readonly<Record<TemplateName, Template>> = { classic, modern, compact, serif };

export const DEFAULT_TEMPLATE: TemplateName = 'classic';
