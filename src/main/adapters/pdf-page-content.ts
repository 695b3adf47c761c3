import {
  beginText,
  endText,
  lineTo,
  moveTo,
  PDFName,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFDocument,
  type PDFFont,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { FontStyle } from '../../core/layout/font-metrics';
import type { LaidOutPage } from '../../core/layout/laid-out-document';
import type { ChainMetrics } from './fontkit-metrics';

/** The embedded faces of a document by `faceKey`, each with its resource name on every page. */
export type EmbeddedFaces = Map<string, { font: PDFFont; resource: string }>;
export const faceKey = (style: FontStyle, face: number) => `${style}:${face}`;

/**
 * Writes a page's content stream: every run in one text object, the font and colour set only when they
 * change, each run placed with one text matrix. pdf-lib's drawText wraps each run in q/BT/rg/Tf/TL/Tm/
 * Tj/T* /ET/Q and adds a font resource per call: with one Tm and Tj per run instead, a page has about a
 * third of the operators to build, serialize and compress, and draws the same.
 */
export function writePageContent(
  pdf: PDFDocument,
  page: PDFPage,
  laidOut: LaidOutPage,
  faces: EmbeddedFaces,
  metrics: ChainMetrics,
  height: number,
): void {
  const ops: PDFOperator[] = [beginText()];
  const used = new Map<string, PDFFont>();
  let color = '';
  let font = '';
  // Runs are drawn in the order layout returned them: that order is the reading order parsers use.
  // A run that needs a fallback font is drawn as touching pieces, one per font: extractors join
  // touching pieces without a space, so the run still reads as one word stream.
  for (const run of laidOut.runs) {
    const runColor = run.color.join(' ');
    if (runColor !== color) {
      ops.push(setFillingRgbColor(...run.color));
      color = runColor;
    }
    let x = run.x;
    for (const segment of metrics.segments(run.text, run.style)) {
      const face = faces.get(faceKey(run.style, segment.face));
      if (face === undefined) throw new Error(`No embedded font for ${run.style} ${segment.face}`);
      const runFont = `${face.resource} ${run.size}`;
      if (runFont !== font) {
        ops.push(setFontAndSize(face.resource, run.size));
        used.set(face.resource, face.font);
        font = runFont;
      }
      ops.push(setTextMatrix(1, 0, 0, 1, x, height - run.y), showText(face.font.encodeText(segment.text)));
      x += metrics.widthOf(segment.text, run.style, run.size);
    }
  }
  ops.push(endText());
  for (const rule of laidOut.rules) {
    const y = height - rule.y;
    ops.push(
      pushGraphicsState(),
      setStrokingRgbColor(...rule.color),
      setLineWidth(rule.thickness),
      moveTo(rule.x, y),
      lineTo(rule.x + rule.width, y),
      stroke(),
      popGraphicsState(),
    );
  }
  for (const [resource, embedded] of used) page.node.setFontDictionary(PDFName.of(resource), embedded.ref);
  // One flate stream of the whole page (not pdf-lib's operator list): on the fast path an unchanged
  // page, as the first after a toggle on the second, reuses its compressed bytes (pdf-deflate-cache.ts).
  const content = pdf.context.flateStream(ops.map((op) => `${op.toString()}\n`).join(''));
  page.node.addContentStream(pdf.context.register(content));
}
