import { capitalized, withoutPraise } from './prose-metadata';
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
// A sentence starts after a stop, a line break or a label's colon ("Job Summary:The Tool and Die Maker
// will…").
const SENTENCE_START = String.raw`(?:^|[.!?]\s+|\n|:\s*)`;

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
    // "The Pharmacy Technician position exists to…": the role's own word may follow the title.
    String.raw`(?:\s+(?:position|role)\s+(?:exists|is|will|requires|reports|supports|provides)|` +
    String.raw`\s+(?:is\s+responsible|will\s+(?:be\s+)?\p{Ll}{3,}|travaillera|sera\s+(?:chargée?|responsable|en\s+charge)|aura\s+pour|est\s+(?:chargée?|responsable)|wird|ist\s+verantwortlich|será\s+responsable|se\s+encargará))\b`,
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
// "join our team as an experienced Senior Sales Associate", "If you are a Family Physician who…".
const JOIN_AS_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:join\s+(?:our|the)\s+(?:[\p{L}-]+\s+)?team\s+as|[Ii]f\s+you\s+are)\s+(?:an?\s+)` +
    TITLE_SOURCE +
    String.raw`(?=\s*[,.;:!?(\n]|\s+(?:who|and|with|at|in|for|to|looking|wanting|seeking)\b)`,
  'gu',
);
const NOT_A_ROLE_RE =
  /^(?:successful|ideal|right|selected|chosen|new|candidate|applicant|person|role|position|job|company|client)\b|\b(?:team|group|department|members?|équipe)\b/iu;
// "As assigned by the manager, you…": a lower-case participle opens no title ("Licensed Practical Nurse"
// does). Case-sensitive, unlike the list above.
const PARTICIPLE_START_RE = /^\p{Ll}+ed\s/u;
const TITLE_MAX_WORDS = 6;
// "ROLEThe Staff Accountant will…": a capitals heading the site ran into the sentence's article.
const GLUED_HEADING_RE = /^\p{Lu}{3,}(?:The|Our)\s+/u;
const AT_EMPLOYER_RE = /\s+(?:at|with|for|chez|bei)\s+(?=\p{Lu})/u;
// Sentences tried per pattern: the first that names a role wins.
const MAX_SENTENCES = 20;

function isRole(title: string): boolean {
  return (
    title !== '' &&
    title.split(' ').length <= TITLE_MAX_WORDS &&
    ROLE_RE.test(title) &&
    !NOT_A_ROLE_RE.test(title) &&
    !PARTICIPLE_START_RE.test(title)
  );
}

/** The title a sentence about the job names, in `text` (the first lines of a posting), or "". */
export function roleSentenceTitle(text: string): string {
  for (const re of [AS_A_RE, THE_ROLE_WILL_RE, IN_THE_ROLE_RE, JOIN_AS_RE]) {
    re.lastIndex = 0;
    for (let seen = 0, match = re.exec(text); match !== null && seen < MAX_SENTENCES; seen++) {
      const phrase = match.groups?.['title']?.replace(/\s+/gu, ' ').trim() ?? '';
      // "As a Sales Consultant at Kings of Neon, you will": the employer is not part of the title.
      const title = withoutPraise(phrase.replace(GLUED_HEADING_RE, '').split(AT_EMPLOYER_RE)[0] ?? '');
      if (isRole(title)) return capitalized(title);
      // Matches may share the sentence start that ended the previous one.
      re.lastIndex = match.index + 1;
      match = re.exec(text);
    }
  }
  return '';
}
