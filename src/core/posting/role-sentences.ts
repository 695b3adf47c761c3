import { capitalized } from './prose-metadata';
import { ROLE_RE } from './role-words';

/*
 * The title named by a sentence about the job rather than one announcing it: "As a Support
 * Representative, you will…", "The Site Manager will be responsible for…", "Aviation Screening Officer
 * (AvSO) is responsible for…", "En tant que technicien, vous…", "L'ingénieur support travaillera…",
 * "Als Pflegefachkraft bist du…". A fallback for postings with no header, labels or announcing sentence;
 * the phrase must name a role (role-words), so "As a team, we…" and "The ideal candidate will" name none.
 */

const TITLE_SOURCE = String.raw`(?<title>[^,.;:!?\n()]{2,80}?)`;
const ABBREVIATION_SOURCE = String.raw`(?:\s*\([\p{Lu}\p{N}][\p{L}\p{N}]{1,9}\))?`;
const SENTENCE_START = String.raw`(?:^|[.!?]\s+|\n)`;

// A capital "As" starts a sentence even after a heading the site ran into it ("The Position As a …").
const AS_A_RE = new RegExp(
  String.raw`(?<![\p{L}])` +
    String.raw`(?:As|En\s+tant\s+que|Als|Como)\s+(?:an?\s+|the\s+|our\s+|notre\s+|votre\s+|une?\s+|una?\s+|unser(?:e[rn]?)?\s+)?` +
    TITLE_SOURCE +
    ABBREVIATION_SOURCE +
    String.raw`(?:,\s*|\s+)(?:(?:bist|wirst|sind|werden|arbeitest|unterstützt)\s+)?(?:you|vous|tu|du|Sie|usted|serás|serà)\b`,
  'gu',
);
const THE_ROLE_WILL_RE = new RegExp(
  SENTENCE_START +
    String.raw`(?:(?:The|Our|Le|La|Der|Die|El)\s+|L['’])?` +
    TITLE_SOURCE +
    ABBREVIATION_SOURCE +
    String.raw`\s+(?:will\s+be\s+responsible|is\s+responsible|will\s+(?:be|work|lead|support|report|join|provide|ensure|manage|oversee)|travaillera|sera\s+(?:chargée?|responsable|en\s+charge)|aura\s+pour|est\s+(?:chargée?|responsable)|wird|ist\s+verantwortlich|será\s+responsable|se\s+encargará)\b`,
  'gu',
);
// "Vous intégrez l'équipe en tant que préparateur de commandes, …", "in the role of Night Manager.": the
// role named inside a sentence, up to the clause's end.
const IN_THE_ROLE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:en\s+tant\s+que|au\s+poste\s+d['’e]\s*|in\s+the\s+(?:role|position)\s+of|como)\s+(?:an?\s+|une?\s+|una?\s+)?` +
    TITLE_SOURCE +
    String.raw`(?=\s*[,.;:!?(\n]|\s+(?:pour|au\s+sein|dans|chez|afin|within|at|in|for|to|con|para|en|[HF]\s*\/\s*[HF])\b)`,
  'gu',
);
const NOT_A_ROLE_RE =
  /^(?:successful|ideal|right|selected|chosen|new|candidate|applicant|person|role|position|job|company|client)\b|\b(?:team|group|staff|department|members?|équipe)\b/iu;
const TITLE_MAX_WORDS = 6;
// Sentences tried per pattern: the first that names a role wins.
const MAX_SENTENCES = 20;

function isRole(title: string): boolean {
  return (
    title !== '' &&
    title.split(' ').length <= TITLE_MAX_WORDS &&
    ROLE_RE.test(title) &&
    !NOT_A_ROLE_RE.test(title)
  );
}

/** The title a sentence about the job names, in `text` (the first lines of a posting), or "". */
export function roleSentenceTitle(text: string): string {
  for (const re of [AS_A_RE, THE_ROLE_WILL_RE, IN_THE_ROLE_RE]) {
    re.lastIndex = 0;
    for (let seen = 0, match = re.exec(text); match !== null && seen < MAX_SENTENCES; seen++) {
      const title = match.groups?.['title']?.replace(/\s+/gu, ' ').trim() ?? '';
      if (isRole(title)) return capitalized(title);
      // Matches may share the sentence start that ended the previous one.
      re.lastIndex = match.index + 1;
      match = re.exec(text);
    }
  }
  return '';
}
