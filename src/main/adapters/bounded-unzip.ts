import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { AppError } from '../../core/errors/app-error';

/** How much an archive may unpack to: per file and in all (the files asked for only). */
export interface UnzipLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const STORED = 0;
const DEFLATED = 8;
// Bytes handed to the inflater at a time: deflate expands at most about 1,032:1, so one slice can
// never produce more than ~17 MB before the byte count below sees it and stops.
const SLICE = 16 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The files of a zip archive that `wanted` names, unpacked within `limits`, for an untrusted file (a
 * zip bomb, a damaged or cut-short archive). Two passes through fflate's public API:
 * 1. `unzipSync` with a filter that refuses every file reads the central directory only: each wanted
 *    file's declared size and method are checked, and the total capped, before anything is inflated.
 * 2. The streaming `Unzip` inflates the wanted files a slice at a time and counts what comes out: a
 *    header that lies about its size (the classic bomb that passes a size check) is stopped at its
 *    declared size, so time and memory stay within the limits whatever the headers say.
 * Every failure is an AppError; `kind` names the file for messages ("Word file", "archive").
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits,
  kind: string,
): Map<string, Uint8Array> {
  const declared = new Map<string, number>();
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.compression !== STORED && file.compression !== DEFLATED) {
          throw new AppError(
            'invalid-input',
            `This ${kind} is encrypted or compressed in a way that cannot be read (method ${file.compression} in ${file.name}). Save it again without a password and open the new file.`,
            { reason: 'unsupported-zip' },
          );
        }
        total += file.originalSize;
        if (file.originalSize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
          throw bomb(kind, limits);
        }
        declared.set(file.name, Math.max(declared.get(file.name) ?? 0, file.originalSize));
        return false;
      },
    });
  } catch (error) {
    throw asAppError(error, kind);
  }
  return inflateDeclared(bytes, declared, limits, kind);
}

function inflateDeclared(
  bytes: Uint8Array,
  declared: ReadonlyMap<string, number>,
  limits: UnzipLimits,
  kind: string,
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file: UnzipFile) => {
    const size = declared.get(file.name);
    if (size === undefined) return;
    const chunks: Uint8Array[] = [];
    let length = 0;
    file.ondata = (error, chunk, final) => {
      if (error !== null) throw asAppError(error, kind);
      length += chunk.length;
      total += chunk.length;
      if (length > size || total > limits.maxTotalBytes) {
        file.terminate();
        throw bomb(kind, limits);
      }
      chunks.push(chunk);
      if (final) files.set(file.name, concat(chunks, length));
    };
    file.start();
  };
  try {
    for (let at = 0; at < bytes.length; at += SLICE) {
      unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    }
  } catch (error) {
    throw asAppError(error, kind);
  }
  for (const name of declared.keys()) {
    if (!files.has(name)) throw damaged(kind, `${name} could not be unpacked`);
  }
  return files;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const bomb = (kind: string, limits: UnzipLimits) =>
  new AppError(
    'too-large',
    `This ${kind} would unpack to more than ${mb(limits.maxTotalBytes)} (a file in it to more than ${mb(limits.maxEntryBytes)}): far more than a résumé, so it was not opened. It may be damaged or built to fill the disk.`,
    { reason: 'zip-bomb' },
  );

const damaged = (kind: string, reason: string) =>
  // An entry encrypted with a zip password fails the same way as a damaged one: fflate cannot tell them.
  new AppError(
    'invalid-input',
    `This ${kind} is damaged, cut short or protected by a password, so it cannot be read (${reason}).`,
    {
      reason: 'damaged',
    },
  );

function asAppError(error: unknown, kind: string): AppError {
  if (error instanceof AppError) return error;
  return damaged(kind, error instanceof Error ? error.message : String(error));
}
