import { PREFERRED_WEIGHT, REQUIRED_WEIGHT } from './match-score';
import { coverageCounts, type SkillSources, type WantedSkills } from './skill-sources';

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
const LEVELS = (required: ReadonlySet<string>, preferred: ReadonlySet<string>) =>
  [
    ['required', required, REQUIRED_WEIGHT],
    ['preferred', preferred, PREFERRED_WEIGHT],
  ] as const;

export function toggleEffects(sources: SkillSources, wanted: WantedSkills): Record<number, ToggleEffect> {
  const counts = coverageCounts(sources);
  const required = new Set(wanted.required);
  const preferred = new Set(wanted.preferred);
  const possible = REQUIRED_WEIGHT * required.size + PREFERRED_WEIGHT * preferred.size;
  let earned = 0;
  for (const skill of required) if ((counts.get(skill) ?? 0) > 0) earned += REQUIRED_WEIGHT;
  for (const skill of preferred) if ((counts.get(skill) ?? 0) > 0) earned += PREFERRED_WEIGHT;
  const percentOf = (points: number) => (possible === 0 ? 0 : Math.round((100 * points) / possible));

  const effects: Record<number, ToggleEffect> = {};
  for (const place of sources.bullets) {
    const effect: ToggleEffect = {
      turnsOff: place.included,
      required: { gained: [], lost: [] },
      preferred: { gained: [], lost: [] },
      percentAfter: percentOf(earned),
    };
    if (place.visible) {
      let delta = 0;
      for (const skill of place.skills) {
        const count = counts.get(skill) ?? 0;
        const change = place.included ? (count === 1 ? -1 : 0) : count === 0 ? 1 : 0;
        if (change === 0) continue;
        for (const [level, set, weight] of LEVELS(required, preferred)) {
          if (!set.has(skill)) continue;
          effect[level][change > 0 ? 'gained' : 'lost'].push(skill);
          delta += change * weight;
        }
      }
      effect.percentAfter = percentOf(earned + delta);
    }
    effects[place.bulletId] = effect;
  }
  return effects;
}
