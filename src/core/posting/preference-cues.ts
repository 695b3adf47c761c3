import type { PostingLine } from './posting-lines';

/*
 * Words inside a sentence that make what it names nice-to-have rather than required: "familiarity with
 * Kafka is a plus", "Go preferred", "bonus if you know Rust", "AWS experience is an advantage".
 */
const CUE_RE = new RegExp(
  [
    String.raw`\b(?:is|are|would be|will be|as|be)\s+(?:an?\s+)?(?:\S+\s+)?(?:plus|bonus|advantage|asset)\b`,
    String.raw`\ban?\s+(?:\S+\s+)?plus\b`,
    String.raw`\bbonus\s+(?:if|points?)\b`,
    String.raw`\bpreferred\b`,
    String.raw`\bpreferabl[ey]\b`,
    String.raw`\b(?:good|nice)[\s-]to[\s-]have\b`,
    String.raw`\badvantageous\b`,
    String.raw`\bdesirable\b`,
    String.raw`\b(?:would be|is|are)\s+(?:great|nice|helpful|beneficial)\b`,
    String.raw`\bnot\s+(?:required|mandatory|a must)\b`,
    String.raw`\boptional\b`,
    String.raw`\bideally\b`,
  ].join('|'),
  'i',
);
// "Bonus: ...", "(Nice to have)": a label that marks the whole line.
const LINE_CUE_RE =
  /^\W*(?:bonus|plus|nice[\s-]to[\s-]have|good[\s-]to[\s-]have|preferred|optional)\s*[:–—-]|\((?:bonus|a plus|plus|preferred|optional|nice[\s-]to[\s-]have|good[\s-]to[\s-]have)\)/i;
// Clauses end at ";" or at a sentence end followed by a capital: "Python required; Go is a plus."
const CLAUSE_BREAK_RE = /;|[.!?](?=\s+[\p{Lu}"“(])/gu;

/** A range of the text [start, end) and whether it carries a nice-to-have cue. */
export interface CueSpan {
  start: number;
  end: number;
  preferred: boolean;
}

/** Splits a line into clauses and marks the ones with a preference cue. */
export function lineCueSpans(text: string, line: PostingLine): CueSpan[] {
  const content = text.slice(line.start, line.end);
  const wholeLine = LINE_CUE_RE.test(content);
  const spans: CueSpan[] = [];
  let clauseStart = 0;
  const close = (clauseEnd: number): void => {
    const clause = content.slice(clauseStart, clauseEnd);
    spans.push({
      start: line.start + clauseStart,
      end: line.start + clauseEnd,
      preferred: wholeLine || CUE_RE.test(clause),
    });
    clauseStart = clauseEnd;
  };
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let match = CLAUSE_BREAK_RE.exec(content); match !== null; match = CLAUSE_BREAK_RE.exec(content)) {
    close(match.index + 1);
  }
  close(content.length);
  return spans;
}
