export { FONT_STYLES, type FontMetrics, type FontStyle } from './font-metrics';
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
  type UnsupportedCharacter,
} from './unsupported-characters';
export { breakLines, type BrokenLine, type StyledText } from './line-breaking';
export { normalizeText } from './normalize-text';
