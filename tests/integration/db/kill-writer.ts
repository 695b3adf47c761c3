/**
 * Child process of kill.test.ts (bundled by it with esbuild; not a test itself). Opens the database
 * through the real openDatabase and writes forever, printing each write only after its transaction
 * has committed: every line on stdout is a promise that the write survives a kill.
 *   job <id>       one job, with a 16 KB posting so the log grows and checkpoints happen often
 *   resume <id>    a whole-résumé replace tagged with the latest job id (increasing across runs),
 *                  which must land entirely or not at all
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../src/main/db/connection';
import { createRepositories } from '../../../src/main/db/repositories';
import type { ResumeDraft } from '../../../src/core/resume/resume-draft';
import { emptyEntryFields } from '../../../src/core/resume/entry';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: kill-writer <database file>');

const { db } = openDatabase(file);
const repos = createRepositories(db);
const posting = 'Terraform HAProxy Kubernetes Go '.repeat(500);

const draft = (tag: number): ResumeDraft => ({
  profile: { name: `Run ${tag}`, headline: '', email: '', phone: '', location: '', website: '', summary: '' },
  sections: [1, 2, 3].map((s) => ({
    kind: 'custom' as const,
    title: `Section ${s}`,
    entries: [1, 2, 3, 4, 5].map((e) => ({
      ...emptyEntryFields(),
      title: `Entry ${e}`,
      bullets: [1, 2, 3, 4].map((b) => ({ text: `Run ${tag} bullet ${b}` })),
    })),
  })),
});

writeSync(1, 'ready\n');
for (let n = 1; ; n += 1) {
  const job = repos.jobs.create({
    title: `Job ${n}`,
    company: '',
    location: '',
    rawText: posting,
    text: 'posting',
  });
  writeSync(1, `job ${job.id}\n`);
  if (n % 5 === 0) {
    repos.resume.replaceResume(draft(job.id));
    writeSync(1, `resume ${job.id}\n`);
  }
}
