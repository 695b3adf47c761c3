import { linkedInFileOf, type LinkedInFiles } from '../../core/import/linkedin-csv';
import { unzipBounded } from './bounded-unzip';
import { expectSignature } from './file-signature';

// A full export holds every message and connection too, but only the résumé files are unpacked:
// the largest of those in real exports is a few hundred KB.
const LINKEDIN_LIMITS = { maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 16 * 1024 * 1024 };

/**
 * The résumé CSV files of a LinkedIn data export (.zip), as text by their export names. Only those
 * files are unpacked, within bounds (bounded-unzip); a file whose bytes are not a zip archive is
 * refused with a message that says what it is.
 */
export function readLinkedInExportFiles(bytes: Uint8Array): LinkedInFiles {
  expectSignature(bytes, 'zip', 'LinkedIn export (.zip)');
  const unpacked = unzipBounded(
    bytes,
    (name) => linkedInFileOf(name) !== undefined,
    LINKEDIN_LIMITS,
    'LinkedIn export',
  );
  const files: LinkedInFiles = {};
  const decoder = new TextDecoder('utf-8');
  for (const [name, data] of unpacked) {
    const file = linkedInFileOf(name);
    // The first copy wins when an archive holds the same file in two folders.
    if (file !== undefined && files[file] === undefined) files[file] = decoder.decode(data);
  }
  return files;
}
