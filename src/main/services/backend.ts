import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonResume } from '../../core/import/json-resume';
import type { Handlers } from '../../shared/contract';
import type { AppInfo } from '../../shared/domain-types';
import { loadFontLibrary } from '../adapters/font-files';
import type { SaveDialog } from '../adapters/save-dialog';
import { loadSkillDictionary } from '../adapters/skill-dictionary-files';
import { backUpDatabase, pruneBackups, removeUnfinishedBackups } from '../db/backup';
import { openDatabase } from '../db/connection';
import { fileStamp } from '../db/set-aside';
import { createRepositories } from '../db/repositories';
import { databaseFile } from '../data-dir';
import { lockDataFolder, type DataFolderLock } from '../data-folder-lock';
import { fromSystemError } from '../system-errors';
import { createFirstRunService } from './first-run-service';
import { createJobsService } from './jobs-service';
import { resumeHandlers } from './resume-service';
import { importHandlers } from './import-service';
import { createTailorService } from './tailor-service';
import { exportHandlers, readExportOptions, renderPreview } from './export-service';
import { exportRecordHandlers } from './export-records-service';
import { createPageCounter } from './page-counter';
import { variantHandlers } from './variants-service';
import { createUserDictionaryService } from './user-dictionary-service';
import { readPostingFile } from '../adapters/posting-file';

export interface BackendOptions {
  dataDir: string;
  resourcesDir: string;
  saveDialog: SaveDialog;
  mode: AppInfo['mode'];
  /** Browser mode: tailored exports come back to the page as downloads, not files in a server folder. */
  downloadExports?: boolean;
  /** A better-sqlite3 build for another runtime (Electron), when the default one is Node's. */
  nativeBinding?: string | undefined;
}

export interface Backend {
  handlers: Handlers;
  close(): void;
}

/**
 * The composition root shared by the Electron main process and browser mode: one database
 * connection, the skills dictionary, the fonts, and a handler for every channel of the contract.
 */
export function createBackend(options: BackendOptions): Backend {
  let lock: DataFolderLock;
  try {
    mkdirSync(options.dataDir, { recursive: true });
    // One writer per data folder: a second copy is refused here, before it opens the database.
    lock = lockDataFolder(options.dataDir, options.mode);
  } catch (error) {
    throw fromSystemError(error, `the data folder ${options.dataDir}`);
  }
  try {
    return openBackend(options, lock);
  } catch (error) {
    lock.release();
    throw fromSystemError(error, `the database in ${options.dataDir}`);
  }
}

/** Backups taken before each résumé import; the newest few are kept (README, "Data"). */
const IMPORT_BACKUP = 'before-import-';
export const IMPORT_BACKUPS_KEPT = 5;

function openBackend(options: BackendOptions, lock: DataFolderLock): Backend {
  const dbFile = databaseFile(options.dataDir);
  // This process holds the folder, so a half-made backup here was left by a crash, never in progress.
  removeUnfinishedBackups(dbFile);
  const { db, notices } = openDatabase(
    dbFile,
    options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
  );
  const repos = createRepositories(db);

  // The bundled dictionary plus the user's own terms; the matcher is rebuilt when they change.
  const userDictionary = createUserDictionaryService(repos, loadSkillDictionary(options.resourcesDir));
  const matcher = userDictionary.matcher;
  const fonts = loadFontLibrary(options.resourcesDir);
  const jobs = createJobsService(repos, matcher);
  // Fit-to-page measures with the real layout, the user's current template and its fonts.
  const tailor = createTailorService(
    repos,
    jobs,
    matcher,
    () => createPageCounter(fonts, readExportOptions(repos)),
    (tailored, onMissingGlyph) => renderPreview({ repos, fonts }, tailored, onMissingGlyph),
  );

  // First run: a demo résumé and the sample posting, so the app is useful the moment it opens.
  const demoDir = join(options.resourcesDir, 'demo');
  const demo = parseJsonResume(readFileSync(join(demoDir, 'demo-resume.json'), 'utf8'));
  const firstRun = createFirstRunService(repos, jobs);
  firstRun.seed(demo, readFileSync(join(demoDir, 'sample-posting.txt'), 'utf8'));

  const handlers: Handlers = {
    getAppInfo: () => ({ notices, dataDir: options.dataDir, mode: options.mode }),
    getFirstRun: firstRun.getFirstRun,
    dismissWelcome: firstRun.dismissWelcome,
    removeDemo: firstRun.removeDemo,
    ...resumeHandlers(repos),
    ...importHandlers(repos, {
      backUpBeforeImport: () => {
        const backup = backUpDatabase(db, dbFile, `${IMPORT_BACKUP}${fileStamp(new Date())}`);
        pruneBackups(dbFile, IMPORT_BACKUP, IMPORT_BACKUPS_KEPT);
        return backup;
      },
      backupFolder: options.dataDir,
    }),
    listJobs: jobs.listJobs,
    createJob: jobs.createJob,
    getJob: jobs.getJob,
    // The file's bytes come from the renderer, never a path: main reads nothing the renderer names.
    readPostingFile: ({ name, data }) => readPostingFile(name, Buffer.from(data, 'base64')),
    deleteJob: jobs.deleteJob,
    ...exportHandlers({
      repos,
      jobs,
      matcher,
      fonts,
      saveDialog: options.saveDialog,
      download: options.downloadExports === true,
    }),
    ...tailor,
    ...variantHandlers(repos),
    updateJob: jobs.updateJob,
    updateJobText: jobs.updateJobText,
    skillGaps: jobs.skillGaps,
    ...exportRecordHandlers({ repos, tailor, saveDialog: options.saveDialog }),
    ...userDictionary.handlers,
  };
  return {
    handlers,
    close: () => {
      db.close();
      lock.release();
    },
  };
}
