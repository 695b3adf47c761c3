import type { EntryDraft } from '../resume/resume-draft';
import { emptyEntryFields } from '../resume/entry';
import { JSON_RESUME_KEYS } from './json-resume-schema';

/** Past this depth a hostile file's nesting is not walked (a stack, not a résumé). */
const MAX_DEPTH = 32;

type Json = unknown;
type Section = Exclude<keyof typeof JSON_RESUME_KEYS, 'top' | 'fileOnly' | 'basics' | 'location'>;

/** Where the fields of each part are named in the file, for an "Other" entry's title. */
const ITEM_NAME_KEYS = [
  'name',
  'title',
  'position',
  'institution',
  'organization',
  'language',
  'network',
] as const;
const PART_NAMES: Record<Section, string> = {
  work: 'Work',
  volunteer: 'Volunteer',
  education: 'Education',
  awards: 'Awards',
  certificates: 'Certificates',
  publications: 'Publications',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  references: 'References',
  projects: 'Projects',
};
// Basics fields that a profile has no field for; their text still belongs on the résumé's "Other".
const BASICS_WITHOUT_HOME = new Set(['image']);
const PROFILE_KEYS = ['network', 'username', 'url', 'highlights'];

/**
 * What a JSON Resume holds that has no field in the app, as entries of an "Other" section: a work
 * entry's `description`, a project's `keywords`, `roles` and `type`, the street address, the photo's
 * address, and any key the schema does not name (a profile's too: profiles have a section of their own). Each bullet is "Key: text as written", so the user
 * sees where it came from and nothing in the file is dropped. `$schema` and `meta` describe the file,
 * not the person, and stay out.
 */
export function jsonResumeLeftovers(doc: Json): EntryDraft[] {
  if (!isObject(doc)) return [];
  const out: EntryDraft[] = [];
  const basics = doc.basics;
  if (isObject(basics)) {
    out.push(...basicsLeftovers(basics));
    if (Array.isArray(basics.profiles)) {
      basics.profiles.forEach((profile, i) => {
        const entry = itemLeftovers(profile, i, PROFILE_KEYS, 'Profiles');
        if (entry !== null) out.push(entry);
      });
    }
  }
  for (const [key, value] of Object.entries(doc)) {
    if ((JSON_RESUME_KEYS.fileOnly as readonly string[]).includes(key)) continue;
    if (key === 'basics') continue;
    if (Object.hasOwn(PART_NAMES, key) && Array.isArray(value)) {
      const part = key as Section;
      value.forEach((item, i) => {
        const entry = itemLeftovers(item, i, JSON_RESUME_KEYS[part], PART_NAMES[part]);
        if (entry !== null) out.push(entry);
      });
      continue;
    }
    if ((JSON_RESUME_KEYS.top as readonly string[]).includes(key)) continue;
    const bullets = leafTexts(value, humanKey(key), 0);
    if (bullets.length > 0) out.push(otherEntry(humanKey(key), '', bullets));
  }
  return out;
}

function basicsLeftovers(basics: Record<string, Json>): EntryDraft[] {
  const bullets: string[] = [];
  for (const [key, value] of Object.entries(basics)) {
    if (key === 'profiles') continue;
    if (key === 'location') {
      if (!isObject(value)) continue;
      for (const [part, text] of Object.entries(value)) {
        if ((JSON_RESUME_KEYS.location as readonly string[]).includes(part)) continue;
        bullets.push(...leafTexts(text, humanKey(part), 1));
      }
      continue;
    }
    if (!BASICS_WITHOUT_HOME.has(key) && (JSON_RESUME_KEYS.basics as readonly string[]).includes(key))
      continue;
    bullets.push(...leafTexts(value, humanKey(key), 1));
  }
  return bullets.length > 0 ? [otherEntry('Basics', '', bullets)] : [];
}

function itemLeftovers(
  item: Json,
  index: number,
  known: readonly string[],
  partName: string,
): EntryDraft | null {
  const fallback = `${partName} ${index + 1}`;
  if (!isObject(item)) {
    const bullets = leafTexts(item, fallback, 1);
    return bullets.length > 0 ? otherEntry(fallback, partName, bullets) : null;
  }
  const bullets = Object.entries(item)
    .filter(([key]) => !known.includes(key))
    .flatMap(([key, value]) => leafTexts(value, humanKey(key), 1));
  if (bullets.length === 0) return null;
  const name = ITEM_NAME_KEYS.map((key) => text(item[key])).find((t) => t !== '') ?? fallback;
  return otherEntry(name, partName, bullets);
}

/** Every piece of text under a value, each as "Label: text"; lists of plain values on one line. */
function leafTexts(value: Json, label: string, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  const plain = text(value);
  if (plain !== '') return [`${label}: ${plain}`];
  if (Array.isArray(value)) {
    const plainItems = value.map(text);
    if (value.length > 0 && plainItems.every((t, i) => t !== '' || isBlank(value[i]))) {
      const filled = plainItems.filter((t) => t !== '');
      return filled.length > 0 ? [`${label}: ${filled.join(', ')}`] : [];
    }
    return value.flatMap((item, i) => leafTexts(item, `${label} ${i + 1}`, depth + 1));
  }
  if (isObject(value)) {
    return Object.entries(value).flatMap(([key, v]) =>
      leafTexts(v, `${label} \u203A ${humanKey(key)}`, depth + 1),
    );
  }
  return [];
}

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: Json): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A string, number or boolean as text (trimmed); '' for anything else. */
function text(value: Json): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** "postalCode" -> "Postal code": the file's key, readable. */
function humanKey(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const otherEntry = (title: string, organization: string, bullets: string[]): EntryDraft => ({
  ...emptyEntryFields(),
  title,
  organization,
  bullets: bullets.map((b) => ({ text: b })),
});
