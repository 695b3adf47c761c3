// ESCO's knowledge-like concepts: a preferred label and its alternative labels written as noun phrases
// ("molecular biology", "accounting techniques", "food safety principles"). ESCO's skill/competence
// labels are verb phrases ("identify available services", "operate forklift"): a task a posting
// describes in its own words, not a name it writes, so they are left out, and so is any alternative
// label written as a verb phrase. A label of one common English word is left out too.
import Papa from 'papaparse';
import { isCommonWord, isNounTagged, isVerbTagged, RARE_RANK, titleCase, wordsOf } from './words.mjs';

// Longer labels are definitions ("cleaning industry health and safety measures"), never written as such.
export const MAX_WORDS = 5;
// Languages are already in the dictionary with their cues ("fluent Polish"); ESCO names them alone.
// An industry, a market or a product line is the employer's, not a skill ("construction industry",
// "energy market", "medical devices"): the "employer's product or industry" false marks.
const SECTOR_HEAD_RE = /\b(?:industry|industries|sector|sectors|market|markets|devices|products)$/i;
// A field of knowledge named in one word ends like one: metallurgy, phonetics, photogrammetry,
// entrepreneurship, electroplating. Others ("troubleshoot") are ESCO skills compromise cannot read.
const FIELD_NOUN_RE = /(?:y|ics|ion|ism|ship|ment|ure|ing|ence|ance|ness|ity)$/i;
const LANGUAGE_LABEL_RE = /^(?:understand|interact|write|speak|read)\b/i;

/**
 * First words that begin a verb phrase across the taxonomy: words compromise tags as a base-form verb in
 * at least half of the preferred labels they start (two at least). That catches the verbs it misreads
 * in one label ("repair metal sheets") and keeps nouns it misreads in one ("tax legislation").
 */
function verbHeads(labels) {
  const seen = new Map();
  for (const label of labels) {
    const first = wordsOf(label)[0]?.toLowerCase() ?? '';
    const entry = seen.get(first) ?? { verb: 0, all: 0 };
    entry.all++;
    if (isVerbTagged(label)) entry.verb++;
    seen.set(first, entry);
  }
  return {
    isVerb(label) {
      const first = wordsOf(label)[0]?.toLowerCase() ?? '';
      const entry = seen.get(first);
      if (entry !== undefined && entry.all >= 2) return entry.verb * 2 >= entry.all;
      return isVerbTagged(label);
    },
  };
}

function usable(label, heads) {
  const words = wordsOf(label);
  if (words.length === 0 || words.length > MAX_WORDS || label.length > 80) return false;
  if (LANGUAGE_LABEL_RE.test(label) || /[;:()]/.test(label)) return false;
  // One word: a noun that is not an everyday word ("metallurgy", not "philosophy" or "troubleshoot").
  if (
    words.length === 1 &&
    (isCommonWord(label, RARE_RANK) || !isNounTagged(label) || !FIELD_NOUN_RE.test(label))
  )
    return false;

  if (SECTOR_HEAD_RE.test(label)) return false; // the employer's industry or products
  return !heads.isVerb(label);
}

// Content words of a label, cut to a stem: "constructions" and "construction" share "const".
const stems = (label) =>
  new Set(
    label
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length > 3)
      .map((word) => word.slice(0, 5)),
  );

/**
 * The alternative labels of each row, given back to the concept they name. In this mirror most rows
 * carry the next concept's alternative labels ("draft scientific papers" holds "design a rehabilitation
 * programme"), so each block goes to the neighbouring row (before, same, after) whose preferred label
 * shares content words with most of its labels; a block that fits no neighbour so is dropped.
 */
export function realignAlternatives(rows) {
  const preferred = rows.map((row) => stems(row.preferredLabel));
  const alternatives = rows.map(() => []);
  rows.forEach((row, i) => {
    const block = (row.altLabels ?? '')
      .split('\n')
      .map((label) => label.trim())
      .filter((l) => l !== '');
    if (block.length === 0) return;
    const labels = block.map(stems);
    let best = -1;
    let bestShared = 0;
    for (const j of [i, i + 1, i - 1]) {
      if (j < 0 || j >= rows.length) continue;
      // Labels of the block that share a content word with this row's preferred label.
      const shared = labels.filter((words) => [...words].some((word) => preferred[j].has(word))).length;
      if (shared > bestShared) [best, bestShared] = [j, shared];
    }
    // Most of a concept's labels reword it; one shared word ("processes") is chance.
    if (bestShared * 2 < block.length) return;
    if (best >= 0) alternatives[best].push(...block);
  });
  return alternatives;
}

/** Candidates: { name, spellings, lookups, category }. */
export function escoCandidates(text, { reuseLevels }) {
  const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  const heads = verbHeads(rows.map((row) => row.preferredLabel.trim()));
  const alternativesOf = realignAlternatives(rows);
  const out = [];
  for (const [i, row] of rows.entries()) {
    if (!reuseLevels.has(row.reuseLevel)) continue;
    const preferred = row.preferredLabel.trim();
    if (!usable(preferred, heads)) continue;
    const alternatives = alternativesOf[i].filter((label) => label !== preferred && usable(label, heads));
    out.push({
      name: titleCase(preferred),
      spellings: [...new Set([preferred, ...alternatives])].slice(0, 40),
      lookups: [],
      category: 'knowledge',
      source: 'esco',
    });
  }
  return out;
}
