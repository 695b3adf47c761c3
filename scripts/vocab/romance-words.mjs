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
// -métrie/-metría, -thérapie/-terapia, -urgie/-urgia, -isme/-ismo, -tique/-tica (informatique, estadística).
const FIELD_WORD_RE = {
  fr: /(?:logie|graphie|nomie|iatrie|métrie|thérapie|urgie|isme|tique|tiques)$/u,
  es: /(?:logía|grafía|nomía|iatría|metría|terapia|urgia|ismo|tica|ticas)$/u,
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
// What follows an infinitive and never a noun heading a label.
const ARTICLES = {
  fr: new Set(['le', 'la', 'les', 'un', 'une', 'des', 'du', 'ce', 'ces', 'son', 'sa', 'ses']),
  es: new Set(['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta']),
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
 * The first words that begin verb phrases in one language's ESCO labels: an infinitive ending, and the
 * head of at least one skill/competence label ("gérer", "gestionar", "être"), or of none at all (a false
 * drop costs one spelling, a false keep a false mark). A word only knowledge labels start with is a
 * noun ("histoire", "architecture", "bienestar") unless an article follows it, as it follows a verb
 * ("conocer la legislación contractual") and never a noun.
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
      const [first = '', second = ''] = wordsOf(label).map((word) => word.toLowerCase());
      if (lang === 'fr' && REFLEXIVE_RE.test(first)) return true;
      if (!INFINITIVE_RE[lang].test(first)) return false;
      const entry = seen.get(first);
      return entry === undefined || entry.skill > 0 || ARTICLES[lang].has(second);
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

// Articles that change with number and gender ("des", "les", "los"): a label holding one is left as it is.
const PLURAL_ARTICLES = new Set(['des', 'les', 'aux', 'los', 'las']);
// Singulars that end in "s" are left alone: "-is", "-us", "-ès", "-ours" (processus, accès, secours),
// Spanish "-is" (análisis, crisis).
const singularWord = {
  fr: (word) =>
    word
      .replace(/^travaux$/u, 'travail')
      .replace(/eaux$/u, 'eau')
      .replace(/aux$/u, 'al')
      .replace(/(?<!our)(?<=[eéntlcdgr])s$/u, ''),
  es: (word) =>
    word
      .replace(/iones$/u, 'ión')
      .replace(/ces$/u, 'z')
      // "sociedades", "redes", "profesionales": -es after a consonant a vowel precedes.
      .replace(/(?<=[aeiouáéíóú][dlnrjy])es$/u, '')
      .replace(/(?<=[aeoáéó])s$/u, ''),
};

/**
 * The label in the singular, or undefined when it is not plural. ESCO writes many labels in the plural
 * ("gestion de projets", "energías renovables"); postings often in the singular, and the matcher derives
 * only the plural of a spelling. Every content word is made singular, so an adjective agrees with its
 * noun ("énergie renouvelable"); a form no one writes ("base de dato") matches nothing.
 */
export function singularRomanceLabel(label, lang) {
  const words = wordsOf(label);
  if (words.some((word) => PLURAL_ARTICLES.has(word.toLowerCase()))) return undefined;
  const singular = words
    .map((word) =>
      MINOR[lang].has(word.toLowerCase()) || /\P{Ll}/u.test(word) ? word : singularWord[lang](word),
    )
    .join(' ');
  return singular === label ? undefined : singular;
}
