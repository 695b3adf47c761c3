export {
  FONT_FAMILIES,
  FONT_STYLES,
  fallbackChain,
  type FontFamily,
  type FontMetrics,
  type FontStyle,
} from './font-metrics';
export {
  DEFAULT_LAYOUT_OPTIONS,
  PAGE_SIZES,
  resolveLayoutOptions,
  type LayoutOptions,
  type Margins,
  type PageSize,
  type PageSizeName,
} from './layout-options';
export type { HorizontalRule, LaidOutDocument, LaidOutPage, LinkBox, TextRun } from './laid-out-document';
export { layoutResume } from './layout-resume';
export { expectedPageTexts, expectedReadingText } from './reading-text';
export {
  describeUnsupportedCharacters,
  findUnsupportedCharacters,
  formatCodePoint,
  MISSING_GLYPH_POLICIES,
  replaceUnsupportedCharacters,
  type MissingGlyphPolicy,
  type UnsupportedCharacter,
} from './unsupported-characters';
export { breakLines, type BrokenLine, type StyledText } from './line-breaking';
export { toDrawnText } from './drawn-text';
export { TEMPLATE_NAMES, type Rgb, type Template, type TemplateName } from './template-style';
export { DEFAULT_TEMPLATE, TEMPLATES } from './templates';
export { compareReadingText, type AtsCheck } from './ats-check';
export {
  DEFAULT_EXPORT_OPTIONS,
  ExportOptionsSchema,
  exportLayoutOptions,
  type ExportOptions,
} from './export-options';
