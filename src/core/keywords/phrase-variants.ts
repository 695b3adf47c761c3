/**
 * English phrasings of a task-named skill. A dictionary names a task as "<object> <action noun>"
 * ("Medication Dispensing", "Guest Room Cleaning", "Contract Negotiation"); a posting as often writes the
 * same task as a verb with its object ("dispenses medications", "negotiate contracts") or as
 * "<action noun> of <object>" ("cleaning of guest rooms"). Both are the same words, so finding them
 * invents nothing; the evidence shows the posting's own wording.
 *
 * Only the action nouns listed here are turned around: each is a task whose verb takes the object
 * directly. An alias of one word, or whose last word is not in the table, is left as it is.
 */

interface ActionNoun {
  /** The verb's forms a posting or a bullet uses: base, third person, -ing, past. */
  verbs: readonly string[];
  /** "<noun> of <object>" is how postings write it too ("maintenance of equipment"; not "entry of data"). */
  of: boolean;
}

// Verb forms written out rather than derived: English spelling rules (doubling, -e, -y) have enough
// exceptions that a table of forty nouns is both shorter and surely right.
const ACTION_NOUNS: Readonly<Record<string, ActionNoun>> = {
  management: { verbs: ['manage', 'manages', 'managing', 'managed'], of: true },
  cleaning: { verbs: ['clean', 'cleans', 'cleaning', 'cleaned'], of: true },
  preparation: { verbs: ['prepare', 'prepares', 'preparing', 'prepared'], of: true },
  analysis: {
    verbs: ['analyse', 'analyses', 'analysing', 'analysed', 'analyze', 'analyzes', 'analyzing', 'analyzed'],
    of: true,
  },
  maintenance: { verbs: ['maintain', 'maintains', 'maintaining', 'maintained'], of: true },
  planning: { verbs: ['plan', 'plans', 'planning', 'planned'], of: true },
  processing: { verbs: ['process', 'processes', 'processing', 'processed'], of: true },
  testing: { verbs: ['test', 'tests', 'testing', 'tested'], of: true },
  inspection: { verbs: ['inspect', 'inspects', 'inspecting', 'inspected'], of: true },
  scheduling: { verbs: ['schedule', 'schedules', 'scheduling', 'scheduled'], of: true },
  collection: { verbs: ['collect', 'collects', 'collecting', 'collected'], of: true },
  reconciliation: { verbs: ['reconcile', 'reconciles', 'reconciling', 'reconciled'], of: true },
  dispensing: { verbs: ['dispense', 'dispenses', 'dispensing', 'dispensed'], of: true },
  handling: { verbs: ['handle', 'handles', 'handling', 'handled'], of: true },
  assessment: { verbs: ['assess', 'assesses', 'assessing', 'assessed'], of: true },
  installation: { verbs: ['install', 'installs', 'installing', 'installed'], of: true },
  repair: { verbs: ['repair', 'repairs', 'repairing', 'repaired'], of: true },
  administration: { verbs: ['administer', 'administers', 'administering', 'administered'], of: true },
  monitoring: { verbs: ['monitor', 'monitors', 'monitoring', 'monitored'], of: true },
  coordination: { verbs: ['coordinate', 'coordinates', 'coordinating', 'coordinated'], of: true },
  supervision: { verbs: ['supervise', 'supervises', 'supervising', 'supervised'], of: true },
  documentation: { verbs: ['document', 'documents', 'documenting', 'documented'], of: true },
  evaluation: { verbs: ['evaluate', 'evaluates', 'evaluating', 'evaluated'], of: true },
  operation: { verbs: ['operate', 'operates', 'operating', 'operated'], of: true },
  loading: { verbs: ['load', 'loads', 'loading', 'loaded'], of: true },
  verification: { verbs: ['verify', 'verifies', 'verifying', 'verified'], of: true },
  validation: { verbs: ['validate', 'validates', 'validating', 'validated'], of: true },
  calibration: { verbs: ['calibrate', 'calibrates', 'calibrating', 'calibrated'], of: true },
  negotiation: { verbs: ['negotiate', 'negotiates', 'negotiating', 'negotiated'], of: true },
  review: { verbs: ['review', 'reviews', 'reviewing', 'reviewed'], of: true },
  entry: { verbs: ['enter', 'enters', 'entering', 'entered'], of: false },
  drafting: { verbs: ['draft', 'drafts', 'drafting', 'drafted'], of: true },
  forecasting: { verbs: ['forecast', 'forecasts', 'forecasting', 'forecasted'], of: false },
  writing: { verbs: ['write', 'writes', 'writing', 'wrote'], of: false },
  picking: { verbs: ['pick', 'picks', 'picking', 'picked'], of: true },
  packing: { verbs: ['pack', 'packs', 'packing', 'packed'], of: true },
  receiving: { verbs: ['receive', 'receives', 'receiving', 'received'], of: false },
  sorting: { verbs: ['sort', 'sorts', 'sorting', 'sorted'], of: true },
  troubleshooting: { verbs: ['troubleshoot', 'troubleshoots', 'troubleshooting', 'troubleshot'], of: false },
  replenishment: { verbs: ['replenish', 'replenishes', 'replenishing', 'replenished'], of: true },
  selection: { verbs: ['select', 'selects', 'selecting', 'selected'], of: true },
  diagnosis: { verbs: ['diagnose', 'diagnoses', 'diagnosing', 'diagnosed'], of: true },
  recruitment: { verbs: ['recruit', 'recruits', 'recruiting', 'recruited'], of: false },
};

// Words a posting puts between the verb (or "of") and its object without changing the task.
const DETERMINERS: readonly (string | undefined)[] = [undefined, 'the', 'all'];
const WORD_RE = /^\p{Ll}{2,}$/u;
// An object of one adjective ("Mechanical Maintenance", "Preventive Maintenance") is no object: turned
// around it reads a longer phrase's start ("maintenance of mechanical systems") as the skill.
const ADJECTIVE_RE = /(?:ical|ive|ous|ural|ental|ncial|strial)$/;
// An object longer than this is a phrase of its own; turning it around would mostly find noise.
const MAX_OBJECT_WORDS = 3;

/** The plural a posting writes for an object's last word ("medication" -> "medications"). */
export function englishPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/**
 * The other phrasings of an alias's words (already normalized and tokenized: lower-case words), or none
 * when its last word is not an action noun of the table or its object is not plain words.
 */
export function phraseVariants(words: readonly string[]): string[][] {
  const noun = ACTION_NOUNS[words[words.length - 1] ?? ''];
  const object = words.slice(0, -1);
  if (noun === undefined || object.length === 0 || object.length > MAX_OBJECT_WORDS) return [];
  if (!object.every((word) => WORD_RE.test(word))) return [];
  if (object.length === 1 && ADJECTIVE_RE.test(object[0] ?? '')) return [];
  const last = object[object.length - 1] ?? '';
  const objects = [object, [...object.slice(0, -1), englishPlural(last)]];
  const variants: string[][] = [];
  const lead = (head: string[], det: string | undefined): string[] =>
    det === undefined ? head : [...head, det];
  for (const det of DETERMINERS) {
    for (const obj of objects) {
      for (const verb of noun.verbs) variants.push([...lead([verb], det), ...obj]);
      if (noun.of) variants.push([...lead([words[words.length - 1] ?? '', 'of'], det), ...obj]);
    }
  }
  return variants;
}
