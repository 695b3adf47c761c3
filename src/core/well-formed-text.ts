const HAS_SURROGATE_RE = /[\uD800-\uDFFF]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` with each lone surrogate replaced by one U+FFFD, as String.prototype.toWellFormed does (ES2024,
 * not in the ES2023 library the core compiles against). A lone surrogate has no UTF-8 form: SQLite stores
 * it as WTF-8 and reads it back as three U+FFFD, so text must be well formed before it is kept.
 */
export function toWellFormed(text: string): string {
  // The lookbehind scan is the costly part on a long text, and most text has no surrogates at all.
  return HAS_SURROGATE_RE.test(text) ? text.replace(LONE_SURROGATE_RE, '\uFFFD') : text;
}
