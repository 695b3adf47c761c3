/**
 * The contract's channel names alone, so the preload (one small sandboxed bundle) can build its named
 * functions without pulling in the schemas. contract.ts checks at compile time that both lists agree.
 */
export const CHANNELS = [
  'getAppInfo',
  // The first-run welcome and the demo data
  'getFirstRun',
  'dismissWelcome',
  'removeDemo',
  'getResume',
  'updateProfile',
  'addSection',
  'renameSection',
  'deleteSection',
  'addEntry',
  'updateEntry',
  'deleteEntry',
  'addBullet',
  'updateBullet',
  'deleteBullet',
  // Résumé import with a review: read a file or text, see what it would change, then replace or merge
  'recogniseResumeFile',
  'recogniseResumeText',
  'previewResumeImport',
  'applyResumeImport',
  'listJobs',
  'createJob',
  'getJob',
  'readPostingFile',
  'deleteJob',
  'getTailoring',
  'setIncluded',
  'previewPdf',
  'exportJobResume',
  'exportMasterResume',
  'listExports',
  // PDF settings (template, page size, margins, text size)
  'getExportOptions',
  'setExportOptions',
  // The user’s own dictionary
  'listUserSkills',
  'addUserSkill',
  'removeUserSkill',
  'listNotSkills',
  'markNotSkill',
  'unmarkNotSkill',
  // Per-job wording, order and pins, fit to pages, variants, the jobs library, export records
  'setPinned',
  'fitToPages',
  'checkFit',
  'setBulletText',
  'setOrder',
  'addVariant',
  'updateVariant',
  'deleteVariant',
  'updateJob',
  'updateJobText',
  'getExport',
  'reexport',
  'skillGaps',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

/** Electron channel name for a contract key; prefixed so nothing else can collide with it. */
export const ipcChannel = (channel: ChannelName): string => `rt:${channel}`;
