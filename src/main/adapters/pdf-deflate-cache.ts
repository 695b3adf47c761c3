import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/** Deflated streams kept: the fonts and ToUnicode maps of a few templates, and the pages of a preview. */
const ENTRIES = 64;

// Keyed by a hash of the uncompressed bytes: deflate is deterministic, so a hit gives exactly the bytes
// a fresh compression would. Shared by every document of the process, like the parsed fonts.
const deflated = new Map<string, Uint8Array>();

/**
 * `contents` compressed with node:zlib (native) instead of pdf-lib's pako (JavaScript), reusing the
 * bytes of any stream compressed before. The output is a valid zlib stream at the same level that
 * decodes to the same bytes, and is the same for the same input under the same Node or Electron (not
 * byte for byte what pako writes).
 */
export function deflatedOnce(contents: string | Uint8Array): Uint8Array {
  // pdf-lib turns a string into bytes one char code per byte: latin1 gives the same bytes.
  const bytes = typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;
  const key = createHash('sha1').update(bytes).digest('base64');
  let compressed = deflated.get(key);
  if (compressed === undefined) compressed = deflateSync(bytes);
  else deflated.delete(key);
  // Most recently used last, so the oldest is the one dropped.
  deflated.set(key, compressed);
  if (deflated.size > ENTRIES) deflated.delete(deflated.keys().next().value ?? key);
  return compressed;
}
