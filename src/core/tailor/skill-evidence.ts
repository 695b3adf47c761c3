import type { SkillSources, WantedSkills } from './skill-sources';

/** For one skill of the posting: the bullets that show it (reading order) and the other places that do. */
export interface SkillEvidence {
  bullets: number[];
  /** 'headline', 'summary' or 'title: <entry title>' */
  elsewhere: string[];
}

/** For one bullet: the posting's skills it brings, by level. */
export interface BulletSkills {
  required: string[];
  preferred: string[];
}

export interface Evidence {
  /** Keyed by every required and nice-to-have skill of the posting, shown by the résumé or not. */
  bySkill: Record<string, SkillEvidence>;
  /** Keyed by every bullet id of the résumé (included or not). */
  byBullet: Record<number, BulletSkills>;
}

/**
 * Evidence both ways. Bullets are listed whether or not this job includes them: the answer to "what
 * would show Terraform?" is the same either way, and the UI marks which are on.
 */
export function skillEvidence(sources: SkillSources, wanted: WantedSkills): Evidence {
  const required = new Set(wanted.required);
  const preferred = new Set(wanted.preferred);
  const bySkill: Record<string, SkillEvidence> = {};
  for (const skill of [...wanted.required, ...wanted.preferred]) {
    bySkill[skill] = { bullets: [], elsewhere: sources.fixed.get(skill) ?? [] };
  }
  const byBullet: Record<number, BulletSkills> = {};
  for (const place of sources.bullets) {
    const brings: BulletSkills = { required: [], preferred: [] };
    for (const skill of place.skills) {
      if (required.has(skill)) brings.required.push(skill);
      if (preferred.has(skill)) brings.preferred.push(skill);
      const evidence = bySkill[skill];
      if (evidence !== undefined && !evidence.bullets.includes(place.bulletId))
        evidence.bullets.push(place.bulletId);
    }
    byBullet[place.bulletId] = brings;
  }
  return { bySkill, byBullet };
}
