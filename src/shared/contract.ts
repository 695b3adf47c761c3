import { z } from 'zod';
import type { AppErrorData } from '../core/errors/app-error';
import type { Resume } from '../core/resume/resume';
import { ProfileSchema } from '../core/resume/profile';
import { EntryFieldsSchema } from '../core/resume/entry';
import { SectionKindSchema } from '../core/resume/section';
import { CHANNELS, type ChannelName } from './channels';
import type {
  AppInfo,
  ExportRecord,
  ExportResult,
  JobSummary,
  JobView,
  PdfPreview,
  Tailoring,
} from './domain-types';

/**
 * The one IPC contract. Every channel the renderer may call is declared here once, with the schema its
 * input must pass and the type of its output. Main registers a handler per key, the preload and the
 * browser bridge build a named function per key: they cannot drift apart.
 */

/** A posting may be a whole saved web page; 6 MB covers the largest real ones with room to spare. */
export const MAX_POSTING_CHARS = 6_000_000;
/** A JSON Resume file is a few KB; 5 MB is generous and still bounded. */
export const MAX_IMPORT_CHARS = 5_000_000;

const id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const noInput = z.undefined();
const output = <T>() => null as unknown as T;

export const contract = {
  getAppInfo: { input: noInput, output: output<AppInfo>() },

  getResume: { input: noInput, output: output<Resume>() },
  updateProfile: { input: ProfileSchema, output: output<Resume>() },
  addSection: {
    input: z.strictObject({ kind: SectionKindSchema, title: z.string().min(1).max(200) }),
    output: output<Resume>(),
  },
  renameSection: {
    input: z.strictObject({ id, title: z.string().min(1).max(200) }),
    output: output<Resume>(),
  },
  deleteSection: { input: z.strictObject({ id }), output: output<Resume>() },
  addEntry: {
    input: z.strictObject({ sectionId: id, fields: EntryFieldsSchema }),
    output: output<Resume>(),
  },
  updateEntry: { input: z.strictObject({ id, fields: EntryFieldsSchema }), output: output<Resume>() },
  deleteEntry: { input: z.strictObject({ id }), output: output<Resume>() },
  addBullet: {
    input: z.strictObject({ entryId: id, text: z.string().max(10_000) }),
    output: output<Resume>(),
  },
  updateBullet: { input: z.strictObject({ id, text: z.string().max(10_000) }), output: output<Resume>() },
  deleteBullet: { input: z.strictObject({ id }), output: output<Resume>() },
  importJsonResume: {
    input: z.strictObject({ text: z.string().max(MAX_IMPORT_CHARS) }),
    output: output<Resume>(),
  },

  listJobs: { input: noInput, output: output<JobSummary[]>() },
  createJob: {
    input: z.strictObject({ text: z.string().max(MAX_POSTING_CHARS) }),
    output: output<JobView>(),
  },
  getJob: { input: z.strictObject({ id }), output: output<JobView>() },
  deleteJob: { input: z.strictObject({ id }), output: output<JobSummary[]>() },

  getTailoring: { input: z.strictObject({ jobId: id }), output: output<Tailoring>() },
  setIncluded: {
    input: z.strictObject({
      jobId: id,
      kind: z.enum(['section', 'entry', 'bullet']),
      id,
      included: z.boolean(),
    }),
    output: output<Tailoring>(),
  },

  previewPdf: { input: z.strictObject({ jobId: id }), output: output<PdfPreview>() },
  exportPdf: { input: z.strictObject({ jobId: id }), output: output<ExportResult>() },
  listExports: { input: z.strictObject({ jobId: id }), output: output<ExportRecord[]>() },
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
export type Api = {
  [C in Channel]: InputOf<C> extends undefined
    ? () => Promise<Envelope<OutputOf<C>>>
    : (input: InputOf<C>) => Promise<Envelope<OutputOf<C>>>;
};

/** The handlers main implements: parsed input in, value out (errors are thrown as AppError). */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};
