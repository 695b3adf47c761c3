import { matchPercent } from './score-formula';
import { sourcesPerSkill, type SkillSources, type WantedSkills } from './skill-sources';

export interface SkillChange {
  gained: string[];
  lost: string[];
}

/** What clicking a bullet's checkbox would do to the score, worked out before the click. */
export interface ToggleEffect {
  /** The bullet is on now, so the click turns it off (and may lose skills); otherwise on (and may gain). */
  turnsOff: boolean;
  required: SkillChange;
  preferred: SkillChange;
  /** The match percentage after the click, by the documented formula. */
  percentAfter: number;
}

/**
 * The effect of toggling each bullet alone. A bullet loses a skill when it is the only included source
 * of it (another bullet, the headline, the summary or an entry title keeps it covered otherwise); a
 * bullet gains a skill nothing included covers. A bullet inside an excluded entry or section changes
 * nothing until its parent is on, so its effect is empty. Linear in the résumé's size.
 */
export function toggleEffects(sources: SkillSources, wanted: WantedSkills): Record<number, ToggleEffect> {
  const counts = sourcesPerSkill(sources);
  const required = new Set(wanted.required);
  const preferred = new Set(wanted.preferred);
  const coveredOf = (skills: ReadonlySet<string>) =>
    [...skills].filter((skill) => (counts.get(skill) ?? 0) > 0).length;
  const now = {
    requiredCovered: coveredOf(required),
    requiredTotal: required.size,
    preferredCovered: coveredOf(preferred),
    preferredTotal: preferred.size,
  };

  const effects: Record<number, ToggleEffect> = {};
  for (const place of sources.bullets) {
    const effect: ToggleEffect = {
      turnsOff: place.included,
      required: { gained: [], lost: [] },
      preferred: { gained: [], lost: [] },
      percentAfter: matchPercent(now),
    };
    if (place.visible) {
      const after = { ...now };
      for (const skill of place.skills) {
        const count = counts.get(skill) ?? 0;
        const change = place.included ? (count === 1 ? -1 : 0) : count === 0 ? 1 : 0;
        if (change === 0) continue;
        if (required.has(skill)) {
          effect.required[change > 0 ? 'gained' : 'lost'].push(skill);
          after.requiredCovered += change;
        }
        if (preferred.has(skill)) {
          effect.preferred[change > 0 ? 'gained' : 'lost'].push(skill);
          after.preferredCovered += change;
        }
      }
      effect.percentAfter = matchPercent(after);
    }
    effects[place.bulletId] = effect;
  }
  return effects;
}
