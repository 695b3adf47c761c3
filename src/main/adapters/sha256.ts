import { createHash } from 'node:crypto';

/** The file fingerprint export records keep (hex), to check a re-export is the same file. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
