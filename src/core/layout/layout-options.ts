import type { Template, TemplateName } from './template-style';
import { DEFAULT_TEMPLATE, TEMPLATES } from './templates';

/** Page sizes in PDF points (1/72 inch). */
export const PAGE_SIZES = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
} as const;
export type PageSizeName = keyof typeof PAGE_SIZES;

export interface PageSize {
  width: number;
  height: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LayoutOptions {
  /** Default: 'classic'. */
  template: TemplateName;
  /** A preset name or an explicit size in points. Default: 'a4'. */
  pageSize: PageSizeName | PageSize;
  /** Page margins in points. Default: 0.6 inch (43.2 pt) on every side. */
  margins: Margins;
  /** Body text size in points. Default: 10. Name, headings and contact sizes scale from it. */
  baseFontSize: number;
  /** Line advance as a multiple of the font size. Default: the template's (1.3 for classic). */
  lineSpacing: number;
}

const INCH = 72;

export const DEFAULT_LAYOUT_OPTIONS: Omit<LayoutOptions, 'lineSpacing'> & { lineSpacing?: number } = {
  template: DEFAULT_TEMPLATE,
  pageSize: 'a4',
  margins: { top: 0.6 * INCH, right: 0.6 * INCH, bottom: 0.6 * INCH, left: 0.6 * INCH },
  baseFontSize: 10,
};

/** Options with every default filled in, the page size resolved to points and the template looked up. */
export interface ResolvedLayoutOptions extends Omit<LayoutOptions, 'pageSize' | 'template'> {
  pageSize: PageSize;
  template: Template;
}

export function resolveLayoutOptions(options: Partial<LayoutOptions> = {}): ResolvedLayoutOptions {
  const merged = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const template = TEMPLATES[merged.template];
  if (template === undefined) throw new RangeError(`Unknown template "${String(merged.template)}".`);
  const pageSize = typeof merged.pageSize === 'string' ? PAGE_SIZES[merged.pageSize] : merged.pageSize;
  if (pageSize === undefined) throw new RangeError(`Unknown page size "${String(merged.pageSize)}".`);
  const margins = { ...DEFAULT_LAYOUT_OPTIONS.margins, ...options.margins };
  const resolved: ResolvedLayoutOptions = {
    pageSize: { ...pageSize },
    margins,
    baseFontSize: merged.baseFontSize,
    lineSpacing: merged.lineSpacing ?? template.lineSpacing,
    template,
  };
  assertUsable(resolved);
  return resolved;
}

// A content box narrower than a few characters would make every line one character long; refuse it
// instead of producing thousands of pages.
function assertUsable(options: ResolvedLayoutOptions): void {
  const { pageSize, margins, baseFontSize, lineSpacing } = options;
  const numbers = [pageSize.width, pageSize.height, margins.top, margins.right, margins.bottom, margins.left];
  if (!numbers.every((n) => Number.isFinite(n) && n >= 0))
    throw new RangeError('Page size and margins must be finite, non-negative numbers.');
  if (!(baseFontSize >= 4 && baseFontSize <= 30))
    throw new RangeError('The base font size must be between 4 and 30 points.');
  if (!(lineSpacing >= 1 && lineSpacing <= 3)) throw new RangeError('Line spacing must be between 1 and 3.');
  const contentWidth = pageSize.width - margins.left - margins.right;
  const contentHeight = pageSize.height - margins.top - margins.bottom;
  if (contentWidth < baseFontSize * 10 || contentHeight < baseFontSize * 10) {
    throw new RangeError('The margins leave too little room on the page for text.');
  }
}
