/** The result of reading an exported PDF back the way an ATS does and comparing it with what was drawn. */
export interface AtsCheck {
  /** True when the extracted lines equal the expected reading-order lines, whitespace aside. */
  ok: boolean;
  /** What a parser reads: the extracted text, pages joined with a blank line. */
  extracted: string;
  /** Each line missing from, or unexpected in, the extracted text; capped, with a count of the rest. */
  differences: string[];
}

const MAX_DIFFERENCES = 20;
// Beyond this many line pairs the middle part is compared position by position: a diff of two
// 1,000-line documents that differ everywhere would otherwise cost a million-cell table.
const MAX_DIFF_CELLS = 4_000_000;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');

/**
 * Compares line by line (an LCS diff), so a difference names the line a recruiter would find damaged,
 * not just "the texts differ". Runs of spaces count as one: extractors disagree on those, parsers don't.
 */
export function compareReadingText(expected: string, extractedPages: string[]): AtsCheck {
  const want = lines(expected);
  const got = lines(extractedPages.join('\n'));
  const extracted = extractedPages.join('\n\n');
  let start = 0;
  while (start < want.length && start < got.length && want[start] === got[start]) start++;
  let endWant = want.length;
  let endGot = got.length;
  while (endWant > start && endGot > start && want[endWant - 1] === got[endGot - 1]) {
    endWant--;
    endGot--;
  }
  const a = want.slice(start, endWant);
  const b = got.slice(start, endGot);
  const all = diffLines(a, b);
  const differences = all.slice(0, MAX_DIFFERENCES);
  if (all.length > MAX_DIFFERENCES)
    differences.push(`… and ${all.length - MAX_DIFFERENCES} more differences`);
  return { ok: all.length === 0, extracted, differences };
}

function diffLines(a: string[], b: string[]): string[] {
  if (a.length === 0 && b.length === 0) return [];
  const missing = (line: string) => `Missing from what a parser reads: "${line}"`;
  const unexpected = (line: string) => `Read but not drawn as such: "${line}"`;
  if (a.length * b.length > MAX_DIFF_CELLS) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      if (a[i] !== undefined) out.push(missing(a[i] ?? ''));
      if (b[i] !== undefined) out.push(unexpected(b[i] ?? ''));
    }
    return out;
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (
      j >= b.length ||
      (i < a.length && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
    ) {
      out.push(missing(a[i++] ?? ''));
    } else {
      out.push(unexpected(b[j++] ?? ''));
    }
  }
  return out;
}
