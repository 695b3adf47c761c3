import type { InputOf } from '../../../shared/contract';

/**
 * Every key of the query cache, in one place, so whoever changes a resource can name exactly what
 * depends on it. A key's first part names the resource; invalidating that part alone covers all of it.
 */
export const keys = {
  appInfo: ['appInfo'] as const,
  /** Whether the welcome is due, and what is demo data. */
  firstRun: ['firstRun'] as const,
  resume: ['resume'] as const,
  /** The newest jobs: the app's list (Tailor's picker, the selection). */
  newestJobs: ['newestJobs'] as const,
  /** Searches and filtered lists of the jobs library and the job finder. */
  jobSearch: (input: InputOf<'listJobs'>) => ['jobSearch', input] as const,
  jobSearches: ['jobSearch'] as const,
  /** One job with its posting's analysis. */
  job: (jobId: number) => ['job', jobId] as const,
  jobs: ['job'] as const,
  tailoring: (jobId: number) => ['tailoring', jobId] as const,
  tailorings: ['tailoring'] as const,
  skillGaps: ['skillGaps'] as const,
  userSkills: ['userSkills'] as const,
  notSkills: ['notSkills'] as const,
  exportOptions: ['exportOptions'] as const,
  exports: (jobId: number) => ['exports', jobId] as const,
  exportView: (exportId: number) => ['exportView', exportId] as const,
  preview: (jobId: number, input: object) => ['preview', jobId, input] as const,
  previews: (jobId: number) => ['preview', jobId] as const,
  allPreviews: ['preview'] as const,
  /** What a reviewed import would change: depends on the draft, the mode, the choices and the résumé. */
  importPreview: (input: InputOf<'previewResumeImport'>) => ['importPreview', input] as const,
  importPreviews: ['importPreview'] as const,
};
