import { isBulletLine, wordCount, type PostingLine } from './posting-lines';

/**
 * What a part of a posting is about. `header` is everything before the first heading (title, company,
 * a job board's tag list); `other` is a heading the parser does not know.
 */
export type ParsedSectionKind =
  'header' | 'responsibilities' | 'requirements' | 'preferred' | 'benefits' | 'about' | 'apply' | 'other';

export interface PostingSection {
  kind: ParsedSectionKind;
  /** The heading as written ("" for the header). */
  heading: string;
  /** Line indices [firstLine, endLine): the heading line, then its content. */
  firstLine: number;
  endLine: number;
}

// Order matters: "Preferred qualifications" is preferred before it is a qualification, "About you" is a
// requirement and "About the role" a description of the work, not of the company.
const HEADING_KINDS: [ParsedSectionKind, RegExp][] = [
  [
    'preferred',
    /\b(?:nice[\s-]to[\s-]haves?|good[\s-]to[\s-]haves?|preferred|preferably|bonus|pluses|plus points?|desirable|optional|extra credit|would be (?:nice|great)|brownie points|desired (?:qualifications|skills|experience)|additional (?:qualifications|skills)|assets?|ideally|stand out|nice if|wünschenswert|von vorteil|atouts?|deseable|valorable)\b|^(?:an? |big |huge |added )?plus(?:es)?$|(?:un plus|se valorar[áa]|souhaitée?s?)(?![\p{L}])/iu,
  ],
  [
    'requirements',
    /^about you\b|^who you are\b|^(?:ihr profil|dein profil|profil recherché|votre profil|requisitos|perfil|was du mitbringst|was sie mitbringen|anforderungen)\b/iu,
  ],
  [
    'responsibilities',
    /^(?:ihre aufgaben|deine aufgaben|aufgaben|vos missions|missions?|responsabilidades|funciones)\b/iu,
  ],
  [
    'benefits',
    /^(?:wir bieten|was wir bieten|unser angebot|avantages|nous offrons|ce que nous offrons|ofrecemos|beneficios)\b/iu,
  ],
  ['about', /^(?:über uns|à propos(?: de nous)?|qui sommes-nous|sobre nosotros|quiénes somos)\b/iu],
  ['responsibilities', /^about (?:the|this) (?:role|job|position|opportunity)\b/i],
  [
    'about',
    /^(?:about(?: us| the company| the team| [\p{Lu}\d].*)?|who we are|our (?:company|story|mission|culture)|company (?:overview|description|profile|info))$/iu,
  ],
  [
    'benefits',
    /\b(?:benefits|perks|what we offer|we offer|why join|why work|why you(?:'|’)ll love|compensation|salary)\b/i,
  ],
  ['apply', /\b(?:how to apply|to apply|application process|apply now|interview process|hiring process)\b/i],
  [
    'responsibilities',
    /\b(?:responsibilit|duties|what you(?:'|’)?ll do|what you will (?:do|be doing)|what you(?:'|’)?ll be doing|your role|the role|role overview|job role|(?:job|role|position) (?:description|summary)|day[\s-]to[\s-]day|your mission|the job|the position|your impact|what you will get to do|what you get to do)/i,
  ],
  [
    'requirements',
    /\b(?:requirements?|required|qualifications?|looking for|must[\s-]haves?|mandatory|essential|minimum qualifications|skills?|skill[\s-]sets?|what you (?:bring|need|have)|you (?:have|bring|need)|experience|expertise|competenc(?:y|ies|e|es)|tech(?:nical|nology)? stack|(?:candidate|desired|ideal|your) profile|criteria|eligibility)\b/i,
  ],
];

const HEADING_MAX_CHARS = 60;
const HEADING_MAX_WORDS = 8;
// Without a ":" a heading must look like one: shorter, and not a sentence cut off at "with", "in", "of"...
const BARE_HEADING_MAX_WORDS = 6;
const PREFERRED_PHRASE_RE =
  /\b(?:would be (?:great|nice|a plus)|nice to have|bonus points?|will make you stand out)\b/i;
const TRAILING_CONNECTIVE_RE = /\b(?:in|with|of|the|a|an|and|or|to)$/i;

/**
 * The kind of section a line opens, or undefined when the line is not a heading. A heading is short, is not
 * a list item or a "Label: value" line, and either ends with ":" or names a kind the parser knows.
 */
/** Characters of "## ", "**", "===" a heading may carry around its words. */
const HEADING_DECORATION_MAX = 24;

export function classifyHeading(line: string): ParsedSectionKind | undefined {
  const trimmed = line.trim();
  // Most lines of a posting are prose, far longer than any heading even with its decorations: skip the
  // regexes below for them (this function runs on every line of a pasted page, twice).
  if (trimmed === '' || trimmed.length > HEADING_MAX_CHARS + HEADING_DECORATION_MAX) return undefined;
  if (isBulletLine(trimmed)) return undefined;
  // Markdown and rich-text decorations: "## Requirements", "**Benefits**".
  let text = trimmed.replace(/^[#*_=\s]+/, '').replace(/[*_=\s]+$/, '');
  const colon = /\s*[:：-]$/.test(text);
  text = text.replace(/\s*[:：-]$/, '').trim();
  if (text === '' || text.length > HEADING_MAX_CHARS || wordCount(text) > HEADING_MAX_WORDS) return undefined;
  if (text.includes(':') || /[.!;,]$/.test(text)) return undefined;
  // "It would be great if you also have": a nice-to-have heading may be a longer phrase.
  const longPreferred = !colon && PREFERRED_PHRASE_RE.test(text) && !/[.!?]$/.test(text);
  if (
    !colon &&
    !longPreferred &&
    (wordCount(text) > BARE_HEADING_MAX_WORDS || TRAILING_CONNECTIVE_RE.test(text))
  )
    return undefined;
  for (const [kind, pattern] of HEADING_KINDS) if (pattern.test(text)) return kind;
  return colon ? 'other' : undefined;
}

/** The sections of lines [startLine, endLine): a new one at every heading. */
export function splitSections(
  lines: readonly PostingLine[],
  endLine: number,
  startLine = 0,
): PostingSection[] {
  const sections: PostingSection[] = [{ kind: 'header', heading: '', firstLine: startLine, endLine }];
  for (let i = startLine; i < endLine; i++) {
    const text = lines[i]?.text ?? '';
    const kind = classifyHeading(text);
    if (kind === undefined) continue;
    const previous = sections[sections.length - 1];
    if (previous !== undefined) previous.endLine = i;
    sections.push({ kind, heading: text, firstLine: i, endLine });
  }
  return sections.filter((section) => section.endLine > section.firstLine);
}

// "KaiOS is a mobile operating system...", "We are a fast-growing...": who the company is, not what the job
// needs. A paragraph about the hire ("We are looking for...") is never a company blurb.
const BLURB_START_RE =
  /^(?:we are|we're|we have been|founded in|our (?:company|mission|client|story|team) (?:is|was|has))\b/i;
const ABOUT_THE_JOB_RE =
  /(?<!\p{L})(?:looking for|seeking|hiring|you will|you'll|you’ll|candidate|this role|the role|this position|vous|votre|nous recherchons|recrut\p{L}*|candidat\p{L}*|ce poste|le poste|suchen|wir bieten|buscamos|el puesto|este puesto|tu|tus)(?!\p{L})/iu;
const BLURB_MIN_WORDS = 12;

// German addresses the candidate with capitalised "Sie"/"Ihr", which in lower case mean "she", "they", "her".
const GERMAN_ADDRESS_RE = /(?<!\p{L})(?:Sie|Ihre?|Ihnen)(?!\p{L})/u;

/** True for a prose paragraph that describes the company rather than the job. */
export function isCompanyBlurb(line: string, company: string): boolean {
  if (
    isBulletLine(line) ||
    wordCount(line, BLURB_MIN_WORDS) < BLURB_MIN_WORDS ||
    ABOUT_THE_JOB_RE.test(line) ||
    GERMAN_ADDRESS_RE.test(line)
  )
    return false;
  if (BLURB_START_RE.test(line)) return true;
  const firstWord = company.split(/\s+/)[0]?.replace(/[^\p{L}\p{N}]/gu, '') ?? '';
  if (firstWord.length < 3) return false;
  const match =
    /^([\p{L}\p{N}.&'’-]+)\s+(?:is|are|was|has|builds|provides|offers|helps|makes|automates|develops|creates|serves|powers|designs|delivers|operates|runs|manufactures|moves|connects|enables|empowers|sells|supports|produces|specializes|specialises)\b/u.exec(
      line,
    );
  return match?.[1]?.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') === firstWord.toLowerCase();
}

// Words of a paragraph about the job or the candidate; a header paragraph without any is the company's story.
// French, German and Spanish postings speak of the hire in their own words ("vous avez une expérience de
// 3 ans", "Sie bringen Erfahrung mit", "experiencia en"): the same test in those languages.
const ABOUT_THE_HIRE_RE =
  /(?<!\p{L})(?:you|your|you'll|you’ll|we need|required|requirements?|experience|must|should|skills?|looking for|seeking|hiring|candidate|role|position|responsibilit\p{L}*|proficien\p{L}*|knowledge|familiar\p{L}*|ability|vous|votre|vos|expérience|compétences?|connaissances?|maîtrise|profil|requis|exigée?s?|poste|candidat\p{L}*|Erfahrung\p{L}*|Kenntniss\p{L}*|Anforderung\p{L}*|Aufgaben|Stelle|experiencia|conocimientos?|requisitos?|puesto|funciones|perfil|imprescindible|valorable)(?!\p{L})/iu;

/**
 * True for a prose paragraph above the first heading that never speaks of the job or the candidate
 * ("Pocketful is a budgeting app used by 900k people"): who the company is, whatever its name.
 */
export function isHeaderStory(line: string, title = ''): boolean {
  return (
    !isBulletLine(line) &&
    wordCount(line, BLURB_MIN_WORDS) >= BLURB_MIN_WORDS &&
    !ABOUT_THE_HIRE_RE.test(line) &&
    !GERMAN_ADDRESS_RE.test(line) &&
    !isLabelledAsk(line) &&
    !namesTheRole(line, title)
  );
}

// "Essential: SQL, Power BI..." / "Desirable: Python": a heading and its content on one line.
const LABEL_RE = /^\s*([^:：]{2,40})[:：]\s*\S/u;
const ASKING_KINDS: ReadonlySet<ParsedSectionKind> = new Set([
  'requirements',
  'preferred',
  'responsibilities',
]);

function isLabelledAsk(line: string): boolean {
  const label = LABEL_RE.exec(line)?.[1];
  const kind = label === undefined ? undefined : classifyHeading(`${label}:`);
  return kind !== undefined && ASKING_KINDS.has(kind);
}

// The role's name without what follows a dash, bar or parenthesis: "Registered Nurse – Medical ICU".
const TITLE_HEAD_RE = /^[^–—|(,/]+?(?=\s+[-–—|(,/]|$)/u;
const ROLE_MIN_CHARS = 6;

/** "The Registered Nurse provides direct patient care...": a paragraph about the role, by its name. */
function namesTheRole(line: string, title: string): boolean {
  const head = TITLE_HEAD_RE.exec(title.trim())?.[0].trim() ?? '';
  return head.length >= ROLE_MIN_CHARS && line.toLowerCase().includes(head.toLowerCase());
}
