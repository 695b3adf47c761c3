import { PDFDocument, PDFHexString, type PDFPage } from 'pdf-lib';
import { AppError } from '../../core/errors/app-error';
import { fallbackChain, type FontFamily, type FontStyle } from '../../core/layout/font-metrics';
import type { LaidOutDocument, LaidOutPage } from '../../core/layout/laid-out-document';
import type { LayoutOptions } from '../../core/layout/layout-options';
import { layoutResume } from '../../core/layout/layout-resume';
import { expectedReadingText } from '../../core/layout/reading-text';
import { TEMPLATES } from '../../core/layout/templates';
import {
  describeUnsupportedCharacters,
  findUnsupportedCharacters,
  replaceUnsupportedCharacters,
  type MissingGlyphPolicy,
  type UnsupportedCharacter,
} from '../../core/layout/unsupported-characters';
import type { Resume } from '../../core/resume/resume';
import type { FontLibrary } from './font-files';
import { createFontMetrics, type ChainMetrics } from './fontkit-metrics';
import { installedPdfPaths, withStockFallback, type PdfPaths } from './pdf-fast-paths';
import { glyphIdOf } from './pdf-font-cache';
import { faceKey, writePageContent, type EmbeddedFaces } from './pdf-page-content';

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
  /** Characters drawn as a replacement mark (onMissingGlyph 'replace'); empty otherwise. */
  replaced: UnsupportedCharacter[];
}

export interface PdfWriteOptions extends Partial<LayoutOptions> {
  /** 'stop' (default): throw before drawing; 'replace': draw "\uFFFD" instead and report it. */
  onMissingGlyph?: MissingGlyphPolicy;
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

// Parsing fonts costs a few ms: reuse metrics (and their glyph-width caches) for the same font bytes.
const metricsCache = new WeakMap<FontLibrary, Map<FontFamily, ChainMetrics>>();

/** Metrics for a family with the others behind it as fallbacks, cached per library. */
export function chainMetrics(fonts: FontLibrary, family: FontFamily): ChainMetrics {
  let byFamily = metricsCache.get(fonts);
  if (byFamily === undefined) {
    byFamily = new Map();
    metricsCache.set(fonts, byFamily);
  }
  let metrics = byFamily.get(family);
  if (metrics === undefined) {
    metrics = createFontMetrics(fallbackChain(family).map((name) => fonts[name]));
    byFamily.set(family, metrics);
  }
  return metrics;
}

/**
 * Checks every character against the template's fonts and their fallbacks, lays the résumé out and
 * draws it. A character no bundled font has throws AppError('unsupported-character') before anything
 * is drawn, or with `onMissingGlyph: 'replace'` is drawn as a visible mark and listed in `replaced`.
 * `paths`: how pdf-lib and fontkit are driven (pdf-fast-paths.ts); the fast ones where proven.
 */
export async function writeResumePdf(
  resume: Resume,
  meta: PdfMeta,
  fonts: FontLibrary,
  options: PdfWriteOptions = {},
  paths: PdfPaths = installedPdfPaths(),
): Promise<WrittenPdf> {
  const { onMissingGlyph = 'stop', ...layoutOptions } = options;
  const template = TEMPLATES[layoutOptions.template ?? 'classic'];
  const metrics = chainMetrics(fonts, template.fontFamily);
  let drawn = resume;
  let replaced: UnsupportedCharacter[] = [];
  if (onMissingGlyph === 'replace') {
    ({ resume: drawn, replaced } = replaceUnsupportedCharacters(resume, metrics, template));
  } else {
    const unsupported = findUnsupportedCharacters(resume, metrics, template);
    if (unsupported.length > 0) {
      throw new AppError('unsupported-character', describeUnsupportedCharacters(unsupported), {
        characters: unsupported,
      });
    }
  }
  const doc = layoutResume(drawn, layoutOptions, metrics);
  const bytes = await withStockFallback(paths, (chosen) => drawPdf(doc, meta, metrics, chosen));
  return { bytes, pageCount: doc.pages.length, readingText: expectedReadingText(doc), replaced };
}

async function drawPdf(
  doc: LaidOutDocument,
  meta: PdfMeta,
  metrics: ChainMetrics,
  paths: PdfPaths,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(paths.fontkit);
  paths.prepare(pdf);
  const faces = await embedUsedFonts(pdf, doc, metrics);
  for (const laidOut of doc.pages) {
    const page = pdf.addPage([doc.pageWidth, doc.pageHeight]);
    writePageContent(pdf, page, laidOut, faces, metrics, doc.pageHeight);
    addLinks(pdf, page, laidOut, doc.pageHeight);
  }
  setMetadata(pdf, meta);
  // Classic cross-reference table instead of object streams: older résumé parsers read it reliably.
  // pdf-lib yields to the event loop (through a setTimeout) every `objectsPerTick` objects
  // to keep a browser page responsive; in main a résumé is a few dozen objects written in one go.
  return pdf.save({ useObjectStreams: false, objectsPerTick: Infinity });
}

/**
 * Embeds (subset) only the faces the document uses, fallbacks included, under deterministic subset
 * tags. Map order follows first use in reading order, so the same document embeds in the same order.
 */
async function embedUsedFonts(
  pdf: PDFDocument,
  doc: LaidOutDocument,
  metrics: ChainMetrics,
): Promise<EmbeddedFaces> {
  const texts = new Map<string, { style: FontStyle; face: number; chars: Set<string> }>();
  for (const run of doc.pages.flatMap((page) => page.runs)) {
    for (const segment of metrics.segments(run.text, run.style)) {
      const key = faceKey(run.style, segment.face);
      const entry = texts.get(key) ?? { style: run.style, face: segment.face, chars: new Set() };
      for (const char of segment.text) entry.chars.add(char);
      texts.set(key, entry);
    }
  }
  const faces: EmbeddedFaces = new Map();
  for (const [key, { style, face, chars }] of texts) {
    const name = metrics.postscriptName(style, face);
    const file = metrics.fileOf(style, face);
    // Glyphs enter the subset by glyph id, not by first use: the same set of characters gives the same
    // subset font whatever the text, so a preview after a toggle reuses the encoded font (pdf-fast-font).
    const glyphOrder = [...chars]
      .map((char) => ({ char, id: glyphIdOf(file, char.codePointAt(0) ?? 0) }))
      .sort((a, b) => a.id - b.id || (a.char < b.char ? -1 : 1))
      .map(({ char }) => char)
      .join('');
    // pdf-lib would name the font "<name>-<pseudo-random digits>"; a tag derived from the glyph set is
    // the PDF convention for subsets (six capitals and "+") and keeps the output reproducible.
    const font = await pdf.embedFont(file, {
      subset: true,
      features: PDF_FONT_FEATURES,
      customName: `${subsetTag(name + glyphOrder)}+${name}`,
    });
    font.encodeText(glyphOrder);
    faces.set(key, { font, resource: `F${faces.size + 1}` });
  }
  return faces;
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
