/**
 * Tailoring speed figures on a library of 10,000 saved jobs in a temporary database (postings built
 * from the eval fixtures with varied titles, companies and skill lines): listing, full-text search,
 * opening one job with its score, evidence and toggle effects, and fit-to-one-page for a 60-bullet
 * résumé measured with the real layout. Everything goes through the real backend handlers.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonResume } from '../../../src/core/import/json-resume';
import { openDatabase } from '../../../src/main/db/connection';
import { DEMO_SEEDED_KEY } from '../../../src/main/db/demo-seed';
import { createRepositories } from '../../../src/main/db/repositories';
import { databaseFile } from '../../../src/main/data-dir';
import { benchBackend } from '../bench-backend';
import type { BenchContext, BenchResult } from '../bench-types';
import { measure } from '../measure';

export const name = 'tailor';

const JOBS = 10_000;
const BULLETS = 60;
const TITLES = ['Senior', 'Staff', 'Lead', 'Principal', 'Junior', ''];
const COMPANIES = [
  'Initech',
  'Globex',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
];
const EXTRA_SKILLS = [
  'Terraform',
  'Kubernetes',
  'node.js',
  'C++',
  'Snowflake',
  'Kafka',
  'React',
  'Go',
  'SQL',
];

export async function run({ root, quick }: BenchContext): Promise<BenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rt-bench-tailor-'));
  try {
    const built = performance.now();
    seedLibrary(root, dataDir);
    const seedMs = performance.now() - built;
    const { handlers, close } = benchBackend(root, dataDir);
    try {
      const runs = quick ? 10 : 50;
      const all = (await handlers.listJobs(undefined)).map((job) => job.id);
      const jobId = all[0] ?? 0;
      const page = await measure(() => handlers.listJobs({ limit: 100 }), { runs });
      const list = await measure(() => handlers.listJobs(undefined), { runs: quick ? 5 : 20 });
      const filtered = await measure(() => handlers.listJobs({ status: 'applied', limit: 100 }), { runs });
      const search = await measure(() => handlers.listJobs({ query: 'kubernetes terraform', limit: 100 }), {
        runs,
      });
      const searchAll = await measure(() => handlers.listJobs({ query: 'kubernetes terraform' }), { runs });
      const searchCpp = await measure(() => handlers.listJobs({ query: 'C++', limit: 100 }), { runs });
      let n = 0;
      const open = await measure(
        async () => {
          const id = all[(n++ * 7919) % all.length] ?? jobId;
          await handlers.getJob({ id });
          await handlers.getTailoring({ jobId: id });
        },
        { runs },
      );
      const fit = await measure(() => handlers.fitToPages({ jobId, pages: 1 }), { runs: quick ? 5 : 20 });
      const coldStart = performance.now();
      await handlers.listJobs({ sort: 'score', limit: 100 });
      const scoreCold = performance.now() - coldStart;
      const scoreWarm = await measure(() => handlers.listJobs({ sort: 'score', limit: 100 }), {
        runs: quick ? 3 : 10,
      });
      const fitReport = (await handlers.fitToPages({ jobId, pages: 1 })).report;
      const searchHits = (await handlers.listJobs({ query: 'kubernetes terraform' })).length;

      return {
        json: {
          list_ms: page.median,
          search_ms: search.median,
          open_ms: open.median,
          fit_ms: fit.median,
          list_all_ms: list.median,
          score_sort_cold_ms: scoreCold,
          score_sort_warm_ms: scoreWarm.median,
          jobs: all.length,
        },
        table: [
          {
            what: 'list: newest 100 of 10,000',
            median_ms: page.median,
            p95_ms: page.p95,
            note: 'aim < 5 ms',
          },
          { what: 'list: all 10,000 summaries', median_ms: list.median, p95_ms: list.p95 },
          { what: 'list: status filter, 100', median_ms: filtered.median, p95_ms: filtered.p95 },
          {
            what: 'search "kubernetes terraform", 100',
            median_ms: search.median,
            p95_ms: search.p95,
            note: 'aim < 20 ms',
          },
          { what: `search, all ${searchHits} hits`, median_ms: searchAll.median, p95_ms: searchAll.p95 },
          { what: 'search "C++" (literal check), 100', median_ms: searchCpp.median, p95_ms: searchCpp.p95 },
          {
            what: 'open: job + score + evidence + effects',
            median_ms: open.median,
            p95_ms: open.p95,
            note: 'aim < 10 ms',
          },
          {
            what: `fit to 1 page (${BULLETS} bullets)`,
            median_ms: fit.median,
            p95_ms: fit.p95,
            note: `aim < 200 ms; ${fitReport.pageCount} page, ${fitReport.leftOut.length} bullets left out`,
          },
          { what: 'sort by score, first time (cold)', median_ms: scoreCold, note: 'analyzes all 10,000' },
          { what: 'sort by score, cached', median_ms: scoreWarm.median, p95_ms: scoreWarm.p95 },
        ],
        notes: [
          `library of ${all.length} jobs built in ${(seedMs / 1000).toFixed(1)} s (FTS5 index kept by triggers)`,
          'list/search return JobSummary rows through the real handlers; "open" is getJob + getTailoring',
          'sort by score caches per job in memory; the first sort after start analyzes every posting',
        ],
      };
    } finally {
      close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The demo résumé grown to 60 bullets, and 10,000 postings varied from the eval fixtures. */
function seedLibrary(root: string, dataDir: string): void {
  const { db } = openDatabase(databaseFile(dataDir));
  try {
    const repos = createRepositories(db);
    const demo = parseJsonResume(readFileSync(join(root, 'resources/demo/demo-resume.json'), 'utf8'));
    const experience = demo.sections.find((s) => s.kind === 'experience');
    let count = demo.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets)).length;
    for (let i = 0; count < BULLETS; i++, count++) {
      const entry = experience?.entries[i % (experience?.entries.length ?? 1)];
      entry?.bullets.push({
        text: `Automated ${EXTRA_SKILLS[i % EXTRA_SKILLS.length]} rollouts for ${12 + i} teams, cutting lead time by ${10 + i}%.`,
      });
    }
    repos.resume.replaceResume(demo);
    repos.meta.set(DEMO_SEEDED_KEY, 'bench');

    const dir = join(root, 'tests/fixtures/eval');
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const statuses = ['saved', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
    repos.transaction(() => {
      for (let i = 0; i < JOBS; i++) {
        const text = [
          `${TITLES[i % TITLES.length]} ${['Platform', 'Backend', 'Data', 'Cloud'][i % 4]} Engineer`.trim(),
          `${COMPANIES[i % COMPANIES.length]} ${i}`,
          '',
          sources[i % sources.length],
          `Requirements: ${EXTRA_SKILLS[i % EXTRA_SKILLS.length]}, ${EXTRA_SKILLS[(i * 3) % EXTRA_SKILLS.length]}`,
        ].join('\n');
        const job = repos.jobs.create({
          title: text.split('\n')[0] ?? '',
          company: `${COMPANIES[i % COMPANIES.length]} ${i}`,
          location: 'Remote',
          rawText: text,
          text,
        });
        if (i % 5 === 0) repos.jobs.update(job.id, { status: statuses[i % statuses.length] });
      }
    });
  } finally {
    db.close();
  }
}
