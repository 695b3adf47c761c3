import type { Bullet, Resume } from '../resume/resume';
import type { BulletTextChoice, JobChoices, JobOrder } from './job-choices';

/**
 * The master résumé as one job shows it: each bullet in the wording chosen for the job (a variant or
 * text edited for the job) and entries and bullets in the job's order. Ids are the master's, and
 * nothing is removed: exclusions are applied afterwards (tailorResume), so the score, the evidence and
 * the export all read the same words.
 */
export function applyJobChoices(master: Resume, choices: Pick<JobChoices, 'texts' | 'order'>): Resume {
  return {
    profile: master.profile,
    sections: master.sections.map((section) => ({
      ...section,
      entries: ordered(section.entries, choices.order.entries[section.id]).map((entry) => ({
        ...entry,
        bullets: ordered(entry.bullets, choices.order.bullets[entry.id]).map((bullet) =>
          withText(bullet, choices.texts[bullet.id]),
        ),
      })),
    })),
  };
}

/** The text a choice gives a bullet; a variant that no longer exists falls back to the master text. */
export function chosenText(bullet: Bullet, choice: BulletTextChoice | undefined): string {
  if (choice === undefined) return bullet.text;
  if ('text' in choice) return choice.text;
  return bullet.variants.find((variant) => variant.id === choice.variantId)?.text ?? bullet.text;
}

function withText(bullet: Bullet, choice: BulletTextChoice | undefined): Bullet {
  const text = chosenText(bullet, choice);
  return text === bullet.text ? bullet : { ...bullet, text };
}

/**
 * Items named in the job's order come first, in that order; the rest (added to the master since the
 * job was ordered) follow in master order, so nothing new is ever hidden by an old ordering.
 */
function ordered<T extends { id: number }>(items: T[], order: number[] | undefined): T[] {
  if (order === undefined || order.length === 0) return items;
  const rank = new Map(order.map((id, index) => [id, index]));
  const placed = items.filter((item) => rank.has(item.id));
  placed.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return [...placed, ...items.filter((item) => !rank.has(item.id))];
}

/** True when `ids` is exactly the ids of `items` in some order: what a reorder request must send. */
export function isPermutationOf(ids: readonly number[], items: readonly { id: number }[]): boolean {
  if (ids.length !== items.length) return false;
  const want = new Set(items.map((item) => item.id));
  const seen = new Set<number>();
  for (const id of ids) {
    if (!want.has(id) || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

export type { JobOrder };
