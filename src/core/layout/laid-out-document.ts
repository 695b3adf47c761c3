import type { FontFamily, FontStyle } from './font-metrics';
import type { Rgb } from './template-style';

/*
 * Coordinates are in points with the origin at the page's top-left corner and y growing downwards,
 * the order a reader (and an ATS) goes through the page. The drawing adapter flips y for PDF.
 */

/** One piece of text in one style, drawn at its baseline. */
export interface TextRun {
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  text: string;
  style: FontStyle;
  size: number;
  /** Advance width, as measured by the layout's FontMetrics. */
  width: number;
  color: Rgb;
}

/** A clickable area over visible text; `y` is its top edge. */
export interface LinkBox {
  x: number;
  y: number;
  w: number;
  h: number;
  url: string;
}

/** A thin horizontal line (under section headings). Decoration only: it carries no text. */
export interface HorizontalRule {
  x: number;
  y: number;
  width: number;
  thickness: number;
  color: Rgb;
}

export interface LaidOutPage {
  /** In drawing order, which is reading order: top to bottom, left to right. */
  runs: TextRun[];
  links: LinkBox[];
  rules: HorizontalRule[];
}

export interface LaidOutDocument {
  /** The template's font family: the drawing adapter picks the fonts (and their fallbacks) from it. */
  fontFamily: FontFamily;
  pageWidth: number;
  pageHeight: number;
  pages: LaidOutPage[];
}
