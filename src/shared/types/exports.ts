import type { ExportComparison } from '../../core/tailor/export-comparison';
import type { JobSummary } from './jobs';
import type { AtsCheck, ReplacedCharacter } from './pdf';
import type { Tailoring } from './tailoring';

export type { ExportComparison };

/** PDF and Word as laid out; JSON Resume and plain text for other tools and for paste-in forms. */
export const EXPORT_FORMATS = ['pdf', 'docx', 'json', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The master résumé goes out only as data (JSON Resume) or text; layouts are for a job. */
export const MASTER_EXPORT_FORMATS = ['json', 'txt'] as const;
export type MasterExportFormat = (typeof MASTER_EXPORT_FORMATS)[number];

export type MasterExportResult =
  { status: 'saved'; path: string; format: MasterExportFormat } | { status: 'canceled' };

export type ExportResult =
  | {
      status: 'saved';
      path: string;
      exportId: number;
      format: ExportFormat;
      /** The ATS round trip of the written PDF; absent for Word files. */
      ats?: AtsCheck;
      replaced: ReplacedCharacter[];
    }
  | {
      /**
       * Browser mode: the file comes back to the page, which saves it as a download (a page may not choose
       * a path on the server, and the user expects the file in their browser's downloads).
       */
      status: 'download';
      fileName: string;
      bytes: Uint8Array;
      exportId: number;
      format: ExportFormat;
      ats?: AtsCheck;
      replaced: ReplacedCharacter[];
    }
  | { status: 'canceled' };

/** What one export sent, kept so the user can see later which bullets went to which employer. */
export interface ExportRecord {
  id: number;
  jobId: number;
  createdAt: string;
  path: string;
  percent: number;
  bulletIds: number[];
  sha256: string;
  /** The exact text of each bullet as exported, in the order of bulletIds. */
  bulletTexts: string[];
  /** Template name when the export options recorded one; null for older exports. */
  template: string | null;
  format: string;
  /** The score when exported; null for records made before it was kept. */
  score: ExportScore | null;
  /** The exported file's bytes are stored, so "export the same file again" works. */
  hasBytes: boolean;
}

/** The score as recorded with an export. */
export interface ExportScore {
  percent: number;
  summary: string;
  required: { covered: string[]; missing: string[] };
  preferred: { covered: string[]; missing: string[] };
}

/** A past export beside today's tailoring of the same job. */
export interface ExportView {
  record: ExportRecord;
  job: JobSummary;
  /** Today's tailoring of the job, for side-by-side display. */
  today: Tailoring;
  /** Bullet by bullet: sent and today, same / reworded / left out today / deleted; and what today adds. */
  comparison: ExportComparison;
}

export type ReexportResult = { status: 'saved'; path: string; sha256: string } | { status: 'canceled' };
