import type { Resume } from '../resume/resume';
import { entryRecency } from './entry-recency';
import { tailorResume, type Exclusions } from './exclusions';
import type { BulletPin } from './job-choices';
import { PREFERRED_WEIGHT, REQUIRED_WEIGHT } from './score-formula';
import type { BulletPlace, SkillSources, WantedSkills } from './skill-sources';

export interface FitInput {
  /** The résumé as the job words and orders it (applyJobChoices), nothing removed. */
  resume: Resume;
  /**
   * The job's exclusions: excluded sections and entries stay excluded; bullet choices are redone for
   * the bullets fit can show and kept for the others.
   */
  excluded: Exclusions;
  /** skillSources(resume, excluded, ...) */
  sources: SkillSources;
  wanted: WantedSkills;
  pins: Record<number, BulletPin>;
  /** The page budget. */
  pages: number;
  /** Pages the résumé takes when laid out for real; called a few dozen times at most. */
  pageCount: (resume: Resume) => number;
}

export interface LeftOutBullet {
  bulletId: number;
  entryId: number;
  text: string;
  /** The posting's skills this bullet mentions (required first). */
  skills: string[];
  /** Why it is off: the user pinned it out, or it did not fit. */
  reason: 'pinned-out' | 'no-room';
}

/** An entry left out whole because even one bullet per entry was more than the page budget. */
export interface LeftOutEntry {
  entryId: number;
  title: string;
  organization: string;
  /** The posting's skills its bullets mention (required first). */
  skills: string[];
}

export interface FitResult {
  /**
   * The job's new exclusions: the input's sections and entries (plus entries left out), bullets chosen
   * off; bullets of excluded or left-out entries as the input had them.
   */
  excluded: Exclusions;
  pageCount: number;
  /** False when even the least that can be sent (pins, what fit cannot remove) is over budget. */
  fits: boolean;
  /** Bullets of the entries that stay, turned off. */
  leftOut: LeftOutBullet[];
  leftOutEntries: LeftOutEntry[];
  /** Posting skills that every candidate bullet together covers and the chosen ones do not. */
  lostSkills: WantedSkills;
}

/**
 * Chooses the bullets to keep so the résumé stays within `pages` pages by the real layout and covers
 * as much of the posting as it can. The objective is the score's own: required skills weigh 2,
 * nice-to-have 1, each skill once.
 *
 * Rules, in order:
 * 1. Bullets pinned out are off, bullets pinned in are on.
 * 2. Every entry keeps at least one bullet (its best one): no entry is left as a bare heading.
 * 3. If that minimum is still over budget, whole entries are left out - never one with a pinned-in
 *    bullet, never education or a skills list - the one whose loss costs the least weight first, then
 *    the oldest, until it fits; then each entry left out before the last is tried back with the best of
 *    its bullets that fits, since a later, larger drop may have made the room.
 * 4. Bullets are added greedily by the weight of the skills they add, then by how many posting skills
 *    they repeat (more evidence), then by recency of their entry, then by reading order - so the result
 *    is deterministic. Once nothing adds a skill, the remaining room is filled in the same order: a page
 *    with space left shows more of the résumé, not less.
 *
 * Candidates are the bullets of included entries, skills lists included ("Cloud: AWS, Terraform" is an
 * entry whose bullets are the skills). Layout calls: one per entry left out (and up to one per bullet of
 * each tried back), a binary search over the greedy order while everything fits (the order is then
 * exact), then one try per remaining bullet - about 60 for a 60-bullet résumé at worst.
 */
export function fitToPages(input: FitInput): FitResult {
  const { resume, excluded, sources, wanted, pins } = input;
  const weightOf = skillWeights(wanted);
  const entryRank = entryRanks(resume);
  const entryInfo = new Map(
    resume.sections.flatMap((section) =>
      section.entries.map((entry) => [entry.id, { entry, section }] as const),
    ),
  );

  const candidates = sources.bullets.filter((place) => place.visible);
  // Bullets fit cannot show (their entry or section is off) keep the job's own choice, so turning the
  // entry back on later brings back its bullets as they were, not a bare heading.
  const offBefore = new Set(excluded.bullets);
  const chosen = new Set<number>();
  const dropped = new Set<number>();
  const covered = new Set<string>();
  const recount = () => {
    covered.clear();
    for (const skill of sources.fixed.keys()) covered.add(skill);
    for (const place of candidates)
      if (chosen.has(place.bulletId)) for (const s of place.skills) covered.add(s);
  };
  recount();

  const choose = (place: BulletPlace) => {
    chosen.add(place.bulletId);
    for (const skill of place.skills) covered.add(skill);
  };
  const gain = (place: BulletPlace) =>
    place.skills.reduce((sum, skill) => sum + (covered.has(skill) ? 0 : (weightOf.get(skill) ?? 0)), 0);
  const evidence = (place: BulletPlace) => place.skills.filter((skill) => weightOf.has(skill)).length;
  const rankOf = (entryId: number) => entryRank.get(entryId) ?? 0;
  // Larger is better on every key; the last key (reading order) makes the order total.
  const better = (a: BulletPlace, b: BulletPlace): number =>
    gain(b) - gain(a) ||
    evidence(b) - evidence(a) ||
    rankOf(a.entryId) - rankOf(b.entryId) ||
    a.index - b.index;

  const open: BulletPlace[] = [];
  for (const place of candidates) {
    const pin = pins[place.bulletId];
    if (pin === 'in') choose(place);
    else if (pin !== 'out') open.push(place);
  }
  // One bullet per entry, most recent entries first, so their pick sees the fewest skills taken.
  const byEntry = new Map<number, BulletPlace[]>();
  for (const place of open) byEntry.set(place.entryId, [...(byEntry.get(place.entryId) ?? []), place]);
  const entries = [...byEntry.keys()].sort((a, b) => rankOf(a) - rankOf(b));
  for (const entryId of entries) {
    if (candidates.some((p) => p.entryId === entryId && chosen.has(p.bulletId))) continue;
    const best = [...(byEntry.get(entryId) ?? [])].sort(better)[0];
    if (best !== undefined) choose(best);
  }

  const exclusionsFor = (on: ReadonlySet<number>): Exclusions => ({
    sections: [...excluded.sections],
    entries: [...excluded.entries, ...dropped],
    bullets: sources.bullets
      .filter((p) => (p.visible && !dropped.has(p.entryId) ? !on.has(p.bulletId) : offBefore.has(p.bulletId)))
      .map((p) => p.bulletId),
  });
  const pagesWith = (on: ReadonlySet<number>) => input.pageCount(tailorResume(resume, exclusionsFor(on)));

  let pageCount = pagesWith(chosen);
  // Rule 3: leave out whole entries while even the minimum is too long.
  const droppable = () =>
    [...new Set(candidates.map((p) => p.entryId))].filter((entryId) => {
      const kind = entryInfo.get(entryId)?.section.kind;
      return (
        !dropped.has(entryId) &&
        kind !== 'education' &&
        kind !== 'skills' &&
        !candidates.some((p) => p.entryId === entryId && pins[p.bulletId] === 'in')
      );
    });
  const lossOf = (entryId: number) => {
    const others = new Set<string>(sources.fixed.keys());
    for (const p of candidates) {
      if (p.entryId !== entryId && chosen.has(p.bulletId)) for (const s of p.skills) others.add(s);
    }
    const own = new Set(
      candidates.filter((p) => p.entryId === entryId && chosen.has(p.bulletId)).flatMap((p) => p.skills),
    );
    return [...own].reduce((sum, skill) => sum + (others.has(skill) ? 0 : (weightOf.get(skill) ?? 0)), 0);
  };
  while (pageCount > input.pages) {
    const next = droppable().sort((a, b) => lossOf(a) - lossOf(b) || rankOf(b) - rankOf(a))[0];
    if (next === undefined) break;
    dropped.add(next);
    for (const p of candidates) if (p.entryId === next) chosen.delete(p.bulletId);
    recount();
    pageCount = pagesWith(chosen);
  }
  const fits = pageCount <= input.pages;
  if (fits && dropped.size > 1) {
    // Dropping is greedy: a later, larger entry left out can make room for an earlier, smaller one, which
    // would otherwise leave that room empty (a sixth of a Letter page at 12 pt). Each is tried back, the
    // most valuable first (the reverse of the order they went; the last one was needed), with the best of
    // its bullets that fits.
    for (const entryId of [...dropped].reverse().slice(1)) {
      dropped.delete(entryId);
      const tries = [...(byEntry.get(entryId) ?? [])].sort(better);
      const back = tries.find((place) => {
        const count = pagesWith(new Set(chosen).add(place.bulletId));
        if (count <= input.pages) pageCount = count;
        return count <= input.pages;
      });
      if (back !== undefined) choose(back);
      else dropped.add(entryId);
    }
  }

  let rest = open.filter((place) => !chosen.has(place.bulletId) && !dropped.has(place.entryId));
  if (fits) {
    // The greedy order of everything left, as if the page were endless.
    const order: BulletPlace[] = [];
    while (rest.length > 0) {
      const next = [...rest].sort(better)[0] as BulletPlace;
      order.push(next);
      for (const skill of next.skills) covered.add(skill);
      rest = rest.filter((p) => p !== next);
    }
    recount();

    // Longest prefix that fits (adding bullets never removes lines, so fitting is monotone).
    const withPrefix = (n: number) => new Set([...chosen, ...order.slice(0, n).map((p) => p.bulletId)]);
    let low = 0;
    let high = order.length;
    let lowPages = pageCount;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      const count = pagesWith(withPrefix(mid));
      if (count <= input.pages) {
        low = mid;
        lowPages = count;
      } else high = mid - 1;
    }
    for (const place of order.slice(0, low)) choose(place);
    pageCount = lowPages;

    // Past the first bullet that did not fit, a shorter one may still: try each, best first again.
    rest = order.slice(low + 1);
    while (rest.length > 0) {
      const next = [...rest].sort(better)[0] as BulletPlace;
      rest = rest.filter((p) => p !== next);
      const count = pagesWith(new Set(chosen).add(next.bulletId));
      if (count <= input.pages) {
        choose(next);
        pageCount = count;
      }
    }
  }

  const result = exclusionsFor(chosen);
  const off = new Set(result.bullets);
  const required = new Set(wanted.required);
  const postingSkills = (skills: Iterable<string>) => {
    const list = [...new Set(skills)];
    return [
      ...list.filter((s) => required.has(s)),
      ...list.filter((s) => !required.has(s) && weightOf.has(s)),
    ];
  };
  const textOf = bulletTexts(resume);
  const leftOut = candidates
    .filter((place) => off.has(place.bulletId) && !dropped.has(place.entryId))
    .map((place): LeftOutBullet => ({
      bulletId: place.bulletId,
      entryId: place.entryId,
      text: textOf.get(place.bulletId) ?? '',
      skills: postingSkills(place.skills),
      reason: pins[place.bulletId] === 'out' ? 'pinned-out' : 'no-room',
    }));
  const leftOutEntries = [...dropped].map((entryId): LeftOutEntry => {
    const entry = entryInfo.get(entryId)?.entry;
    return {
      entryId,
      title: entry?.title ?? '',
      organization: entry?.organization ?? '',
      skills: postingSkills(candidates.filter((p) => p.entryId === entryId).flatMap((p) => p.skills)),
    };
  });

  const possible = new Set(sources.fixed.keys());
  for (const place of candidates) {
    if (pins[place.bulletId] !== 'out') for (const skill of place.skills) possible.add(skill);
  }
  recount();
  const lost = (skills: string[]) => skills.filter((s) => possible.has(s) && !covered.has(s));
  return {
    excluded: result,
    pageCount,
    fits,
    leftOut,
    leftOutEntries,
    lostSkills: { required: lost(wanted.required), preferred: lost(wanted.preferred) },
  };
}

/** Required 2, nice-to-have 1, as in the score. */
function skillWeights(wanted: WantedSkills): Map<string, number> {
  const weights = new Map<string, number>();
  for (const skill of wanted.required) weights.set(skill, REQUIRED_WEIGHT);
  for (const skill of wanted.preferred) weights.set(skill, (weights.get(skill) ?? 0) + PREFERRED_WEIGHT);
  return weights;
}

/** 0 for the most recent entry, then 1, 2...: by date when the dates say, else by place in the résumé. */
function entryRanks(resume: Resume): Map<number, number> {
  const entries = resume.sections.flatMap((section) => section.entries);
  const ranked = entries
    .map((entry, index) => ({ id: entry.id, index, recency: entryRecency(entry) }))
    .sort((a, b) => (a.recency === b.recency ? a.index - b.index : b.recency > a.recency ? 1 : -1));
  return new Map(ranked.map((entry, rank) => [entry.id, rank]));
}

function bulletTexts(resume: Resume): Map<number, string> {
  const texts = new Map<number, string>();
  for (const section of resume.sections) {
    for (const entry of section.entries)
      for (const bullet of entry.bullets) texts.set(bullet.id, bullet.text);
  }
  return texts;
}
