import type { SkillMatch, SkillMatcher } from '../keywords/skill-types';
import type { PostingAnalysis } from '../posting/posting-types';
import type { Resume } from '../resume/resume';
import { toExclusionSets, type Exclusions } from './exclusions';

/** The posting's skills by level, each named once per level, exactly as scoreMatch counts them. */
export interface WantedSkills {
  required: string[];
  preferred: string[];
}

export function wantedSkills(analysis: Pick<PostingAnalysis, 'required' | 'preferred'>): WantedSkills {
  return {
    required: [...new Set(analysis.required.map((hit) => hit.skill))],
    preferred: [...new Set(analysis.preferred.map((hit) => hit.skill))],
  };
}

/** Where a bullet sits and whether the tailoring shows it. */
export interface BulletPlace {
  bulletId: number;
  entryId: number;
  sectionId: number;
  /** The section is a skills list: "Cloud: AWS, Terraform". */
  inSkillsSection: boolean;
  /** Its section and entry are included, so toggling the bullet changes what is sent. */
  visible: boolean;
  included: boolean;
  /** Every skill mention in the bullet's text, as the matcher found it (for highlighting). */
  matches: SkillMatch[];
  /** Distinct skills the bullet's text mentions, in order of first mention. */
  skills: string[];
  /** Position in reading order over the whole résumé. */
  index: number;
}

/**
 * Who says what in a résumé for one tailoring: every bullet with its skills, and the skills covered by
 * something that is not a bullet (headline, summary, an included entry's title). This is the one home of
 * the coverage rule: the score (scoreMatch), the evidence, the toggle effects, fit-to-page and the jobs
 * list are all built from it.
 */
export interface SkillSources {
  bullets: BulletPlace[];
  /** Skills covered by the profile or an included entry title: no bullet toggle can lose them. */
  fixed: Map<string, string[]>;
}

export function skillSources(resume: Resume, excluded: Exclusions, matcher: SkillMatcher): SkillSources {
  const sets = toExclusionSets(excluded);
  const fixed = new Map<string, string[]>();
  const addFixed = (skill: string, where: string) => {
    const places = fixed.get(skill) ?? [];
    if (!places.includes(where)) places.push(where);
    fixed.set(skill, places);
  };
  for (const match of matcher.find(resume.profile.headline)) addFixed(match.skill, 'headline');
  for (const match of matcher.find(resume.profile.summary)) addFixed(match.skill, 'summary');

  const bullets: BulletPlace[] = [];
  for (const section of resume.sections) {
    const sectionOn = !sets.sections.has(section.id);
    for (const entry of section.entries) {
      const entryOn = sectionOn && !sets.entries.has(entry.id);
      if (entryOn) {
        for (const match of matcher.find(entry.title)) addFixed(match.skill, `title: ${entry.title}`);
      }
      for (const bullet of entry.bullets) {
        const matches = matcher.find(bullet.text);
        bullets.push({
          bulletId: bullet.id,
          entryId: entry.id,
          sectionId: section.id,
          inSkillsSection: section.kind === 'skills',
          visible: entryOn,
          included: entryOn && !sets.bullets.has(bullet.id),
          matches,
          skills: [...new Set(matches.map((m) => m.skill))],
          index: bullets.length,
        });
      }
    }
  }
  return { bullets, fixed };
}

/** How many included sources cover each skill (a fixed source counts as many as it takes to never drop). */
export function sourcesPerSkill(sources: SkillSources): Map<string, number> {
  const counts = new Map<string, number>();
  for (const skill of sources.fixed.keys()) counts.set(skill, Number.POSITIVE_INFINITY);
  for (const place of sources.bullets) {
    if (!place.included) continue;
    for (const skill of place.skills) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  }
  return counts;
}

/** Every skill the tailoring shows: fixed places and included bullets. */
export function coveredSkills(sources: SkillSources): Set<string> {
  const covered = new Set(sources.fixed.keys());
  for (const place of sources.bullets)
    if (place.included) for (const skill of place.skills) covered.add(skill);
  return covered;
}
