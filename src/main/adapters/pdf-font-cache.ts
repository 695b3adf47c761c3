import fontkit, { type Font, type Glyph, type Subset, type SubsetStream } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { withQuickNameAndPost } from './pdf-font-tables';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** Subsets kept per font face: a preview session toggles between a handful of glyph sets. */
const SUBSETS_PER_FACE = 16;

// pdf-lib parses the font file again on every embedFont; parsed fonts are read-only (subsets are made
// per document), so one parse per font file is reused: a warm two-page write went from 69 to 30 ms.
const parsedFonts = new WeakMap<Uint8Array, Font>();

/**
 * The one parsed font of a font file, shared by the layout metrics (fontkit-metrics.ts) and pdf-lib's
 * embedder: each table (cmap, hmtx...) and each glyph's metrics are decoded once per process, not
 * once for measuring and again for embedding. Its `layout` and `createSubset` are the fast ones below,
 * and 'name' and 'post' answer from their headers (pdf-font-tables.ts).
 */
export function parsedFont(bytes: Uint8Array): Font {
  let font = parsedFonts.get(bytes);
  if (font === undefined) {
    font = fontkit.create(wrappableBytes(bytes));
    withQuickNameAndPost(font, bytes);
    withoutShaping(font);
    withSubsetCache(font);
    parsedFonts.set(bytes, font);
  }
  return font;
}

/** The fontkit pdf-lib embeds with: one parse per font file, no shaping, subsets reused. */
export const cachingFontkit: Fontkit = { create: (bytes: Uint8Array) => parsedFont(bytes) };

/**
 * fontkit's bundled `buffer` polyfill copies a Uint8Array into its own Buffer one byte at a time in
 * JavaScript (~3 ms for a DejaVu face, at every start), but wraps an ArrayBuffer as it is. Font bytes
 * are read-only, so fontkit gets the ArrayBuffer (copied natively first if `bytes` is only part of one).
 */
function wrappableBytes(bytes: Uint8Array): Uint8Array {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
      ? bytes.buffer
      : bytes.slice().buffer;
  // fontkit's typings name Uint8Array only; its create() accepts whatever Buffer.from accepts.
  return whole as unknown as Uint8Array;
}

/** The glyph id that the embedded font draws `codePoint` with (the same lookup as pdf-lib's). */
export function glyphIdOf(bytes: Uint8Array, codePoint: number): number {
  return parsedFont(bytes).layout(String.fromCodePoint(codePoint)).glyphs[0]?.id ?? 0;
}

/**
 * pdf-lib asks fontkit to shape every string it draws (GSUB and GPOS lookups), then keeps only the glyph
 * ids. With ligatures and contextual forms off and text in NFC, shaping maps each code point to its own
 * glyph, so a direct cmap lookup gives the same glyphs, and the same widths FontMetrics measured, at a
 * fraction of the cost: the shaper was about a third of a warm export's time in a CPU profile.
 */
function withoutShaping(font: Font): void {
  // fontkit searches the cmap table on every call: remember each code point's glyph.
  const glyphs = new Map<number, Glyph>();
  const glyphOf = (codePoint: number) => {
    let glyph = glyphs.get(codePoint);
    if (glyph === undefined) {
      glyph = font.glyphForCodePoint(codePoint);
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  const layout = (text: string) => ({
    glyphs: Array.from(text, (char) => glyphOf(char.codePointAt(0) ?? 0)),
    positions: [],
  });
  Object.defineProperty(font, 'layout', { value: layout });
}

/**
 * Encoding a subset font is the costliest step of a warm write. The encoded bytes depend only on the
 * font and the ordered list of glyphs, and the writer includes glyphs in a canonical order (see
 * embedUsedFonts), so a preview redrawn after a toggle usually reuses every face as is.
 */
function withSubsetCache(font: Font): void {
  const encoded = new Map<string, Uint8Array>();
  const createSubset = font.createSubset.bind(font);
  const remember = (key: string, bytes: Uint8Array) => {
    encoded.set(key, bytes);
    // Most recently used last, so the oldest is the one dropped.
    if (encoded.size > SUBSETS_PER_FACE) encoded.delete(encoded.keys().next().value ?? key);
    return bytes;
  };
  const cachingSubset = (): Subset => {
    const subset = createSubset();
    // fontkit always starts a subset with glyph 0 (.notdef).
    const glyphIds = [0];
    return {
      includeGlyph(glyph) {
        const index = subset.includeGlyph(glyph);
        glyphIds[index] = typeof glyph === 'number' ? glyph : glyph.id;
        return index;
      },
      encodeStream() {
        const key = glyphIds.join(',');
        const hit = encoded.get(key);
        if (hit !== undefined) {
          encoded.delete(key);
          return streamOf(Promise.resolve(remember(key, hit)));
        }
        const now = encodeNow(subset);
        if (now !== undefined) return streamOf(Promise.resolve(remember(key, now)));
        const stream = subset.encodeStream();
        encodeStreamClass ??= (stream as unknown as { constructor: EncodeStreamClass }).constructor;
        return streamOf(collect(stream).then((bytes) => remember(key, bytes)));
      },
    };
  };
  Object.defineProperty(font, 'createSubset', { value: cachingSubset });
}

/** The stream class fontkit encodes subsets into (restructure's EncodeStream, not exported). */
type EncodeStreamClass = new () => { push(chunk: Uint8Array | null): boolean; end(): void };
let encodeStreamClass: EncodeStreamClass | undefined;

/**
 * fontkit's encodeStream() starts encoding through a setTimeout-based nextTick shim and hands the bytes
 * over through more of them: a few idle milliseconds per face, a third of a write whose fonts are all
 * new. Once the first subset has shown which class fontkit encodes into, later subsets are encoded
 * into one of those directly, collecting its chunks as they are pushed: the same bytes, at once.
 * Undefined until then, or if this fontkit has no `encode(stream)` (the asynchronous path is used).
 */
function encodeNow(subset: Subset): Uint8Array | undefined {
  const encode = (subset as Subset & { encode?: (stream: unknown) => void }).encode;
  if (encodeStreamClass === undefined || typeof encode !== 'function') return undefined;
  const stream = new encodeStreamClass();
  const parts: Uint8Array[] = [];
  stream.push = (chunk) => {
    if (chunk !== null) parts.push(chunk);
    return true;
  };
  encode.call(subset, stream);
  stream.end();
  return Buffer.concat(parts);
}

function collect(stream: SubsetStream): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    const events = stream as SubsetStream & {
      on(event: 'error', callback: (error: unknown) => void): SubsetStream;
    };
    events.on('data', (part) => parts.push(part));
    events.on('end', () => resolve(Buffer.concat(parts)));
    events.on('error', reject);
  });
}

/** The one-chunk stream pdf-lib reads a subset from ('data', then 'end'; or 'error'). */
function streamOf(bytes: Promise<Uint8Array>): SubsetStream {
  const listeners: Record<string, ((value: Uint8Array) => unknown) | undefined> = {};
  // pdf-lib attaches its listeners right after encodeStream() returns; the promise settles after that.
  bytes.then(
    (value) => {
      listeners['data']?.(value);
      listeners['end']?.(value);
    },
    (error: unknown) => (listeners['error'] as ((error: unknown) => unknown) | undefined)?.(error),
  );
  const stream: SubsetStream = {
    on(event, callback) {
      listeners[event] = callback;
      return stream;
    },
  };
  return stream;
}
