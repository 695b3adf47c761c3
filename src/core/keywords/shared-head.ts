import type { TrieReader } from './alias-trie';
import { entryOf, type ChosenSpan } from './skill-senses';
import type { TokenList } from './tokenize';

// "unit and integration testing", "change & incident management", "front-end/back-end development".
const CONJUNCTIONS = new Set(['and', 'or', '&', '/']);
// The longest left conjunct tried, in tokens ("front - end" is three).
const MAX_CONJUNCT = 3;
// "unit, integration and end-to-end testing": at most this many conjuncts before the last one.
const MAX_CONJUNCTS = 4;

/**
 * Skills written with a shared head: in "change and incident management" the matcher finds Incident
 * Management, and "change" + "management" is Change Management too. A left conjunct counts only when
 * conjunct + head is itself a plain (not ambiguous) spelling of another skill and no skill already covers
 * its words. Returns the extra spans, sorted; `spans` must be sorted and non-overlapping.
 */
export function sharedHeadSpans(
  spans: readonly ChosenSpan[],
  tokens: TokenList,
  trie: TrieReader,
): ChosenSpan[] {
  const found: ChosenSpan[] = [];
  spans.forEach((span, index) => {
    // Most spans follow no conjunction: nothing to read then.
    if (span.end - span.start < 2 || !CONJUNCTIONS.has(tokens.texts[span.start - 1] ?? '')) return;
    const previousEnd = spans[index - 1]?.end ?? 0;
    // The head is the tail of the span after its first word (or hyphenated compound).
    for (let head = span.start + 1; head < span.end; head++) {
      const headTexts = tokens.texts.slice(head, span.end);
      const extra = leftConjuncts(tokens, trie, span.start, previousEnd, headTexts, span.skill);
      if (extra.length > 0) {
        found.push(...extra);
        return;
      }
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

function leftConjuncts(
  tokens: TokenList,
  trie: TrieReader,
  spanStart: number,
  floor: number,
  head: readonly string[],
  skill: number,
): ChosenSpan[] {
  const found: ChosenSpan[] = [];
  let joint = spanStart - 1;
  for (let n = 0; n < MAX_CONJUNCTS && joint > floor; n++) {
    const text = tokens.texts[joint] ?? '';
    const line = tokens.lines[joint];
    if (!(n === 0 ? CONJUNCTIONS.has(text) : text === ',')) break;
    let conjunct: ChosenSpan | undefined;
    for (let size = Math.min(MAX_CONJUNCT, joint - floor); size >= 1 && conjunct === undefined; size--) {
      const start = joint - size;
      if (tokens.lines[start] !== line || tokens.isWord[start] !== 1) continue;
      const entry = entryOf(trie, [...tokens.texts.slice(start, joint), ...head]);
      if (entry !== undefined && entry.ambiguousForm === undefined && entry.skill !== skill)
        conjunct = { start, end: joint, skill: entry.skill };
    }
    if (conjunct === undefined) break;
    found.push(conjunct);
    joint = conjunct.start - 1;
  }
  return found;
}
