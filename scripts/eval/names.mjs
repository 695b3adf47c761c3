// How a labelled skill name is compared with what the engine reports. A label may give alternatives
// ("Driving Licence|permis B"); any one of them matches. Names are compared after a normalisation that
// only removes spelling noise (case, accents, punctuation, a plural -s, licence/license), and through the
// dictionary's own spellings, so "K8s" in a label and "Kubernetes" from the engine are the same skill.
// Nothing here knows any posting: it is the eval's idea of "the same name", applied to every label alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Lower case, no accents, no punctuation but the characters that make C++, C#, .NET, CI/CD. */
export function normalizeName(name) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\blicen[cs]e\b/g, 'licence')
    .replace(/[^\p{L}\p{N}+#./]+/gu, ' ')
    .replace(/(?<=\w)[./](?=\s|$)/g, '')
    .trim()
    .split(/\s+/)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}

/** Every spelling in the bundled dictionary -> its canonical name (both normalised). */
export function loadDictionaryNames(skillsDir) {
  const canonical = new Map();
  for (const file of readdirSync(skillsDir).filter((f) => f.endsWith('.json'))) {
    for (const skill of JSON.parse(readFileSync(join(skillsDir, file), 'utf8'))) {
      const name = normalizeName(skill.name);
      for (const spelling of [skill.name, ...skill.aliases]) {
        const key = normalizeName(spelling);
        if (!canonical.has(key)) canonical.set(key, name);
      }
    }
  }
  return canonical;
}

/** The keys under which a name can match: itself and the canonical name the dictionary gives it. */
export function nameKeys(name, dictionary) {
  const key = normalizeName(name);
  const keys = new Set([key]);
  const canonical = dictionary.get(key);
  if (canonical) keys.add(canonical);
  return keys;
}

/** Keys of a label: every alternative, each through the dictionary. */
export function labelKeys(label, dictionary) {
  const keys = new Set();
  for (const alternative of label.split('|'))
    for (const key of nameKeys(alternative, dictionary)) keys.add(key);
  return keys;
}

/** Keys of an engine hit: its canonical name and the words it matched in the posting. */
export function hitKeys(hit, dictionary) {
  const keys = nameKeys(hit.skill, dictionary);
  for (const surface of hit.matches ?? []) for (const key of nameKeys(surface, dictionary)) keys.add(key);
  return keys;
}

/**
 * Pairs labels with hits one to one (a label is matched by at most one hit and the other way round),
 * taking labels in order; returns the pairs and what is left on each side.
 */
export function pairUp(labels, hits) {
  const free = hits.map((hit, index) => ({ hit, index }));
  const pairs = [];
  const missed = [];
  for (const label of labels) {
    const at = free.findIndex(({ hit }) => [...label.keys].some((key) => hit.keys.has(key)));
    if (at === -1) missed.push(label);
    else pairs.push({ label, hit: free.splice(at, 1)[0].hit });
  }
  return { pairs, missed, extra: free.map(({ hit }) => hit) };
}

const LEGAL_SUFFIX =
  /\b(ltd|limited|inc|llc|llp|plc|gmbh|ag|sa|sas|sarl|sl|pte|co|corp|corporation|company|e ?v)\b/g;
const GENDER_MARK =
  /\((?:[mwfdhx]\s*[/|,]\s*)+[mwfdhx]\)|\b[mwfdhx]\s*\/\s*[mwfdhx](?:\s*\/\s*[mwfdhx])?\b/gi;

function looseText(text, extra) {
  let out = (text ?? '').replace(GENDER_MARK, ' ');
  out = normalizeName(out);
  if (extra) out = out.replace(extra, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a title, company or location the engine read is the labelled one: the same words once gender
 * marks, legal suffixes and punctuation are gone, or one inside the other when the shorter is most of
 * the longer (a label "Staff Nurse" and a reading "Staff Nurse - Night" agree; "Nurse" does not).
 */
export function sameValue(gold, found, kind) {
  const extra = kind === 'company' ? LEGAL_SUFFIX : undefined;
  const a = looseText(gold, extra);
  const b = looseText(found, extra);
  if (a === '' || b === '') return a === b;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length / long.length >= 0.6;
}
