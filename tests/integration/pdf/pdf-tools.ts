import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool on the bytes (written to a temporary file) and returns its stdout. */
export function poppler(
  tool: 'pdftotext' | 'pdffonts' | 'pdfinfo',
  bytes: Uint8Array,
  args: string[] = [],
): string {
  const dir = mkdtempSync(join(tmpdir(), 'resume-pdf-'));
  try {
    const file = join(dir, 'resume.pdf');
    writeFileSync(file, bytes);
    const output = tool === 'pdftotext' ? [file, '-'] : [file];
    return execFileSync(tool, [...args, ...output], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines joined with spaces, runs of whitespace collapsed: text as a parser's word stream. */
export const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Each page rendered by pdftoppm at `dpi`, as the bytes of a PPM image (header and RGB pixels). */
export function renderPages(bytes: Uint8Array, dpi = 60): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'resume-render-'));
  try {
    const file = join(dir, 'resume.pdf');
    writeFileSync(file, bytes);
    execFileSync('pdftoppm', ['-r', String(dpi), file, join(dir, 'page')]);
    // page-1.ppm, or page-01.ppm from ten pages on: the same digits for every page, so sorting works.
    return readdirSync(dir)
      .filter((name) => name.endsWith('.ppm'))
      .sort()
      .map((name) => readFileSync(join(dir, name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
