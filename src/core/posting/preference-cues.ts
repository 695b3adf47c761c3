import type { PostingLine } from './posting-lines';

/*
 * Words inside a sentence that make what it names nice-to-have rather than required. Some follow what they
 * mark ("familiarity with Kafka is a plus", "Go preferred", "AWS experience is an advantage"): they reach
 * back to the start of the clause. Others lead ("ideally e-commerce", "bonus if you know Rust",
 * "preferably Terraform"): they reach forward to its end. Inside parentheses a cue marks only the
 * parenthesis: "Email marketing (Klaviyo strongly preferred; Mailchimp acceptable)" prefers Klaviyo only.
 */
const TRAILING_CUE_RE = new RegExp(
  [
    String.raw`\b(?:is|are|would be|will be|as|be)\s+(?:\S+\s+)?(?:an?\s+)?(?:\S+\s+)?(?:plus|bonus|advantage|asset)\b`,
    String.raw`\ban?\s+(?:\S+\s+)?plus\b`,
    String.raw`\b(?:is|are|would be)\s+(?:\S+\s+)?(?:good|nice)[\s-]to[\s-]have\b`,
    String.raw`\b(?:good|nice)[\s-]to[\s-]have\b(?=\W*$)`,
    String.raw`\bpreferred\b`,
    String.raw`\badvantageous\b`,
    String.raw`\bdesirable\b`,
    String.raw`\b(?:would be|is|are)\s+(?:great|nice|helpful|beneficial|welcome)\b`,
    String.raw`\bnot\s+(?:required|mandatory|a must)\b`,
    String.raw`\boptional\b`,
    String.raw`\b(?:ist|sind|wäre|wären)\s+(?:ein\s+)?(?:plus|von vorteil|wünschenswert)\b`,
    String.raw`\bvon vorteil\b`,
    String.raw`\b(?:est|serait)\s+un\s+(?:plus|atout)\b`,
    String.raw`\bun atout\b`,
    String.raw`\bse valorar[áa]\b`,
    String.raw`\bdeseable\b`,
  ].join('|'),
  'i',
);
const LEADING_CUE_RE =
  /\b(?:ideally|preferabl[ey]|bonus\s+(?:if|points?)|(?:a\s+)?plus\s+if|(?:good|nice)[\s-]to[\s-]have|optionally|extra points?|idealerweise|idéalement|idealmente|preferiblemente)\b/i;
// "Bonus: ...", "(Nice to have)": a label that marks the whole line.
const LINE_CUE_RE =
  /^\W*(?:bonus|(?:a |big |huge )?plus(?:es)?|nice[\s-]to[\s-]have|good[\s-]to[\s-]have|preferred|optional|desired|desirable|assets?|(?:also )?helpful|advantageous|ideally|wünschenswert|von vorteil|souhaité|un plus|deseable|se valorará)\s*[:–—-]|\((?:bonus|a plus|plus|preferred|optional|nice[\s-]to[\s-]have|good[\s-]to[\s-]have)\)/i;
// Clauses end at ";" or at a sentence end followed by a capital: "Python required; Go is a plus."
const CLAUSE_BREAK_RE = /;|[.!?](?=\s+[\p{Lu}"“(])/gu;

// How far a cue reaches when no punctuation ends its clause: a run-on ad with its line breaks lost ("…
// machinery Project work involving … Experience of a PPM schedule would be beneficial") is one "clause"
// of hundreds of words, and a cue at its end must not make all of them nice-to-have.
const CUE_REACH_WORDS = 16;

/** The start of the `words`-th word before `index` in `clause` (0 when there are fewer). */
function wordsBefore(clause: string, index: number, words: number): number {
  let count = 0;
  for (let i = index - 1; i > 0; i--) {
    if (/\s/u.test(clause[i - 1] ?? '') && !/\s/u.test(clause[i] ?? '') && ++count >= words) return i;
  }
  return 0;
}

/** The end of the `words`-th word after `index` in `clause` (its length when there are fewer). */
function wordsAfter(clause: string, index: number, words: number): number {
  let count = 0;
  for (let i = index + 1; i < clause.length; i++) {
    if (/\s/u.test(clause[i] ?? '') && !/\s/u.test(clause[i - 1] ?? '') && ++count >= words) return i;
  }
  return clause.length;
}

/** A range of the text [start, end) and whether it carries a nice-to-have cue. */
export interface CueSpan {
  start: number;
  end: number;
  preferred: boolean;
}

/** The part of `clause` a cue marks as nice-to-have, as [from, to) within it, or undefined. */
function preferredRange(clause: string): [number, number] | undefined {
  const trailing = TRAILING_CUE_RE.exec(clause);
  const leading = LEADING_CUE_RE.exec(clause);
  const first = trailing !== null && (leading === null || trailing.index <= leading.index) ? trailing : null;
  if (first !== null) {
    const end = first.index + first[0].length;
    const open = clause.lastIndexOf('(', first.index);
    const closed = open >= 0 && clause.lastIndexOf(')', first.index) > open;
    const reach = wordsBefore(clause, first.index, CUE_REACH_WORDS);
    return [open >= 0 && !closed ? Math.max(open, reach) : reach, end];
  }
  if (leading !== null) {
    const open = clause.lastIndexOf('(', leading.index);
    const close = open >= 0 ? clause.indexOf(')', leading.index) : -1;
    const reach = wordsAfter(clause, leading.index, CUE_REACH_WORDS);
    return [leading.index, close >= 0 ? Math.min(close, reach) : reach];
  }
  return undefined;
}

/** Splits a line into clauses and marks the parts a preference cue applies to. Spans cover the line in order. */
export function lineCueSpans(text: string, line: PostingLine): CueSpan[] {
  const content = text.slice(line.start, line.end);
  if (LINE_CUE_RE.test(content)) return [{ start: line.start, end: line.end, preferred: true }];
  const spans: CueSpan[] = [];
  let clauseStart = 0;
  const push = (from: number, to: number, preferred: boolean): void => {
    if (to > from) spans.push({ start: line.start + from, end: line.start + to, preferred });
  };
  const close = (clauseEnd: number): void => {
    const range = preferredRange(content.slice(clauseStart, clauseEnd));
    if (range === undefined) push(clauseStart, clauseEnd, false);
    else {
      push(clauseStart, clauseStart + range[0], false);
      push(clauseStart + range[0], clauseStart + range[1], true);
      push(clauseStart + range[1], clauseEnd, false);
    }
    clauseStart = clauseEnd;
  };
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let match = CLAUSE_BREAK_RE.exec(content); match !== null; match = CLAUSE_BREAK_RE.exec(content)) {
    close(match.index + 1);
  }
  close(content.length);
  return spans;
}
