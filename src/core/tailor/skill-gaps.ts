import type { WantedSkills } from './skill-sources';

export interface GapJob {
  id: number;
  title: string;
  company: string;
}

export interface SkillGap {
  skill: string;
  /** Jobs asking for the skill at all. */
  count: number;
  /** Of those, the jobs that require it. */
  requiredCount: number;
  /** Newest job first, as the jobs were given. */
  jobs: (GapJob & { level: 'required' | 'preferred' })[];
}

/**
 * Skills the saved jobs ask for that the résumé does not show anywhere, most wanted first: by how many
 * jobs require the skill, then by how many ask for it at all, then by name. `shown` is what the master
 * résumé covers with everything included: a gap means no wording of it exists yet, not that a job left
 * it out.
 */
export function skillGaps(
  jobs: readonly (GapJob & { skills: WantedSkills })[],
  shown: ReadonlySet<string>,
): SkillGap[] {
  const gaps = new Map<string, SkillGap>();
  for (const job of jobs) {
    const required = new Set(job.skills.required);
    for (const skill of new Set([...job.skills.required, ...job.skills.preferred])) {
      if (shown.has(skill)) continue;
      const gap = gaps.get(skill) ?? { skill, count: 0, requiredCount: 0, jobs: [] };
      const level = required.has(skill) ? 'required' : 'preferred';
      gap.count += 1;
      if (level === 'required') gap.requiredCount += 1;
      gap.jobs.push({ id: job.id, title: job.title, company: job.company, level });
      gaps.set(skill, gap);
    }
  }
  return [...gaps.values()].sort(
    (a, b) => b.requiredCount - a.requiredCount || b.count - a.count || a.skill.localeCompare(b.skill),
  );
}
