import type { AtsCheck } from '../../core/layout/ats-check';
import type { PdfOptions } from '../../core/layout/pdf-options';
import type { UnsupportedCharacter } from '../../core/layout/unsupported-characters';

export type { AtsCheck, PdfOptions };

/** A character drawn as "\uFFFD" because no bundled font has it: what, where. */
export type ReplacedCharacter = Pick<UnsupportedCharacter, 'character' | 'codePoint' | 'field'>;

export interface PdfPreview {
  bytes: Uint8Array;
  pageCount: number;
  /** The PDF read back as an ATS reads it, compared with what was drawn. */
  ats: AtsCheck;
  /** Characters drawn as a replacement mark (onMissingGlyph 'replace'). */
  replaced: ReplacedCharacter[];
}
