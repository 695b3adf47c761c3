import type { Db } from './db-types';
import { createExclusionsRepo, type ExclusionsRepo } from './exclusions-repo';
import { createExportsRepo, type ExportsRepo } from './exports-repo';
import { createJobChoicesRepo, type JobChoicesRepo } from './job-choices-repo';
import { createJobsRepo, type JobsRepo } from './jobs-repo';
import { createMetaRepo, type MetaRepo } from './meta-repo';
import { createNotSkillsRepo, type NotSkillsRepo } from './not-skills-repo';
import { createResumeRepo, type ResumeRepo } from './resume-repo';
import { createUserSkillsRepo, type UserSkillsRepo } from './user-skills-repo';

export interface Repositories {
  resume: ResumeRepo;
  jobs: JobsRepo;
  exclusions: ExclusionsRepo;
  /** Per-job wording, order and pins. */
  jobChoices: JobChoicesRepo;
  exports: ExportsRepo;
  meta: MetaRepo;
  userSkills: UserSkillsRepo;
  /** Skills the user marked "not a skill". */
  notSkills: NotSkillsRepo;
  /**
   * Runs several repository calls as one transaction. Each call is already a transaction of its own;
   * nested ones become savepoints, so a failure anywhere rolls back everything done inside `fn`.
   */
  transaction<T>(fn: () => T): T;
}

export interface RepositoryOptions {
  /** Clock for created_at stamps. */
  now?: () => Date;
}

export function createRepositories(db: Db, options: RepositoryOptions = {}): Repositories {
  const now = options.now ?? (() => new Date());
  return {
    resume: createResumeRepo(db),
    jobs: createJobsRepo(db, now),
    exclusions: createExclusionsRepo(db),
    jobChoices: createJobChoicesRepo(db),
    exports: createExportsRepo(db, now),
    meta: createMetaRepo(db),
    userSkills: createUserSkillsRepo(db, now),
    notSkills: createNotSkillsRepo(db, now),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  };
}
