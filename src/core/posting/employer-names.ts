import { wordCount, type PostingLine } from './posting-lines';
import { classifyHeading } from './posting-sections';

/*
 * The employer named where a posting speaks of it rather than in a header: the paragraph that introduces
 * it ("Bravo Research Group Inc. is a private security company"), a "Join Acme" call, the thank-you line
 * at the end ("Thank you for your application with RedDoorz"), or its legal name alone on a line
 * ("Recruitfirst Pte Ltd"). Each is a fallback after the header and the announcing sentence.
 */

// A name: capitalised words, with the commas and "&" of a partnership ("Kazan, McClain & Greenwood").
// Not case-insensitive: with "i", \p{Lu} would match every letter and a name would run on.
const NAME_SOURCE = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:(?:\s+|,\s+|\s+&\s+)\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}`;
const VALUE_MAX_CHARS = 120;

const EMPLOYER_NOUNS = [
  'company',
  'firm',
  'provider',
  'organisation',
  'organization',
  'business',
  'group',
  'agency',
  'practice',
  'school',
  'hospital',
  'clinic',
  'charity',
  'employer',
  'leader',
  'manufacturer',
  'corporation',
  'retailer',
  'chain',
  'operator',
  'specialist',
  'consultancy',
  'partnership',
  'network',
  'brand',
  'trust',
  'association',
  'team',
];
// "a Professional Law Corporation": the noun may be capitalised, the name around it may not be lowered.
const EMPLOYER_NOUN_SOURCE = `(?:${EMPLOYER_NOUNS.map((noun) => `[${noun[0]?.toUpperCase()}${noun[0]}]${noun.slice(1)}`).join('|')})`;

// What may open the introducing line: its heading run into it ("About us: Acme is…"), a founding year
// ("Founded in 2005, Acme is…"), an article ("The Acme Group (TAG) is…").
const INTRO_PREFIX_SOURCE =
  String.raw`(?:(?:About\s+(?:us|the\s+company)|Who\s+we\s+are|Company\s+Description|Über\s+uns|Qui\s+sommes-nous\s*\??|Quiénes\s+somos)\s*[:–-]?\s*)?` +
  String.raw`(?:(?:Founded|Established|Since)\s+(?:in\s+)?\d{4},\s+)?(?:The\s+)?`;
const INTRODUCES_RE = new RegExp(
  String.raw`^${INTRO_PREFIX_SOURCE}(${NAME_SOURCE})(?:\s+\([\p{Lu}\p{N}&]{2,10}\))?(?:\s+(?:is|are)\s+(?:an?|the|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,4}?${EMPLOYER_NOUN_SOURCE}s?\b|,\s+an?\s+(?:[\p{L}-]+\s+){0,4}?${EMPLOYER_NOUN_SOURCE}\b)`,
  'u',
);
// "At Randolph School, students become…": the employer as the setting of the first sentence.
const AT_NAME_RE = new RegExp(String.raw`^${INTRO_PREFIX_SOURCE}At\s+(${NAME_SOURCE}),\s`, 'u');
// Subjects that are no name: a pronoun, or the generic noun itself ("The Company is a leading…").
const NOT_EMPLOYER_RE =
  /^(?:the|this|our|we|you|it|they|a|an|company|client|business|firm|group|team|role|position|least|first|present|times?)\b/iu;
const INTRO_SEARCH_LINES = 20;

/** The employer named by the paragraph that introduces it, in the first lines, or "". */
export function introducedEmployer(lines: readonly PostingLine[]): string {
  for (const line of lines.slice(0, INTRO_SEARCH_LINES)) {
    const name = INTRODUCES_RE.exec(line.text)?.[1] ?? AT_NAME_RE.exec(line.text)?.[1];
    if (name !== undefined && !NOT_EMPLOYER_RE.test(name)) return clean(name);
  }
  return '';
}

// A name with the small words of an institution's name between its capitalised words: "Tree of Life
// Counseling Center", "Forest Preserves of Cook County", "Health & Rehab Solutions".
const JOINED_NAME_SOURCE = String.raw`\p{Lu}[\p{L}\p{N}&'’.!-]*(?:(?:\s+(?:of|and|for|the|de|du|la|&)\s+|\s+)\p{Lu}[\p{L}\p{N}&'’.!-]*){0,6}`;
// What a company does, as the first sentence under its heading says it: "Acme has been providing…",
// "Acme, a 501(c)(3) nonprofit, …", "Acme provides…".
const COMPANY_VERB_SOURCE = String.raw`(?:is|are|was|has|have|had|provides|offers|helps|serves|specializes|specialises|operates|delivers|believes|creates|builds|designs|develops|manufactures|works|exists|strives|aims|empowers|connects|brings|partners|supports|makes|leads|owns|represents|was\s+founded|started|began)`;
const DESCRIBED_RE = new RegExp(
  String.raw`^(?:The\s+)?(${JOINED_NAME_SOURCE})(?:,?\s+(?:LLC|Inc\.?|Ltd\.?|L\.?P\.?|PLLC|Corp\.?))?(?:\s+\([\p{Lu}\p{N}&]{2,10}\))?(?:,\s|\s+${COMPANY_VERB_SOURCE}\b)`,
  'u',
);
// "About Somnea Health: Somnea Health is…", "ABOUT SAN JOSÉ CLINIC: …": the heading names it, text follows.
const ABOUT_NAME_RE = new RegExp(
  String.raw`^(?:About|ABOUT)\s+(?!(?:us|the|you|this|our|me|it)\b)(${JOINED_NAME_SOURCE})\s*[:–—]\s*\S`,
  'u',
);
const DESCRIBED_SEARCH_LINES = 40;

/**
 * The employer a company section describes: the subject of the first sentence under an "About us" /
 * "Company Description" heading, or the name in an "About <Name>:" heading, or "".
 */
export function describedEmployer(lines: readonly PostingLine[]): string {
  const searched = lines.slice(0, DESCRIBED_SEARCH_LINES);
  for (const [index, line] of searched.entries()) {
    const named = ABOUT_NAME_RE.exec(line.text)?.[1];
    if (named !== undefined && !NOT_EMPLOYER_RE.test(named) && wordCount(named) <= NAME_MAX_WORDS + 2)
      return clean(named);
    if (classifyHeading(line.text) !== 'about') continue;
    const next = searched.slice(index + 1).find((l) => l.text.trim() !== '');
    const name = next === undefined ? undefined : DESCRIBED_RE.exec(next.text.trim())?.[1];
    if (name !== undefined && !NOT_EMPLOYER_RE.test(name) && wordCount(name) <= NAME_MAX_WORDS + 2)
      return clean(name);
  }
  return '';
}

// "Join Acme Care as a Senior Carer", "Rejoignez le groupe Adéquat", "Únete a Grupo Norte": a call to
// join names the employer ("Join our team" and "Join the best gym in town" name none).
const JOIN_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:Join|join|Rejoignez|rejoignez|Rejoindre|rejoindre|Únete\s+a|únete\s+a|Werde\s+Teil\s+(?:von|des|der))\s+(?:the\s+|le\s+|la\s+|l['’]|les\s+)?((?:groupe\s+|group\s+)?${NAME_SOURCE})`,
  'u',
);
// "Thank you for your application with RedDoorz", "Thank you for your interest in Acme Care".
const THANKS_RE = new RegExp(
  String.raw`\bThank\s+you\s+for\s+(?:your\s+)?(?:application|applying|interest)\s+(?:with|to|in|at)\s+(${NAME_SOURCE})`,
  'u',
);
// "Recruitfirst Pte Ltd", "Truyol S.A.", "Nordlicht GmbH": a legal name alone on its line.
const LEGAL_NAME_LINE_RE = new RegExp(
  String.raw`^(${NAME_SOURCE}?)\s+(?:Pte\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Pty\.?\s+Ltd\.?|Co\.,?\s+Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|plc|GmbH|AG|S\.A\.S?\.?|SAS|SARL|S\.L\.U?\.?|S\.p\.A\.|B\.V\.|N\.V\.)$`,
  'u',
);
const NAME_MAX_WORDS = 6;

/** The employer a call to join names, in the main posting, or "". */
export function joinedEmployer(lines: readonly PostingLine[]): string {
  for (const line of lines) {
    const name = JOIN_RE.exec(line.text)?.[1];
    if (name !== undefined && !NOT_EMPLOYER_RE.test(name) && wordCount(name) <= NAME_MAX_WORDS)
      return clean(name.charAt(0).toLocaleUpperCase() + name.slice(1));
  }
  return '';
}

// "ou par courrier postal à l'adresse :", "Send your CV by post to:": a postal address follows, and its first
// line is the employer (or the agency that recruits for it), before a person, a street and a postcode.
const BY_POST_RE =
  /(?:courrier|postal|par\s+la\s+poste|by\s+post|post\s+to|Postanschrift|Anschrift|dirección\s+postal|por\s+correo\s+postal)[^:\n]{0,40}:?$/iu;
const POSTCODE_LINE_RE = /(?:^|\s)(?:\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})\s+\p{Lu}/u;
const PERSON_RE = /^(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau|Sr\.|Sra\.)\s/u;
const ADDRESS_MAX_LINES = 5;

/** The addressee of the postal address the posting asks applications to be sent to, or "". */
function addressee(page: readonly PostingLine[]): string {
  for (const [index, line] of page.entries()) {
    if (!BY_POST_RE.test(line.text)) continue;
    const block = page.slice(index + 1, index + 1 + ADDRESS_MAX_LINES).filter((l) => l.text !== '');
    const name = block[0]?.text ?? '';
    if (
      name === '' ||
      !/^\p{Lu}/u.test(name) ||
      PERSON_RE.test(name) ||
      wordCount(name) > NAME_MAX_WORDS ||
      POSTCODE_LINE_RE.test(name)
    )
      continue;
    if (block.slice(1).some((l) => POSTCODE_LINE_RE.test(l.text))) return clean(name);
  }
  return '';
}

/**
 * The employer thanked for, named by its legal name on a line of its own, or addressed by post, anywhere
 * on the page, or "".
 */
export function signedEmployer(page: readonly PostingLine[]): string {
  for (const line of page) {
    const thanked = THANKS_RE.exec(line.text)?.[1];
    if (thanked !== undefined && !NOT_EMPLOYER_RE.test(thanked)) return clean(thanked);
  }
  for (const line of page) {
    if (line.text.length > VALUE_MAX_CHARS || !LEGAL_NAME_LINE_RE.test(line.text)) continue;
    if (wordCount(line.text) <= NAME_MAX_WORDS + 2) return clean(line.text);
  }
  return addressee(page);
}

// A name ends with its sentence: "…with RedDoorz. We regret…" names "RedDoorz"; "Acme Inc." keeps its dot.
const SENTENCE_END_RE = /(?<=\p{Ll}{3})\.(?:\s.*)?$/u;

function clean(value: string): string {
  return value.trim().replace(SENTENCE_END_RE, '').replace(/\s+/g, ' ').slice(0, VALUE_MAX_CHARS);
}
