import { createRequire } from 'node:module';
import fontkit, { type Font } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';
import { deflatedOnce } from './pdf-deflate-cache';
import { fastFont } from './pdf-fast-font';
import { parsedFont } from './pdf-font-cache';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * The one place where the PDF writer leaves pdf-lib's and fontkit's stock path for speed (README,
 * Performance, has what each buys; the ones that did not pay were dropped):
 * - one-parse: pdf-lib embeds from the layout's parse of each font file instead of parsing it again;
 * - no-shaping, subset-cache, quick-headers: pdf-lib gets fontkit's font through a Proxy that answers
 *   `layout`, `createSubset`, the PostScript name and 'post' its own way (pdf-fast-font.ts), through
 *   fontkit's public API and the font file's bytes; fontkit's objects are never changed;
 * - zlib-deflate: each document's `context.flateStream` is replaced (the one override of a pdf-lib
 *   method left) so that streams are compressed by node:zlib, once per content (pdf-deflate-cache.ts).
 * Each rests on how pdf-lib 1.17.1 uses fontkit 1.1.1 (which members of a font it reads, where it
 * compresses), so they apply to those versions only: any other version, or any throw inside a fast path,
 * gets the stock path. pdf-fast-paths.test.ts compares both paths page for page.
 */
export const PROVEN_ON = { 'pdf-lib': '1.17.1', '@pdf-lib/fontkit': '1.1.1' } as const;

export type LibraryVersions = Record<keyof typeof PROVEN_ON, string | undefined>;

export const SPEED_UPS = [
  'one-parse',
  'no-shaping',
  'subset-cache',
  'quick-headers',
  'zlib-deflate',
] as const;
export type SpeedUp = (typeof SPEED_UPS)[number];

/** How a document is written: the fontkit pdf-lib embeds with, and how its streams are compressed. */
export interface PdfPaths {
  readonly speedUps: readonly SpeedUp[];
  readonly fontkit: Fontkit;
  /** Sets up a new document before anything is embedded or drawn. */
  prepare(pdf: PDFDocument): void;
}

/**
 * Paths with the given speed-ups on (none: pdf-lib and fontkit exactly as shipped). Each keeps its own
 * fonts and subsets, so the bench can measure one combination without another's warm state.
 */
export function createPdfPaths(speedUps: readonly SpeedUp[]): PdfPaths {
  const on = new Set(speedUps);
  const fonts = new WeakMap<Uint8Array, Font>();
  const wrap = (bytes: Uint8Array, font: Font) => fastFont(font, bytes, on);
  const create = (bytes: Uint8Array): Font => {
    if (!on.has('one-parse')) return wrap(bytes, fontkit.create(bytes));
    let font = fonts.get(bytes);
    if (font === undefined) {
      font = wrap(bytes, parsedFont(bytes));
      fonts.set(bytes, font);
    }
    return font;
  };
  return {
    speedUps: [...on],
    fontkit: on.size === 0 ? fontkit : { create },
    prepare(pdf) {
      if (!on.has('zlib-deflate')) return;
      // Every stream of the document (font files, ToUnicode maps, page contents) goes through
      // flateStream; pdf-lib compresses with pako in JavaScript, node:zlib does it natively.
      const context = pdf.context;
      context.flateStream = (contents, dict = {}) =>
        context.stream(deflatedOnce(contents), { ...dict, Filter: 'FlateDecode' });
    },
  };
}

export const stockPdfPaths: PdfPaths = createPdfPaths([]);
export const fastPdfPaths: PdfPaths = createPdfPaths(SPEED_UPS);

/** The fast paths for the versions they were proven on, the stock path for anything else. */
export function pdfPathsFor(installed: LibraryVersions): PdfPaths {
  const proven = Object.entries(PROVEN_ON).every(
    ([name, version]) => installed[name as keyof LibraryVersions] === version,
  );
  return proven ? fastPdfPaths : stockPdfPaths;
}

let installed: PdfPaths | undefined;

/** The paths for the pdf-lib and fontkit this process loads (read once from their package.json). */
export function installedPdfPaths(): PdfPaths {
  installed ??= pdfPathsFor(installedVersions());
  return installed;
}

function installedVersions(): LibraryVersions {
  const require = createRequire(import.meta.url);
  const versionOf = (name: string): string | undefined => {
    try {
      const version = (require(`${name}/package.json`) as { version?: unknown }).version;
      return typeof version === 'string' ? version : undefined;
    } catch {
      // Not resolvable from here (an unusual bundle): unknown, so the stock path.
      return undefined;
    }
  };
  return { 'pdf-lib': versionOf('pdf-lib'), '@pdf-lib/fontkit': versionOf('@pdf-lib/fontkit') };
}

let warned = false;

/**
 * Writes with `paths`, and again with the stock path if a fast path throws: a change in a library that
 * the version check did not catch costs speed, never the export. Said once per process on stderr (as a
 * Node warning), so the next person sees why exports got slower.
 */
export async function withStockFallback<T>(
  paths: PdfPaths,
  write: (paths: PdfPaths) => Promise<T>,
): Promise<T> {
  if (paths.speedUps.length === 0) return write(paths);
  try {
    return await write(paths);
  } catch (error) {
    if (!warned) {
      warned = true;
      const reason = error instanceof Error ? error.message : String(error);
      process.emitWarning(`PDF fast path failed (${reason}); writing with stock pdf-lib and fontkit`);
    }
    return write(stockPdfPaths);
  }
}
