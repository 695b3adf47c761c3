/** Longest keyword the chip box takes in one go: a keyword is a word or two, not a paragraph. */
export const KEYWORD_MAX = 200;

/**
 * The keywords a typed or pasted text holds: split at commas, semicolons and line breaks (a list pasted
 * from another résumé), trimmed, blanks dropped, and each kept once, ignoring case, counting the ones
 * the group already has: "Go" and "go" in one group read as a stutter.
 */
export function newKeywords(text: string, existing: readonly string[]): string[] {
  const seen = new Set(existing.map((keyword) => keyword.trim().toLocaleLowerCase()));
  const out: string[] = [];
  for (const part of text.split(/[,;\r\n]+/)) {
    const keyword = part.replace(/\s+/g, ' ').trim().slice(0, KEYWORD_MAX);
    const key = keyword.toLocaleLowerCase();
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
  }
  return out;
}

/**
 * What typing leaves in the box: everything up to the last separator is ready to add, the rest is
 * still being written ("Terraform, Ans" adds Terraform and keeps "Ans").
 */
export function splitTyped(text: string): { ready: string; rest: string } {
  const last = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf('\n'));
  if (last < 0) return { ready: '', rest: text };
  return { ready: text.slice(0, last), rest: text.slice(last + 1).trimStart() };
}
