import { AppError } from '../../core/errors/app-error';
import type { SkillMatcher } from '../../core/keywords/skill-types';
import { analyzePosting } from '../../core/posting/analyze-posting';
import type { PostingAnalysis } from '../../core/posting/posting-types';
import { pasteToText } from '../../core/posting/paste-to-text';
import { noExclusions } from '../../core/tailor/exclusions';
import { scoreCoverage } from '../../core/tailor/score-match';
import { coverageCounts } from '../../core/tailor/score-formula';
import { countsSummary } from '../../core/tailor/score-summary';
import { skillGaps } from '../../core/tailor/skill-gaps';
import {
  coveredSkills,
  skillSources,
  wantedSkills,
  type WantedSkills,
} from '../../core/tailor/skill-sources';
import type { Handlers } from '../../shared/contract';
import type { CreatedJob, JobMatch, JobSummary, JobView } from '../../shared/domain-types';
import type { JobRow } from '../db/jobs-repo';
import type { Repositories } from '../db/repositories';
import { readJobResume } from './job-resume';

export interface JobsService extends Pick<
  Handlers,
  'listJobs' | 'createJob' | 'getJob' | 'deleteJob' | 'updateJob' | 'updateJobText' | 'skillGaps'
> {
  getJob(input: { id: number }): JobView;
  createJob(input: { text: string }): CreatedJob;
}

/**
 * Saving, reading, searching and sorting postings. What is extracted (skills, sections, title...) is
 * recomputed from the stored text on every open, so improving the engine improves every saved job.
 *
 * One cache of analyses, for the current matcher (a dictionary change builds a new matcher and so
 * empties it): the last few whole analyses (opening a job reads its analysis twice: getJob, then
 * getTailoring), and each job's wanted skills, which sorting by score needs for every job and which are
 * small. (matcher, job id) names one analysis until the user corrects the posting's text, which drops the
 * job from both caches. Beside it,
 * each job's match, valid while the résumé's revision and the job's choices revision (both bumped by
 * database triggers) are unchanged.
 */
const RECENT_ANALYSES = 16;

export function createJobsService(repos: Repositories, matcher: () => SkillMatcher): JobsService {
  let matches: {
    matcher: SkillMatcher;
    resumeRev: number;
    defaultCovered: Set<string> | null;
    byJob: Map<number, { rev: number; match: JobMatch }>;
  } | null = null;

  let analyses: {
    matcher: SkillMatcher;
    recent: Map<number, PostingAnalysis>;
    wanted: Map<number, WantedSkills>;
  } | null = null;
  const analysisCache = () => {
    const current = matcher();
    if (analyses === null || analyses.matcher !== current) {
      analyses = { matcher: current, recent: new Map(), wanted: new Map() };
    }
    return analyses;
  };
  const remember = (jobId: number, analysis: PostingAnalysis): void => {
    const { recent, wanted } = analysisCache();
    if (recent.size >= RECENT_ANALYSES) recent.delete(recent.keys().next().value as number);
    recent.set(jobId, analysis);
    wanted.set(jobId, wantedSkills(analysis));
  };
  const analysisOf = (jobId: number, text: string): PostingAnalysis => {
    const { matcher: current, recent } = analysisCache();
    let analysis = recent.get(jobId);
    if (analysis === undefined) {
      analysis = analyzePosting(text, current);
      remember(jobId, analysis);
    }
    return analysis;
  };
  const wantedOf = (jobId: number, text: () => string): WantedSkills =>
    analysisCache().wanted.get(jobId) ?? wantedSkills(analysisOf(jobId, text()));

  /** Each row with its current match, computing only what the caches do not hold. */
  const withMatches = (rows: JobRow[]): JobSummary[] => {
    const current = matcher();
    const resumeRev = repos.resume.revision();
    if (matches === null || matches.matcher !== current || matches.resumeRev !== resumeRev) {
      matches = { matcher: current, resumeRev, defaultCovered: null, byJob: new Map() };
    }
    const cache = matches;
    const revisions = repos.jobChoices.revisions();
    return rows.map((row) => {
      const rev = revisions.get(row.id) ?? 0;
      const cached = cache.byJob.get(row.id);
      if (cached !== undefined && cached.rev === rev) return { ...row, match: cached.match };
      const wanted = wantedOf(row.id, () => repos.jobs.get(row.id).text);
      let covered: Set<string>;
      if (rev === 0) {
        // Never tailored: the whole master résumé, shared by every such job.
        cache.defaultCovered ??= coveredOfMaster(repos, current);
        covered = cache.defaultCovered;
      } else {
        const { worded, excluded } = readJobResume(repos, row.id);
        covered = coveredSkills(skillSources(worded, excluded, current));
      }
      const match = toMatch(wanted, covered);
      cache.byJob.set(row.id, { rev, match });
      return { ...row, match };
    });
  };

  return {
    listJobs(filter = {}) {
      if (filter.sort !== 'score') {
        return repos.jobs.list(filter).map((row) => ({ ...row, match: null }));
      }
      const { limit, ...all } = filter;
      // Stable sort: equal scores keep the newest-first order of the query.
      const sorted = withMatches(repos.jobs.list(all)).sort(
        (a, b) => (b.match?.percent ?? 0) - (a.match?.percent ?? 0),
      );
      return limit === undefined ? sorted : sorted.slice(0, limit);
    },
    createJob({ text: raw }) {
      if (raw.trim() === '') {
        throw new AppError('invalid-input', 'The posting is empty. Paste the text of a job posting first.');
      }
      const { text, stated } = pasteToText(raw);
      if (text.trim() === '') {
        throw new AppError('invalid-input', 'No readable text was found in what was pasted.');
      }
      // The same posting pasted again opens the job already saved instead of a silent duplicate.
      const saved = repos.jobs.findByText(text);
      if (saved !== undefined)
        return { job: saved, analysis: analysisOf(saved.id, saved.text), alreadySaved: true };
      const analysis = analyzePosting(text, matcher(), stated);
      const job = repos.jobs.create({
        title: analysis.title,
        company: analysis.company,
        location: analysis.location,
        rawText: raw,
        text,
      });
      // Saving a job opens it in Tailor: its analysis is asked for next.
      remember(job.id, analysis);
      return { job, analysis, alreadySaved: false };
    },
    getJob({ id }) {
      const job = repos.jobs.get(id);
      return { job, analysis: analysisOf(id, job.text) };
    },
    updateJob({ id, ...changes }) {
      const trimmed = Object.fromEntries(
        Object.entries(changes).map(([key, value]) =>
          // Notes keep their spacing; a title, company or location is one line as the list shows it.
          [key, key === 'notes' || typeof value !== 'string' ? value : value.replace(/\s+/g, ' ').trim()],
        ),
      );
      const { text: _text, ...job } = repos.jobs.update(id, trimmed);
      return { ...job, match: null };
    },
    updateJobText({ id, text: raw }) {
      if (raw.trim() === '') {
        throw new AppError(
          'invalid-input',
          'The posting text cannot be empty. Delete the job instead, or paste the posting again.',
        );
      }
      const { text, stated } = pasteToText(raw);
      const before = repos.jobs.get(id);
      const analysis = analyzePosting(text, matcher(), stated);
      const job = repos.transaction(() => {
        repos.jobs.setText(id, text);
        // What the user had not filled in is read from the new text; what they had is kept.
        return repos.jobs.update(id, {
          title: before.title || analysis.title,
          company: before.company || analysis.company,
          location: before.location || analysis.location,
        });
      });
      analysisCache().wanted.delete(id);
      matches?.byJob.delete(id);
      remember(id, analysis);
      return { job, analysis };
    },
    deleteJob({ id }) {
      repos.jobs.delete(id);
      return repos.jobs.list().map((row) => ({ ...row, match: null }));
    },
    skillGaps() {
      const current = matcher();
      const shown = coveredOfMaster(repos, current, { withVariants: true });
      const jobs = repos.jobs.list().map((row) => ({
        id: row.id,
        title: row.title,
        company: row.company,
        skills: wantedOf(row.id, () => repos.jobs.get(row.id).text),
      }));
      return skillGaps(jobs, shown);
    },
  };
}

/**
 * What the master résumé shows with everything included. With variants, the user's other wordings
 * count too: a skill only a variant mentions is not a gap, just a choice not made for that job.
 */
function coveredOfMaster(
  repos: Repositories,
  matcher: SkillMatcher,
  options: { withVariants?: boolean } = {},
): Set<string> {
  const master = repos.resume.getResume();
  const covered = coveredSkills(skillSources(master, noExclusions(), matcher));
  if (options.withVariants) {
    for (const section of master.sections) {
      for (const entry of section.entries) {
        for (const bullet of entry.bullets) {
          for (const variant of bullet.variants)
            for (const m of matcher.find(variant.text)) covered.add(m.skill);
        }
      }
    }
  }
  return covered;
}

function toMatch(wanted: WantedSkills, covered: ReadonlySet<string>): JobMatch {
  const score = scoreCoverage(wanted, covered);
  const counts = coverageCounts(score);
  return { ...counts, percent: score.percent, summary: countsSummary(counts) };
}
