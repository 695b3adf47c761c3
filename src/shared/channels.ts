/**
 * The contract's channel names alone, so the preload (one small sandboxed bundle) can build its named
 * functions without pulling in the schemas. contract.ts checks at compile time that both lists agree.
 */
export const CHANNELS = [
  'getAppInfo',
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
  'importJsonResume',
  'previewJsonImport',
  'listJobs',
  'createJob',
  'getJob',
  'deleteJob',
  'getTailoring',
  'setIncluded',
  'previewPdf',
  'exportPdf',
  'listExports',
  // Issue 4: PDF and Word export
  'getPdfOptions',
  'setPdfOptions',
  // Issue 3: the user's own dictionary
  'listUserSkills',
  'addUserSkill',
  'removeUserSkill',
  // Issue 5: tailoring
  'setPinned',
  'fitToPages',
  'setBulletText',
  'setOrder',
  'addVariant',
  'updateVariant',
  'deleteVariant',
  'updateJob',
  'getExport',
  'reexport',
  'skillGaps',
] as const;

export type ChannelName = (typeof CHANNELS)[number];

/** Electron channel name for a contract key; prefixed so nothing else can collide with it. */
export const ipcChannel = (channel: ChannelName): string => `rt:${channel}`;
