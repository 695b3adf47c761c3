import { phraseVariants } from './phrase-variants';
import type { TokenList } from './tokenize';

/** How the matcher widens an alias into the spellings people actually type. */
export interface VariantPolicy {
  /**
   * Words joined by a space, "." or "-" also match with any of those or run together:
   * "Node.js" finds "Node JS", "node-js" and "NodeJS"; "Spring Boot" finds "spring-boot" and "SpringBoot".
   */
  separators: boolean;
  /** The alias with a trailing "s" on its last word also matches ("REST API" finds "REST APIs"). */
  plurals: boolean;
  /**
   * A task named "<object> <action noun>" also matches as a verb and its object or "<noun> of <object>":
   * "Medication Dispensing" finds "dispenses medications" (phrase-variants.ts).
   */
  phrasings: boolean;
}

const CONNECTORS = new Set(['.', '-']);
// More joints than this is a phrase, not a product name; its spelling variants would only add noise.
const MAX_JOINTS = 4;
const PLURAL_RE = /^[\p{Ll}]{3,}$/u;

/**
 * The token sequences an alias is found as: the alias itself first, then the variants the policy allows.
 * `tokens` is the alias run through the matcher's own normalizer and tokenizer.
 */
export function aliasVariants(tokens: TokenList, policy: VariantPolicy): string[][] {
  const original = tokens.texts.slice(0, tokens.count);
  const variants: string[][] = [original];

  if (policy.separators) {
    // Split the alias into words and the joints between them; give up on anything but word (joint word)*.
    const words: string[] = [];
    let joints = 0;
    let ok = true;
    for (let i = 0; i < tokens.count && ok; i++) {
      const text = tokens.texts[i] ?? '';
      if (tokens.isWord[i] === 1) {
        if (words.length > 0 && tokens.isWord[i - 1] === 1) joints++;
        words.push(text);
      } else if (CONNECTORS.has(text) && tokens.isWord[i - 1] === 1 && tokens.isWord[i + 1] === 1) {
        joints++;
      } else {
        ok = false;
      }
    }
    if (ok && joints > 0 && joints <= MAX_JOINTS && words.length === joints + 1) {
      variants.push(words);
      variants.push([words.join('')]);
      variants.push(words.flatMap((word, i) => (i === 0 ? [word] : ['-', word])));
      variants.push(words.flatMap((word, i) => (i === 0 ? [word] : ['.', word])));
    }
  }

  if (policy.plurals) {
    const last = original[original.length - 1] ?? '';
    if (tokens.isWord[tokens.count - 1] === 1 && PLURAL_RE.test(last) && !last.endsWith('s')) {
      variants.push([...original.slice(0, -1), `${last}s`]);
    }
  }
  return variants;
}

/**
 * The other phrasings of an alias (phrase-variants.ts), when the policy allows them. They are weaker than
 * every other spelling: the compiler inserts them after all the rest and only where no other skill
 * claims the same words, so "managed care" stays Managed Care, not a phrasing of Care Management.
 */
export function phrasingVariants(tokens: TokenList, policy: VariantPolicy): string[][] {
  const words = tokens.texts.slice(0, tokens.count);
  if (!policy.phrasings || words.length < 2) return [];
  for (let i = 0; i < tokens.count; i++) if (tokens.isWord[i] !== 1) return [];
  return phraseVariants(words);
}
