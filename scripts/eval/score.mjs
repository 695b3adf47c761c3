// Scores one posting's engine answer against its labels, and sums postings into micro/macro figures.
import { hitKeys, labelKeys, pairUp, sameValue } from './names.mjs';

const ratio = (part, whole, empty) => (whole === 0 ? empty : part / whole);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Labels -> [{ name, level, keys }], a skill in both lists counted as required (as the rules say). */
function labelled(labels, dictionary) {
  const out = [];
  for (const level of ['required', 'preferred'])
    for (const name of labels[level] ?? []) out.push({ name, level, keys: labelKeys(name, dictionary) });
  return out;
}

/** Engine answer -> [{ name, level, keys }]; a skill it lists in both lists is required. */
function found(answer, dictionary) {
  const byName = new Map();
  for (const level of ['preferred', 'required'])
    for (const hit of answer[level] ?? [])
      byName.set(hit.skill.toLowerCase(), { name: hit.skill, level, keys: hitKeys(hit, dictionary) });
  return [...byName.values()];
}

export function scorePosting(id, answer, labels, dictionary) {
  const { pairs, missed, extra } = pairUp(labelled(labels, dictionary), found(answer, dictionary));
  const tp = pairs.length;
  const gold = tp + missed.length;
  const precision = ratio(tp, tp + extra.length, gold === 0 ? 1 : 0);
  const recall = ratio(tp, gold, 1);
  const misplaced = pairs.filter((p) => p.label.level !== p.hit.level);
  const meta = {};
  for (const kind of ['title', 'company', 'location'])
    if (labels[kind] !== undefined)
      meta[kind] = {
        gold: labels[kind],
        found: answer[kind] ?? '',
        right: sameValue(labels[kind], answer[kind], kind),
      };
  return {
    id,
    precision,
    recall,
    f1: f1(precision, recall),
    tp,
    fp: extra.length,
    fn: missed.length,
    split: { correct: tp - misplaced.length, total: tp, accuracy: ratio(tp - misplaced.length, tp, 1) },
    falsePositives: extra.map((h) => h.name),
    misses: missed.map((l) => l.name),
    misplaced: misplaced.map((p) => `${p.hit.name} (label ${p.label.level})`),
    meta,
  };
}

/** Micro and macro figures over postings, and metadata accuracy over postings whose label states one. */
export function summarize(postings) {
  const sum = (key) => postings.reduce((total, p) => total + p[key], 0);
  const tp = sum('tp');
  const fp = sum('fp');
  const fn = sum('fn');
  const precision = ratio(tp, tp + fp, 0);
  const recall = ratio(tp, tp + fn, 0);
  const correct = postings.reduce((total, p) => total + p.split.correct, 0);
  const meta = {};
  for (const kind of ['title', 'company', 'location']) {
    const stated = postings.filter((p) => p.meta[kind] && p.meta[kind].gold !== '');
    const right = stated.filter((p) => p.meta[kind].right).length;
    meta[kind] = { right, stated: stated.length, accuracy: ratio(right, stated.length, 1) };
  }
  return {
    postings: postings.length,
    micro: { precision, recall, f1: f1(precision, recall), tp, fp, fn },
    macroF1: ratio(sum('f1'), postings.length, 0),
    split: { correct, total: tp, accuracy: ratio(correct, tp, 0) },
    meta,
  };
}
