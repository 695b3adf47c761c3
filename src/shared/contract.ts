import { z } from 'zod';
import type { AppErrorData } from '../core/errors/app-error';
import { ProfileSchema } from '../core/resume/profile';
import { EntryFieldsSchema } from '../core/resume/entry';
import { SectionKindSchema } from '../core/resume/section';
import { ExportOptionsSchema } from '../core/layout/export-options';
import { MISSING_GLYPH_POLICIES } from '../core/layout/unsupported-characters';
import { CHANNELS, type ChannelName } from './channels';
import { LONG_TEXT_MAX } from '../core/resume/profile';
import { EXPORT_FORMATS, JOB_SORTS, JOB_STATUSES, MASTER_EXPORT_FORMATS } from './domain-types';
import { ResumeDraftSchema } from '../core/resume/resume-draft';
import { MergeChoicesSchema } from '../core/resume/resume-merge';
import {
  MAX_IMPORT_CHARS,
  MAX_POSTING_CHARS,
  MAX_POSTING_FILE_BYTES,
  MAX_RESUME_FILE_BYTES,
  MAX_SEARCH_CHARS,
} from './limits';
import type {
  AppInfo,
  FirstRun,
  ExportRecord,
  ExportResult,
  MasterExportResult,
  JobSummary,
  JobView,
  CreatedJob,
  IncludedTailoring,
  PdfPreview,
  ExportOptions,
  Tailoring,
  ExportView,
  FitToPagesResult,
  FitCheck,
  RecognisedImport,
  ImportPlanView,
  AppliedImport,
  ReexportResult,
  SkillGap,
  UserSkill,
  PostingFileText,
  VersionedResume,
} from './domain-types';

/**
 * The one IPC contract. Every channel the renderer may call is declared here once, with the schema its
 * input must pass and the type of its output. Main registers a handler per key, the preload and the
 * browser bridge build a named function per key: they cannot drift apart.
 */

export { MAX_IMPORT_CHARS, MAX_POSTING_CHARS, MAX_SEARCH_CHARS } from './limits';

const id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const noInput = z.undefined();
// The version of the row an edit started from (getResume's `versions`): main refuses the edit with a
// 'conflict' when the row has been saved since, by another window.
const version = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const skillName = z.string().trim().min(1).max(200);
// What the user may correct in what the app read from a posting.
const jobField = z.string().max(300);
// One section, one entry, one bullet: what turning a bullet back on inside turned-off parents takes.
// The same rule is stepsToInclude (core/tailor/exclusions.ts); a little room is left above it.
const MAX_INCLUDE_STEPS = 10;
const output = <T>() => null as unknown as T;
// A heading the person can see: spaces around it are dropped, and only spaces (or invisible characters) is
// no title at all (it printed as an empty heading).
const sectionTitle = z
  .string()
  .trim()
  .max(200)
  .refine((title) => /[^\s\u200b-\u200d\u2060\ufeff]/u.test(title), 'a section needs a title you can see');
const BASE64_MAX = Math.ceil(MAX_POSTING_FILE_BYTES / 3) * 4;
const RESUME_BASE64_MAX = Math.ceil(MAX_RESUME_FILE_BYTES / 3) * 4;

/**
 * How large a channel's request may be on a transport that must parse it (the browser bridge's JSON),
 * checked before parsing: a 10-million-element array or a million-key object blocked the event loop for
 * seconds before any schema saw it. Channels without `wireBytes` take DEFAULT_WIRE_BYTES, far above their
 * largest valid input (5,000 ids, a 10,000-character text even if every character is escaped).
 */
export const DEFAULT_WIRE_BYTES = 1024 * 1024;
/** JSON escaping can double a text's size (quotes, backslashes), or more for control characters. */
const textWireBytes = (chars: number) => chars * 4 + 4_096;

// A reviewed import: the draft as the user fixed it, how to store it, and (for a merge) their choices;
// without choices a merge takes the defaults (defaultMergeChoices). A draft is at most what an import of
// MAX_IMPORT_CHARS can give, so that bounds its wire size too.
const importTarget = {
  draft: ResumeDraftSchema,
  mode: z.enum(['replace', 'merge']),
  choices: MergeChoicesSchema.optional(),
};

export const contract = {
  getAppInfo: { input: noInput, output: output<AppInfo>() },
  getFirstRun: { input: noInput, output: output<FirstRun>() },
  dismissWelcome: { input: noInput, output: output<FirstRun>() },
  // Deletes the demo résumé (while it is still the demo) and the demo job with its exports; nothing else.
  removeDemo: { input: noInput, output: output<FirstRun>() },

  getResume: { input: noInput, output: output<VersionedResume>() },
  updateProfile: { input: ProfileSchema.extend({ version }), output: output<VersionedResume>() },
  addSection: {
    input: z.strictObject({ kind: SectionKindSchema, title: sectionTitle }),
    output: output<VersionedResume>(),
  },
  renameSection: {
    input: z.strictObject({ id, title: sectionTitle, version }),
    output: output<VersionedResume>(),
  },
  deleteSection: { input: z.strictObject({ id }), output: output<VersionedResume>() },
  addEntry: {
    input: z.strictObject({ sectionId: id, fields: EntryFieldsSchema }),
    output: output<VersionedResume>(),
  },
  updateEntry: {
    input: z.strictObject({ id, fields: EntryFieldsSchema, version }),
    output: output<VersionedResume>(),
  },
  deleteEntry: { input: z.strictObject({ id }), output: output<VersionedResume>() },
  addBullet: {
    input: z.strictObject({ entryId: id, text: z.string().max(LONG_TEXT_MAX) }),
    output: output<VersionedResume>(),
  },
  updateBullet: {
    input: z.strictObject({ id, text: z.string().max(LONG_TEXT_MAX), version }),
    output: output<VersionedResume>(),
  },
  deleteBullet: { input: z.strictObject({ id }), output: output<VersionedResume>() },
  // A résumé file (PDF, JSON Resume, text; whatever read-resume-file reads) or pasted text, read for the
  // review screen: the draft, what the reader was unsure of, and the text it read. Changes nothing.
  recogniseResumeFile: {
    input: z.strictObject({
      name: z.string().trim().min(1).max(255),
      data: z.base64().max(RESUME_BASE64_MAX),
    }),
    output: output<RecognisedImport>(),
    wireBytes: RESUME_BASE64_MAX + 4_096,
  },
  recogniseResumeText: {
    input: z.strictObject({ text: z.string().max(MAX_IMPORT_CHARS) }),
    output: output<RecognisedImport>(),
    wireBytes: textWireBytes(MAX_IMPORT_CHARS),
  },
  // What replacing with, or merging, the reviewed draft would change; changes nothing.
  previewResumeImport: {
    input: z.strictObject(importTarget),
    output: output<ImportPlanView>(),
    wireBytes: textWireBytes(MAX_IMPORT_CHARS),
  },
  // Stores it in one transaction after a backup. `removals` is the preview's count the user confirmed:
  // if the résumé changed since and more (or fewer) items would go, nothing is stored.
  applyResumeImport: {
    input: z.strictObject({ ...importTarget, removals: z.number().int().nonnegative().max(1_000_000) }),
    output: output<AppliedImport>(),
    wireBytes: textWireBytes(MAX_IMPORT_CHARS),
  },

  // With no input (or {}), every job newest first.
  listJobs: {
    input: z
      .strictObject({
        query: z.string().max(MAX_SEARCH_CHARS).optional(),
        status: z.enum(JOB_STATUSES).optional(),
        sort: z.enum(JOB_SORTS).optional(),
        limit: z.number().int().min(1).max(1_000_000).optional(),
      })
      .optional(),
    output: output<JobSummary[]>(),
  },
  createJob: {
    input: z.strictObject({ text: z.string().max(MAX_POSTING_CHARS) }),
    output: output<CreatedJob>(),
    wireBytes: textWireBytes(MAX_POSTING_CHARS),
  },
  getJob: { input: z.strictObject({ id }), output: output<JobView>() },
  // A posting saved as a file (web page, PDF, .docx, .txt), read into what the paste box shows; saving
  // it is createJob's, so the user sees the text first. `data` is the file's bytes in base64.
  readPostingFile: {
    input: z.strictObject({
      name: z.string().trim().min(1).max(255),
      data: z.base64().max(BASE64_MAX),
    }),
    output: output<PostingFileText>(),
    wireBytes: BASE64_MAX + 4_096,
  },
  deleteJob: { input: z.strictObject({ id }), output: output<JobSummary[]>() },

  getTailoring: { input: z.strictObject({ jobId: id }), output: output<Tailoring>() },
  // One user action, one call: a tick, or "turn it back on" with the entry and section around it. With
  // `preview` (the preview is on screen) the answer carries the new preview too: one round trip.
  setIncluded: {
    input: z.strictObject({
      jobId: id,
      steps: z
        .array(z.strictObject({ kind: z.enum(['section', 'entry', 'bullet']), id, included: z.boolean() }))
        .min(1)
        .max(MAX_INCLUDE_STEPS),
      preview: z.strictObject({ onMissingGlyph: z.enum(MISSING_GLYPH_POLICIES).optional() }).optional(),
    }),
    output: output<IncludedTailoring>(),
  },

  // PDF and Word export. Options are the user's stored settings; onMissingGlyph says what to do
  // with a character no bundled font can draw (stop before writing, or draw a visible replacement).
  previewPdf: {
    input: z.strictObject({ jobId: id, onMissingGlyph: z.enum(MISSING_GLYPH_POLICIES).optional() }),
    output: output<PdfPreview>(),
  },
  exportJobResume: {
    input: z.strictObject({
      jobId: id,
      format: z.enum(EXPORT_FORMATS).optional(),
      onMissingGlyph: z.enum(MISSING_GLYPH_POLICIES).optional(),
    }),
    output: output<ExportResult>(),
  },
  // The master résumé (no job) as JSON Resume or plain text, through the save dialog; not recorded.
  exportMasterResume: {
    input: z.strictObject({ format: z.enum(MASTER_EXPORT_FORMATS) }),
    output: output<MasterExportResult>(),
  },
  getExportOptions: { input: noInput, output: output<ExportOptions>() },
  setExportOptions: { input: ExportOptionsSchema, output: output<ExportOptions>() },
  listExports: { input: z.strictObject({ jobId: id }), output: output<ExportRecord[]>() },

  // The user's own dictionary. The schema only bounds the size; the service checks the meaning
  // (length, invisible characters, a term the bundled dictionary already knows) with a message to act on.
  listUserSkills: { input: noInput, output: output<UserSkill[]>() },
  addUserSkill: {
    input: z.strictObject({
      name: z.string().max(1_000),
      aliases: z.array(z.string().max(1_000)).max(20).optional(),
      category: z
        .string()
        .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lower-case word like "custom" or "cloud"')
        .optional(),
    }),
    output: output<UserSkill[]>(),
  },
  removeUserSkill: { input: z.strictObject({ id }), output: output<UserSkill[]>() },
  // Skills the user says are not skills (a hotel's "Spa"): never reported again, in any posting or
  // résumé, until unmarked. Each reply is the whole list of marked names.
  listNotSkills: { input: noInput, output: output<string[]>() },
  markNotSkill: { input: z.strictObject({ name: skillName }), output: output<string[]>() },
  unmarkNotSkill: { input: z.strictObject({ name: skillName }), output: output<string[]>() },

  // Tailoring. Per-job choices (pins, wording, order) never change the master résumé.
  setPinned: {
    input: z.strictObject({ jobId: id, bulletId: id, pin: z.enum(['in', 'out']).nullable() }),
    output: output<Tailoring>(),
  },
  fitToPages: {
    input: z.strictObject({ jobId: id, pages: z.union([z.literal(1), z.literal(2)]) }),
    output: output<FitToPagesResult>(),
  },
  // Whether an earlier fit to `pages` still holds with the choices and PDF settings as they are now.
  checkFit: {
    input: z.strictObject({ jobId: id, pages: z.union([z.literal(1), z.literal(2)]) }),
    output: output<FitCheck>(),
  },
  setBulletText: {
    input: z.strictObject({
      jobId: id,
      bulletId: id,
      choice: z
        .union([z.strictObject({ variantId: id }), z.strictObject({ text: z.string().max(LONG_TEXT_MAX) })])
        .nullable(),
    }),
    output: output<Tailoring>(),
  },
  setOrder: {
    input: z.strictObject({
      jobId: id,
      kind: z.enum(['entry', 'bullet']),
      parentId: id,
      ids: z.array(id).max(5_000),
    }),
    output: output<Tailoring>(),
  },
  addVariant: {
    input: z.strictObject({ bulletId: id, text: z.string().max(LONG_TEXT_MAX) }),
    output: output<VersionedResume>(),
  },
  updateVariant: {
    input: z.strictObject({ id, text: z.string().max(LONG_TEXT_MAX) }),
    output: output<VersionedResume>(),
  },
  deleteVariant: { input: z.strictObject({ id }), output: output<VersionedResume>() },
  updateJob: {
    input: z.strictObject({
      id,
      status: z.enum(JOB_STATUSES).optional(),
      notes: z.string().max(LONG_TEXT_MAX).optional(),
      title: jobField.optional(),
      company: jobField.optional(),
      location: jobField.optional(),
    }),
    output: output<JobSummary>(),
  },
  // The posting's text corrected by the user; analysed again at once. Per-job choices are kept.
  updateJobText: {
    input: z.strictObject({ id, text: z.string().max(MAX_POSTING_CHARS) }),
    output: output<JobView>(),
    wireBytes: textWireBytes(MAX_POSTING_CHARS),
  },
  getExport: { input: z.strictObject({ exportId: id }), output: output<ExportView>() },
  reexport: { input: z.strictObject({ exportId: id }), output: output<ReexportResult>() },
  skillGaps: { input: noInput, output: output<SkillGap[]>() },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

/** What crosses the boundary: a value, or the one error shape. Never a thrown Error (its class is lost). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

// Compile-time proof that the preload's list of names and the contract hold the same channels.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListsAgree: SameKeys<Channel, ChannelName> = true;
void channelListsAgree;

export const channels: readonly Channel[] = CHANNELS;

/** The functions the renderer sees: one per channel, resolving to the envelope. */
export type Api = { [C in Channel]: Call<C, Promise<Envelope<OutputOf<C>>>> };

/**
 * A function for channel C returning R: no argument when the channel takes none, an optional one when
 * its input may be omitted. Shared by the preload's Api and the renderer's unwrapped client.
 */
export type Call<C extends Channel, R> =
  InputOf<C> extends undefined
    ? () => R
    : undefined extends InputOf<C>
      ? (input?: InputOf<C>) => R
      : (input: InputOf<C>) => R;

/** The handlers main implements: parsed input in, value out (errors are thrown as AppError). */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};
