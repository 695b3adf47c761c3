import type { Font, Glyph, GlyphRun, Subset, SubsetStream } from '@pdf-lib/fontkit';
import { readFontHeaders } from './pdf-font-tables';
import type { SpeedUp } from './pdf-fast-paths';

/** Subsets kept per font face: a preview session toggles between a handful of glyph sets. */
const SUBSETS_PER_FACE = 16;

/**
 * The font pdf-lib embeds with on the fast path (pdf-fast-paths.ts; nothing else uses it): fontkit's
 * own parsed font, seen through a Proxy that answers a few members its own way, all through fontkit's
 * public API. fontkit's object is never changed, and its methods run on it, not on the Proxy.
 */
export function fastFont(font: Font, bytes: Uint8Array, on: ReadonlySet<SpeedUp>): Font {
  const own = new Map<PropertyKey, () => unknown>();
  if (on.has('no-shaping')) {
    const layout = withoutShaping(font);
    own.set('layout', () => layout);
  }
  if (on.has('subset-cache')) {
    const createSubset = cachingSubsets(font);
    own.set('createSubset', () => createSubset);
  }
  if (on.has('quick-headers')) {
    const headers = readFontHeaders(bytes);
    const { postscriptName, post } = headers;
    if (postscriptName !== undefined) own.set('postscriptName', () => postscriptName);
    if (post !== undefined) {
      own.set('italicAngle', () => post.italicAngle);
      // The rest of 'post' (the glyph names) is fontkit's, decoded when first read.
      const lazyPost = { ...post };
      for (const field of ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map']) {
        Object.defineProperty(lazyPost, field, {
          enumerable: true,
          get: () => (font.post as unknown as Record<string, unknown>)[field],
        });
      }
      own.set('post', () => lazyPost);
    }
  }
  if (own.size === 0) return font;
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(font, {
    get(target, key) {
      const answer = own.get(key);
      if (answer !== undefined) return answer();
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      let method = bound.get(key);
      if (method === undefined) {
        method = (value as (...args: unknown[]) => unknown).bind(target);
        bound.set(key, method);
      }
      return method;
    },
  });
}

/**
 * pdf-lib asks fontkit to shape every string it draws (GSUB and GPOS lookups), then keeps only the glyph
 * ids. With ligatures and contextual forms off and text in NFC, shaping maps each code point to its own
 * glyph, so a direct cmap lookup gives the same glyphs, and the same widths FontMetrics measured, at a
 * fraction of the cost: the shaper was about a third of a warm export's time in a CPU profile.
 */
function withoutShaping(font: Font): (text: string) => GlyphRun {
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
  // pdf-lib reads only the glyphs of a run.
  return (text) =>
    ({
      glyphs: Array.from(text, (char) => glyphOf(char.codePointAt(0) ?? 0)),
      positions: [],
    }) as unknown as GlyphRun;
}

/**
 * Encoding a subset font is the costliest step of a warm write. The encoded bytes depend only on the
 * font and the ordered list of glyphs, and the writer includes glyphs in a canonical order (see
 * embedUsedFonts), so a preview redrawn after a toggle usually reuses every face as is.
 */
function cachingSubsets(font: Font): () => Subset {
  const encoded = new Map<string, Uint8Array>();
  const remember = (key: string, bytes: Uint8Array) => {
    encoded.delete(key);
    encoded.set(key, bytes);
    // Most recently used last, so the oldest is the one dropped.
    if (encoded.size > SUBSETS_PER_FACE) encoded.delete(encoded.keys().next().value ?? key);
    return bytes;
  };
  return () => {
    const subset = font.createSubset();
    // fontkit always starts a subset with glyph 0 (.notdef).
    const glyphIds = [0];
    return {
      // pdf-lib reads `cff` to choose the PDF font type (CIDFontType0 or 2).
      get cff(): unknown {
        return (subset as Subset & { cff?: unknown }).cff;
      },
      includeGlyph(glyph) {
        const index = subset.includeGlyph(glyph);
        glyphIds[index] = typeof glyph === 'number' ? glyph : glyph.id;
        return index;
      },
      encodeStream() {
        const key = glyphIds.join(',');
        const hit = encoded.get(key);
        const bytes = hit !== undefined ? Promise.resolve(hit) : collect(subset.encodeStream());
        return streamOf(bytes.then((value) => remember(key, value)));
      },
    } as Subset;
  };
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
