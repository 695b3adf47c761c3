import type { AtsCheck } from '../../core/layout/ats-check';
import type { ExportOptions } from '../../core/layout/export-options';
import type { UnsupportedCharacter } from '../../core/layout/unsupported-characters';
import type { Tailoring } from './tailoring';

export type { AtsCheck, ExportOptions };

/** A character drawn as "\uFFFD" because no bundled font has it: what, where. */
export type ReplacedCharacter = Pick<UnsupportedCharacter, 'character' | 'codePoint' | 'field'>;

export interface PdfPreview {
  bytes: Uint8Array;
  pageCount: number;
  /**
   * What was drawn, in reading order. The renderer reads the PDF back with the pdf.js document it draws
   * the pages from and compares (core `compareReadingText`): one parse of each preview, not two.
   */
  readingText: string;
  /** Characters drawn as a replacement mark (onMissingGlyph 'replace'). */
  replaced: ReplacedCharacter[];
}

/** setIncluded's answer: the job's new tailoring and, when it was asked for, the preview drawn from it. */
export interface IncludedTailoring extends Tailoring {
  preview?: PdfPreview;
}
