import { zipSync } from 'fflate';
import { AppError } from '../../core/errors/app-error';
import { unzipBounded } from './bounded-unzip';

// A résumé's or posting's document.xml is tens of KB, styles and numbering a few more.
const WORD_LIMITS = { maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 };
// The parts mammoth reads: every XML part and relationship list but the package's metadata and the
// theme, which mammoth never uses and which made converting the app's own .docx almost twice as slow.
// Media and embedded files are never unpacked.
const WANTED_PART = /\.(xml|rels)$/i;
const UNREAD_PART = /^(docProps|customXml)\/|^word\/theme\//i;

/** A Word package made safe for mammoth, and its XML parts by name (for what mammoth does not read). */
export interface WordPackage {
  stored: Buffer;
  parts: ReadonlyMap<string, Uint8Array>;
}

/**
 * An untrusted .docx (a zip archive) as a package mammoth can read safely: the XML parts it reads,
 * unpacked within bounds (bounded-unzip: declared sizes checked before inflating, inflation counted),
 * repacked uncompressed, so mammoth inflates nothing the size checks have not seen. `what` names the
 * file in messages ("Word file").
 */
export function boundedWordPackage(bytes: Uint8Array, what: string): WordPackage {
  const parts = unzipBounded(
    bytes,
    (name) => WANTED_PART.test(name) && !UNREAD_PART.test(name),
    WORD_LIMITS,
    what,
  );
  // Every Office package has these two; where the document itself is, _rels/.rels says (mammoth reads it).
  if (!parts.has('[Content_Types].xml') || !parts.has('_rels/.rels')) {
    throw new AppError(
      'invalid-input',
      'This zip archive is not a Word document: it has none of the parts of an Office package.',
      { reason: 'wrong-type' },
    );
  }
  return { stored: Buffer.from(zipSync(Object.fromEntries(parts), { level: 0 })), parts };
}
