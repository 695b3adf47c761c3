import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';

/** Deflated streams kept: the fonts and ToUnicode maps of a few templates, and the pages of a preview. */
const ENTRIES = 64;

// Keyed by a hash of the uncompressed bytes: deflate is deterministic, so a hit gives exactly the bytes
// pdf-lib would have produced. Shared by every document of the process, like the parsed fonts.
const deflated = new Map<string, Uint8Array>();

/**
 * Makes `pdf.context.flateStream` reuse the compressed bytes of any stream it has compressed before.
 * pdf-lib compresses each embedded font file and ToUnicode map with pako at every save: about a fifth
 * of a warm two-page write in a CPU profile, for bytes that rarely change between two previews.
 */
export function reuseDeflatedStreams(pdf: PDFDocument): void {
  const context = pdf.context;
  const flateStream = context.flateStream.bind(context);
  context.flateStream = (contents, dict = {}) => {
    // pdf-lib turns a string into bytes one char code per byte: latin1 hashes the same bytes.
    const key = createHash('sha1')
      .update(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents)
      .digest('base64');
    const hit = deflated.get(key);
    if (hit !== undefined) {
      deflated.delete(key);
      deflated.set(key, hit);
      return context.stream(hit, { ...dict, Filter: 'FlateDecode' });
    }
    const stream = flateStream(contents, dict);
    deflated.set(key, stream.getContents());
    if (deflated.size > ENTRIES) deflated.delete(deflated.keys().next().value ?? key);
    return stream;
  };
}
