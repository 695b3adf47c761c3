import { AppError } from '../../core/errors/app-error';
import { MAX_SEARCH_CHARS } from '../../shared/contract';

export interface FtsQuery {
  /** An FTS5 MATCH expression in which every user word is a quoted string: no operator can leak in. */
  match: string;
  /**
   * Words with symbols ("C++", "node.js", "C#"), lower-cased. The tokenizer splits them at the symbols,
   * so the index finds "c" for "C++": each is also checked as a literal substring of the job's text.
   */
  literals: string[];
}

const WORDISH = /[\p{L}\p{N}]/u;
// FTS5 reads a query as a C string: a NUL ends it inside a quoted term ("unterminated string"). Control
// characters are never part of a word, so all of them separate words.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
const SYMBOL = /[^\p{L}\p{N}\s]/u;

/**
 * Turns what the user typed into a safe FTS5 query: words (or "quoted phrases") must all appear, the
 * last one as a prefix so results follow the typing. Nothing the user types is FTS syntax: AND, NEAR,
 * "*", "-", ":" and quotes are all taken as text. Throws a message to act on for an empty query or one
 * with no letter or digit.
 */
export function toFtsQuery(input: string): FtsQuery {
  if (input.length > MAX_SEARCH_CHARS) {
    throw new AppError('too-large', `A search can be up to ${MAX_SEARCH_CHARS} characters long.`);
  }
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of input.normalize('NFC').replace(CONTROL, ' ').matchAll(pattern)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term !== '') terms.push(term);
  }
  const searchable = terms.filter((term) => WORDISH.test(term));
  if (searchable.length === 0) {
    throw new AppError(
      'invalid-input',
      'Type at least one letter or digit to search (for example "C++", "node.js" or "Terraform").',
    );
  }
  const quoted = searchable.map((term) => `"${term.replace(/"/g, '""')}"`);
  // "kube" finds Kubernetes while typing; a word with symbols is matched exactly (see literals).
  if (!SYMBOL.test(searchable.at(-1) ?? '')) quoted[quoted.length - 1] += '*';
  return {
    match: quoted.join(' AND '),
    literals: searchable.filter((term) => SYMBOL.test(term)).map((term) => term.toLowerCase()),
  };
}
