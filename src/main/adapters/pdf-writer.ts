import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AppError } from '../../core/errors/app-error';
import type { FontMetrics, FontStyle } from '../../core/layout/font-metrics';
import type { LaidOutDocument, LaidOutPage } from '../../core/layout/laid-out-document';
import type { LayoutOptions } from '../../core/layout/layout-options';
import { layoutResume } from '../../core/layout/layout-resume';
import { expectedReadingText } from '../../core/layout/reading-text';
import {
  describeUnsupportedCharacters,
  findUnsupportedCharacters,
} from '../../core/layout/unsupported-characters';
import type { Resume } from '../../core/resume/resume';
import type { FontFiles } from './font-files';
import { createFontMetrics } from './fontkit-metrics';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** Written as both creation and modification date, so the same input gives the same bytes. */
  createdAt: Date;
}

export interface WrittenPdf {
  bytes: Uint8Array;
  pageCount: number;
  /** What an extractor should read, for the ATS round-trip check. */
  readingText: string;
}

// Ligatures would turn "fi" into one glyph that some parsers extract as "ﬁ" or drop (ATS.md); with them
// off every character is its own glyph and widths match the metrics used for layout. Kerning is off
// because pdf-lib draws glyph advances without positioning anyway; skipping it saves shaping time.
export const PDF_FONT_FEATURES = {
  liga: false,
  clig: false,
  dlig: false,
  rlig: false,
  calt: false,
  kern: false,
};
const APP_NAME = 'Résumé Tailor';
const TEXT_COLOR = rgb(0.1, 0.1, 0.1);
const SECONDARY_COLOR = rgb(0.3, 0.3, 0.3);
const RULE_COLOR = rgb(0.55, 0.55, 0.55);

// Parsing fonts costs a few ms: reuse metrics (and their glyph-width caches) for the same font bytes.
const metricsCache = new WeakMap<FontFiles, ReturnType<typeof createFontMetrics>>();

// pdf-lib parses the font file again on every embedFont; parsed fonts are read-only (subsets are made
// per document), so one parse per font file is reused: a warm two-page write went from 69 to 30 ms.
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: Parameters<PDFDocument['registerFontkit']>[0] = {
  create(bytes: Uint8Array, postscriptName?: string) {
    let font = parsedFonts.get(bytes);
    if (font === undefined) {
      font = fontkit.create(bytes, postscriptName);
      parsedFonts.set(bytes, font);
    }
    return font;
  },
};

/**
 * Checks every character against the fonts, lays the résumé out and draws it. Throws
 * AppError('unsupported-character') before anything is drawn if a glyph is missing.
 */
export async function writeResumePdf(
  resume: Resume,
  meta: PdfMeta,
  fonts: FontFiles,
  options: Partial<LayoutOptions> = {},
): Promise<WrittenPdf> {
  let metrics = metricsCache.get(fonts);
  if (metrics === undefined) {
    metrics = createFontMetrics(fonts);
    metricsCache.set(fonts, metrics);
  }
  const unsupported = findUnsupportedCharacters(resume, metrics);
  if (unsupported.length > 0) {
    throw new AppError('unsupported-character', describeUnsupportedCharacters(unsupported), {
      characters: unsupported,
    });
  }
  const doc = layoutResume(resume, options, metrics);
  const bytes = await drawPdf(doc, meta, fonts, metrics);
  return { bytes, pageCount: doc.pages.length, readingText: expectedReadingText(doc) };
}

async function drawPdf(
  doc: LaidOutDocument,
  meta: PdfMeta,
  fonts: FontFiles,
  metrics: ReturnType<typeof createFontMetrics>,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(cachingFontkit);
  const faces = await embedUsedFonts(pdf, doc, fonts, metrics);
  for (const laidOut of doc.pages) {
    const page = pdf.addPage([doc.pageWidth, doc.pageHeight]);
    drawPage(page, laidOut, faces, doc.pageHeight);
    addLinks(pdf, page, laidOut, doc.pageHeight);
  }
  setMetadata(pdf, meta);
  // Classic cross-reference table instead of object streams: older résumé parsers read it reliably.
  return pdf.save({ useObjectStreams: false });
}

/** Embeds (subset) only the faces the document uses, under a deterministic subset tag. */
async function embedUsedFonts(
  pdf: PDFDocument,
  doc: LaidOutDocument,
  fonts: FontFiles,
  metrics: FontMetrics & { postscriptName(style: FontStyle): string },
): Promise<Partial<Record<FontStyle, PDFFont>>> {
  const textByStyle = new Map<FontStyle, string[]>();
  for (const run of doc.pages.flatMap((page) => page.runs)) {
    const texts = textByStyle.get(run.style) ?? [];
    texts.push(run.text);
    textByStyle.set(run.style, texts);
  }
  const faces: Partial<Record<FontStyle, PDFFont>> = {};
  for (const [style, texts] of textByStyle) {
    const name = metrics.postscriptName(style);
    // pdf-lib would name the font "<name>-<pseudo-random digits>"; a tag derived from the content is
    // the PDF convention for subsets (six capitals and "+") and keeps the output reproducible.
    faces[style] = await pdf.embedFont(fonts[style], {
      subset: true,
      features: PDF_FONT_FEATURES,
      customName: `${subsetTag(name + texts.join('\n'))}+${name}`,
    });
  }
  return faces;
}

function drawPage(
  page: PDFPage,
  laidOut: LaidOutPage,
  faces: Partial<Record<FontStyle, PDFFont>>,
  height: number,
) {
  // Runs are drawn in the order layout returned them: that order is the reading order parsers use.
  for (const run of laidOut.runs) {
    const font = faces[run.style];
    if (font === undefined) throw new Error(`No embedded font for style ${run.style}`);
    page.drawText(run.text, {
      x: run.x,
      y: height - run.y,
      size: run.size,
      font,
      color: run.style === 'italic' ? SECONDARY_COLOR : TEXT_COLOR,
    });
  }
  for (const rule of laidOut.rules) {
    const y = height - rule.y;
    page.drawLine({
      start: { x: rule.x, y },
      end: { x: rule.x + rule.width, y },
      thickness: rule.thickness,
      color: RULE_COLOR,
    });
  }
}

/** Link annotations over the visible email and website text. */
function addLinks(pdf: PDFDocument, page: PDFPage, laidOut: LaidOutPage, height: number) {
  for (const link of laidOut.links) {
    const uri = asciiUri(link.url);
    if (uri === undefined) continue;
    const annotation = pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [link.x, height - link.y - link.h, link.x + link.w, height - link.y],
      Border: [0, 0, 0],
      F: 4,
      A: { Type: 'Action', S: 'URI', URI: PDFHexString.of(Buffer.from(uri, 'latin1').toString('hex')) },
    });
    page.node.addAnnot(pdf.context.register(annotation));
  }
}

// A PDF URI is 7-bit ASCII: let URL percent-encode and punycode it; anything it rejects gets no link.
function asciiUri(url: string): string | undefined {
  try {
    const href = new URL(url).href;
    return /^[\x21-\x7e]+$/.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

function setMetadata(pdf: PDFDocument, meta: PdfMeta) {
  const date = Number.isNaN(meta.createdAt.getTime()) ? new Date(0) : meta.createdAt;
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator(APP_NAME);
  pdf.setProducer(APP_NAME);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
}

/** Six capitals from a 32-bit FNV-1a hash of `text`. */
function subsetTag(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}
