// O*NET's Technology Skills (software and products an occupation uses) and Tools Used (its equipment):
// the example names, each with the occupations that list it. Selection rules, applied to every row:
// - technology: product names only. A generic description ("Web browser software", "Radiation dose
//   calculation software") is left out: no capital after its first word, and that first word is not an
//   acronym. "X software" becomes "X" ("SAP software", "ESRI ArcGIS software").
// - tools: equipment a trade asks for. Office, IT, audio-visual, furniture and similar UNSPSC segments
//   are left out ("Personal computers", "Laser facsimile machines"), so is anything listed by more than
//   MAX_TOOL_OCCUPATIONS occupations (everyone's equipment: "Measuring tapes", "Safety glasses").
// - both: an acronym written after its expansion ("Structured query language SQL") is taken out of the
//   spelling and kept for finding the skill it already is; "The " is dropped.
import { isCommonWord, singularLast, titleCase, wordsOf } from './words.mjs';

// UNSPSC segments of what is not a trade's equipment: 14 paper, 43 IT and telecoms, 44 office
// equipment, 45 printing, photo and audio-visual, 49 sports and recreation, 52 domestic appliances and
// consumer electronics, 53 apparel and personal care, 55 published products, 56 furniture, 60 teaching
// supplies and toys.
const NOT_TRADE_SEGMENTS = new Set(['14', '43', '44', '45', '49', '52', '53', '55', '56', '60']);
export const MAX_TOOL_OCCUPATIONS = 40;
// A tool one occupation alone lists is that occupation's vocabulary, too rare to be asked for by name
// ("Powered industrial trucks" beside the forklifts everyone writes).
export const MIN_TOOL_OCCUPATIONS = 2;
export const MAX_TECHNOLOGY_OCCUPATIONS = 40;
// UNSPSC: web page creation and editing, video creation and editing, instant messaging software.
const CONSUMER_PLATFORMS = new Set(['43232107', '43232103', '43233504']);

// SOC major groups (the first two digits of an O*NET-SOC code) -> the dictionary's category for a skill
// most of whose occupations are in that group.
const CATEGORY_OF_GROUP = {
  11: 'management',
  13: 'finance',
  15: 'platforms',
  17: 'engineering',
  19: 'lab',
  21: 'care',
  23: 'legal',
  25: 'education',
  27: 'design',
  29: 'healthcare',
  31: 'healthcare',
  33: 'security',
  35: 'hospitality',
  37: 'cleaning',
  39: 'care',
  41: 'sales',
  43: 'office',
  45: 'trades',
  47: 'construction',
  49: 'trades',
  51: 'manufacturing',
  53: 'logistics',
  55: 'security',
};

function readRows(text) {
  const [header, ...lines] = text.replace(/\r/g, '').split('\n');
  const columns = header.split('\t');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => Object.fromEntries(line.split('\t').map((value, i) => [columns[i], value.trim()])));
}

/** Example -> { occupations: Set of SOC codes, commodity codes }. */
function byExample(rows) {
  const examples = new Map();
  for (const row of rows) {
    const name = row.Example.replace(/^The\s+/, '').replace(/\s+/g, ' ');
    let entry = examples.get(name);
    if (entry === undefined) examples.set(name, (entry = { occupations: new Set(), commodities: new Set() }));
    entry.occupations.add(row['O*NET-SOC Code']);
    entry.commodities.add(row['Commodity Code']);
  }
  return examples;
}

function categoryOf(occupations, fallback) {
  const counts = new Map();
  for (const code of occupations) {
    const category = CATEGORY_OF_GROUP[code.slice(0, 2)] ?? fallback;
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? fallback;
}

const ACRONYM_RE = /^[A-Z][A-Z0-9]{1,7}$/;

/** "Structured query language SQL" -> { text: "Structured query language", acronym: "SQL" }. */
export function splitAcronym(name) {
  const words = wordsOf(name);
  for (let i = 2; i < words.length; i++) {
    const acronym = words[i];
    if (!ACRONYM_RE.test(acronym)) continue;
    const letters = acronym.replace(/[0-9]/g, '');
    const before = words.slice(Math.max(0, i - letters.length), i);
    const initials = before.map((w) => w[0]?.toUpperCase()).join('');
    if (initials === letters)
      return { text: [...words.slice(0, i), ...words.slice(i + 1)].join(' '), acronym };
  }
  return { text: name, acronym: undefined };
}

const isAcronym = (word) => /^[A-Z][A-Z0-9&-]+$/.test(word);

/** True for a description rather than a product name: "Web browser software", "Email software". */
export function isGenericDescription(name) {
  const [first = '', ...rest] = wordsOf(name);
  if (rest.some((word) => /\p{Lu}/u.test(word))) return false;
  if (isAcronym(first) || /\p{Lu}/u.test(first.slice(1)) || /\d/.test(first)) return false;
  return rest.length > 0 || isCommonWord(first);
}

/**
 * Candidates from Technology Skills: { name, spellings, lookups, category, ambiguous }. `lookups` are
 * forms used only to find the skill a candidate already is in the dictionary, never added as spellings
 * ("AutoCAD" for "Autodesk AutoCAD", "SQL" for "Structured query language SQL").
 */
export function technologyCandidates(text) {
  const out = [];
  for (const [example, { occupations, commodities }] of byExample(readRows(text))) {
    if (isGenericDescription(example)) continue;
    const { text: spelled, acronym } = splitAcronym(example);
    // Everyone's software (Facebook, LinkedIn: 51 occupations) is named in a posting's links and
    // boilerplate far more often than asked for; the common work software is hand-written already.
    if (occupations.size > MAX_TECHNOLOGY_OCCUPATIONS) continue;
    // O*NET files social networks (Instagram, TikTok, Tumblr) under web page, video and messaging
    // software: a posting names them in its share links and footers; the marketing skills built on
    // them are hand-written ("TikTok Ads", "Social Media Marketing").
    if (!/\s/.test(example) && [...commodities].some((code) => CONSUMER_PLATFORMS.has(code))) continue;
    const name = spelled.replace(/\s+software$/i, '').trim();
    if (name === '') continue;
    const words = wordsOf(name);
    const lookups = [
      acronym,
      words.length > 1 && /^\p{Lu}/u.test(words[0]) ? words.slice(1).join(' ') : undefined,
    ];
    // A product named by one plain word ("Kronos", "Rapide", "Compass") is also a word of some language:
    // it counts only as written and in context. A capital inside or a digit marks a name ("QuickBooks").
    const ambiguous = words.length === 1 && !/.\p{Lu}|\d/u.test(name) ? [name] : undefined;
    out.push({
      name,
      spellings: [...new Set([name, spelled, example])],
      lookups: lookups.filter((l) => l !== undefined),
      category: categoryOf(occupations, 'platforms'),
      ambiguous,
      source: 'technology',
    });
  }
  return out;
}

/** Candidates from Tools Used: trade equipment, named in the singular ("Pallet Jack"). */
export function toolCandidates(text) {
  const out = [];
  for (const [example, { occupations, commodities }] of byExample(readRows(text))) {
    if (occupations.size > MAX_TOOL_OCCUPATIONS || occupations.size < MIN_TOOL_OCCUPATIONS) continue;
    if ([...commodities].every((code) => NOT_TRADE_SEGMENTS.has(code.slice(0, 2)))) continue;
    const { text: spelled, acronym } = splitAcronym(example);
    const singular = singularLast(spelled);
    const words = wordsOf(singular);
    // One word alone is an ordinary word ("Ladders", "Controllers", "Funnels"): it would mark prose.
    if (words.length === 1) continue;
    out.push({
      name: titleCase(singular),
      // The plural as written only when the matcher would not derive it ("knives", not "jacks").
      spellings: spelled === `${singular}s` ? [singular] : [singular, spelled],
      lookups: acronym === undefined ? [] : [acronym],
      category: categoryOf(occupations, 'trades'),
      source: 'tools',
    });
  }
  return out;
}
