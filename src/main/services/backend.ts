import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSkillMatcher } from '../../core/keywords/skill-matcher';
import type { SkillMatcher } from '../../core/keywords/skill-types';
import { parseJsonResume } from '../../core/import/json-resume';
import type { Handlers } from '../../shared/contract';
import type { AppInfo } from '../../shared/domain-types';
import { loadFontFiles } from '../adapters/font-files';
import type { SaveDialog } from '../adapters/save-dialog';
import { loadSkillDictionary } from '../adapters/skill-dictionary-files';
import { openDatabase } from '../db/connection';
import { createRepositories } from '../db/repositories';
import { seedDemoResumeIfEmpty } from '../db/demo-seed';
import { databaseFile } from '../data-dir';
import { createJobsService } from './jobs-service';
import { resumeHandlers } from './resume-service';
import { tailorHandlers } from './tailor-service';
import { exportHandlers } from './export-service';

export interface BackendOptions {
  dataDir: string;
  resourcesDir: string;
  saveDialog: SaveDialog;
  mode: AppInfo['mode'];
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
  mkdirSync(options.dataDir, { recursive: true });
  const { db, notices } = openDatabase(databaseFile(options.dataDir));
  const repos = createRepositories(db);

  const skillMatcher = createSkillMatcher(loadSkillDictionary(options.resourcesDir));
  const matcher = (): SkillMatcher => skillMatcher;
  const fonts = loadFontFiles(options.resourcesDir);
  const jobs = createJobsService(repos, matcher);

  // First run: a demo résumé and the sample posting, so the app is useful the moment it opens.
  const demoDir = join(options.resourcesDir, 'demo');
  const demo = parseJsonResume(readFileSync(join(demoDir, 'demo-resume.json'), 'utf8'));
  if (seedDemoResumeIfEmpty(repos, demo)) {
    jobs.createJob({ text: readFileSync(join(demoDir, 'sample-posting.txt'), 'utf8') });
  }

  const handlers: Handlers = {
    getAppInfo: () => ({ notices, dataDir: options.dataDir, mode: options.mode }),
    ...resumeHandlers(repos),
    listJobs: jobs.listJobs,
    createJob: jobs.createJob,
    getJob: jobs.getJob,
    deleteJob: jobs.deleteJob,
    ...tailorHandlers(repos, jobs, matcher),
    ...exportHandlers({ repos, jobs, matcher, fonts, saveDialog: options.saveDialog }),
  };
  return { handlers, close: () => db.close() };
}
