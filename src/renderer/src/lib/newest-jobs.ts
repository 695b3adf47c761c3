/**
 * Jobs the app keeps in memory: the newest, which Tailor's picker lists. Any other job is found by
 * searching, so a library of thousands neither slows the start nor fills a select with thousands of options.
 */
export const NEWEST_JOBS = 200;
