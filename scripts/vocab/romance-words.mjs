// Word-level rules for French and Spanish labels, the counterpart of words.mjs for English. ESCO writes
// a skill/competence in these languages as an infinitive phrase ("gérer le personnel", "gestionar
// tareas"): a task a posting words its own way, never a name it writes, so those labels are left out.
// No frequency list of French or Spanish words is at hand, so a label of one word is kept only when its
// ending names a field of knowledge ("épidémiologie", "farmacocinética"), never an everyday word
// ("transporte", "enfermedades", "accueil").
import { wordsOf } from './words.mjs';

export const LANGUAGES = ['fr', 'es'];

// Infinitive endings; Spanish infinitives may carry a clitic ("ajustarse", "aplicarlos").
const INFINITIVE_RE = {
  fr: /(?:er|ir|re|oir)$/u,
  es: /(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$/u,
};
// French reflexive infinitives start with the pronoun: "s'assurer", "se conformer".
const REFLEXIVE_RE = /^(?:se|s['’]\p{L}+)$/iu;
// Fields of knowledge named in one word: -logie/-logía, -graphie/-grafía, -nomie/-nomía, -iatrie/-iatría,
// -métrie/-metría, -thérapie/-terapia, -isme/-ismo, -tique/-tica (informatique, estadística).
const FIELD_WORD_RE = {
  fr: /(?:logie|graphie|nomie|iatrie|métrie|thérapie|isme|tique|tiques)$/u,
  es: /(?:logía|grafía|nomía|iatría|metría|terapia|ismo|tica|ticas)$/u,
};
// Articles, prepositions and conjunctions: they do not make a label longer to read.
const MINOR = {
  fr: new Set([
    'de',
    'des',
    'du',
    'd',
    'la',
    'le',
    'les',
    'l',
    'et',
    'à',
    'au',
    'aux',
    'en',
    'pour',
    'par',
    'sur',
    'avec',
    'un',
    'une',
  ]),
  es: new Set([
    'de',
    'del',
    'la',
    'las',
    'el',
    'los',
    'y',
    'e',
    'o',
    'u',
    'en',
    'a',
    'al',
    'para',
    'por',
    'con',
    'un',
    'una',
  ]),
};
// Labels longer than this (in content words) are definitions, not names a posting writes.
export const MAX_CONTENT_WORDS = 4;

const firstWord = (label) => (wordsOf(label)[0] ?? '').toLowerCase();
const contentWords = (label, lang) =>
  label
    .toLowerCase()
    .split(/[\s'’-]+/u)
    .filter((word) => word !== '' && !MINOR[lang].has(word));

/**
 * The first words that begin verb phrases in one language's ESCO labels: an infinitive ending, and
 * more often the head of a skill/competence label than of a knowledge one. That keeps nouns such as
 * "cuidados" or "soins" and drops "gérer", "superviser", "aplicar". An infinitive-looking word ESCO
 * never starts a label with counts as a verb (a false drop costs one spelling, a false keep a false mark).
 */
export function romanceVerbHeads(rows, lang) {
  const seen = new Map();
  for (const row of rows) {
    const first = firstWord(row.preferredLabel);
    const entry = seen.get(first) ?? { skill: 0, knowledge: 0 };
    if (row.skillType === 'knowledge') entry.knowledge++;
    else entry.skill++;
    seen.set(first, entry);
  }
  return {
    isVerb(label) {
      const first = firstWord(label);
      if (lang === 'fr' && REFLEXIVE_RE.test(first)) return true;
      if (!INFINITIVE_RE[lang].test(first)) return false;
      const entry = seen.get(first);
      return entry === undefined || entry.skill >= entry.knowledge;
    },
  };
}

/** True for a French or Spanish label that a posting could write as the name of a skill. */
export function isUsableRomanceLabel(label, lang, heads) {
  if (label.length < 4 || label.length > 80 || /[;:(),/]/.test(label)) return false;
  const words = contentWords(label, lang);
  if (words.length === 0 || words.length > MAX_CONTENT_WORDS) return false;
  if (wordsOf(label).length === 1 && !FIELD_WORD_RE[lang].test(label.toLowerCase())) return false;
  return !heads.isVerb(label);
}
