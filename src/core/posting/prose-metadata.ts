/*
 * Title and company from the sentence that announces the job, for postings with no header or labels:
 * "Harbour Dental is seeking a Dental Nurse to join…", "Nous recherchons un(e) Assistant(e) RH",
 * "Die Klinik Nord sucht ab sofort eine Pflegefachkraft (m/w/d)", "Buscamos un Técnico de Laboratorio".
 * Only the first announcing sentence counts, and each part is refused when it does not look like a name
 * (a lower-case start, a pronoun such as "We" or "Our client", more words than a title has).
 */

import { cleanPlace, REGION_SOURCE, TOWN_SOURCE } from './place-names';
import { ROLE_RE } from './role-words';

export interface ProseMetadata {
  title: string;
  company: string;
  /** The town of the temp agency's branch that announces the job ("Notre agence X de Nevers"), or "". */
  place: string;
}

// The verb phrases that announce a vacancy, after an optional subject, per language.
const ANNOUNCE_RE = new RegExp(
  // A clause after a comma counts too: "Clear Selection are pleased to work with this client, we are seeking…".
  // The subject and its verb share a line: a heading above ("Role Description") is no subject.
  String.raw`(?:^|[.!?]\s+|\n|,\s+)(?:(?<subject>[^.!?\n]{1,160}?)[^\S\n]+)?(?:` +
    [
      String.raw`(?:is|are)\s+(?:currently\s+|now\s+|actively\s+)?(?:seeking|looking\s+for|hiring(?:\s+for)?|recruiting(?:\s+for)?|searching\s+for)`,
      // "An exciting opportunity has arisen for a Staff Nurse": the UK agencies' opening.
      String.raw`(?:opportunity|vacancy|position|opening|role)\s+(?:has|have)\s+(?:arisen|become\s+available|come\s+up|opened\s+up)\s+for`,
      String.raw`(?:(?:is|are)\s+(?:currently\s+|now\s+)?|currently\s+)interviewing\s+for`,
      String.raw`(?:is|are)\s+(?:currently\s+|now\s+|actively\s+)?(?:looking|searching|seeking)\s+to\s+(?:recruit|hire|appoint|employ|add)`,
      // LinkedIn's own template: "This is a full-time on-site role for a Security Professional at …".
      // "This is a full-time, on-site role for an Accountant": the job's terms may come with commas.
      String.raw`this\s+is\s+an?\s+(?:[\p{L}-]+,?\s+){0,4}?(?:role|position|job|opportunity|vacancy)\s+for`,
      String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?on\s+the\s+lookout\s+for`,
      // "The Court invites applications for the position of: Child Custody Counselor".
      String.raw`invites?\s+applications\s+for\s+(?:the\s+)?(?:position|post|role)\s+of:?`,
      String.raw`(?:sommes|est|êtes)\s+(?:actuellement\s+)?à\s+la\s+recherche`,
      String.raw`(?:seeks|requires|needs)`,
      String.raw`(?:has|have)\s+an?\s+(?:(?:exciting|excellent|new|fantastic|great|rare|unique|immediate)\s+)*(?:opportunity|opening|vacancy)\s+for`,
      String.raw`(?:recherche|recrute|recherchons|recrutons)`,
      // "PARTNAIRE LORIENT, spécialiste du recrutement, vous propose un emploi d'ingénieur de production".
      String.raw`(?:vous\s+)?propose\s+(?:un\s+)?(?:emploi|poste)\s+(?:de\s+|d['’])`,
      String.raw`(?:sucht|suchen)(?:\s+(?:ab\s+sofort|zum\s+nächstmöglichen\s+Zeitpunkt|zur\s+Verstärkung\s+\S+\s+Teams?))?`,
      String.raw`(?:busca|buscamos|precisa|selecciona|incorpora)(?:\s+incorporar)?`,
    ].join('|') +
    // "à la recherche, pour l'un de nos clients, …"; nothing after an elided "d'".
    String.raw`)(?:(?<=['’]|\s)|,?\s+)` +
    // "is seeking to appoint an Electrical Engineer".
    String.raw`(?:to\s+(?:recruit|hire|appoint|employ|add|welcome|find)\s+)?` +
    // "looking to recruit on a permanent basis an experienced Credit Controller".
    String.raw`(?:on\s+a\s+(?:permanent|temporary|contract|freelance|full[\s-]time|part[\s-]time)\s+basis\s+)?` +
    // "recherche pour une mission longue un/une technicien(ne)": a French agency names the contract first.
    String.raw`(?:pour\s+une?\s+(?:mission|cdi|cdd|contrat|poste)\b[^,.;\n]{0,40}?\s+(?=(?:un|une|des)\b))?` +
    // "recherche pour l'un de ses clients, un acteur majeur de…, un Assistant RH": the client clause.
    String.raw`(?:(?:pour|for|para|für)\s+(?:l['’]un\s+de\s+(?:ses|nos)|un\s+de\s+(?:ses|nos)|one\s+of\s+(?:its|our)|uno\s+de\s+(?:sus|nuestros)|einen?\s+unserer)\s+clients?\b[^.!?\n:]{0,200},\s+)?` +
    String.raw`(?:(?:an?|two|several|d['’]une?|d['’]un\(e\)|un\s+ou\s+une|une?\s*\/\s*une?|un|une|des|un\(e\)|une?\s*\(e\)|eine?n?|eine\s*\/\s*n|einen\s*\/\s*eine|una?|un\/a|un\(a\))\s+)?` +
    String.raw`(?<title>[^\n.!?;]{2,160})`,
  'giu',
);

// Where a title stops inside the sentence: "a Dental Nurse to join our team", "une aide-soignante pour".
// A connector ends it wherever it stands; a preposition ("en", "in", "der") ends it only when nothing
// better does: before a gender mark, "un cuisinier en collectivité (H/F)" is the whole title.
const TITLE_END_STRONG_RE =
  /\s+(?:to|who|with|for|at|from|and\s+(?:a|an)|pour|qui|avec|afin|für|mit|para|con|que)\b|\s*,|\s*\((?!(?:e|ne|le|se|ère|euse|rice|trice|a|in|innen|r|n)\))|\s+[–—-]\s+/iu;
const TITLE_END_WEAK_RE = /\s+(?:in|on|dans|au|aux|en|à|de\s+(?:niveau|formation)|zur|zum|der|die|das)\b/iu;
// Praise in front of the title is not part of it.
const LEADING_PRAISE_RE =
  /^(?:(?:experienced|talented|motivated|dynamic|enthusiastic|qualified|skilled|passionate|dedicated|reliable|friendly|confident|proactive|highly|self-motivated|fully|newly|senior-level|exceptional|outstanding|hard-working|hard\s+working|hardworking|additional|committed|caring|energetic|ambitious|organised|organized|expérimenté(?:e)?|motivé(?:e)?|dynamique|engagierte[nr]?|erfahrene[nr]?|motivierte[nr]?|qualifizierte[nr]?)\s+)+/iu;
const GENDER_SOURCE = String.raw`\s*(?:\((?:[mwfdhx]\s*[/|]\s*)+[mwfdhx]\)|\b[hf]\s*\/\s*[hf]\b|\b[mwd]\s*\/\s*[mwd]\s*\/\s*[mwd]\b)`;
const GENDER_RE = new RegExp(GENDER_SOURCE, 'giu');
// The first gender mark of a phrase: it closes the title ("Agent de location de véhicules F/H pour…").
const GENDER_MARK_RE = new RegExp(GENDER_SOURCE, 'iu');
// "FULL TIME and PART TIME HYGIENISTS": the hours are not part of the title.
const HOURS_PREFIX_RE =
  /^(?:(?:full|part)[\s-]?time(?:\s+(?:and|or|&|\/)\s+(?:full|part)[\s-]?time)?)\s+(?=\p{L})/iu;
const TITLE_MAX_WORDS = 8;
// Who is sought, when it is not a job: "someone who…", "nouveaux talents", "jemanden"; or no one: a
// sentence that goes on with a preposition ("needs in manpower").
const NOT_A_TITLE_RE =
  /^(?:in|of|on|at|by|from|with|to|and|or|the|dans|de|du|des|en|im|von|und|por|del)\s|^(?:someone|somebody|people|persons?|individuals?|candidates?|applicants?|talents?|nouveaux\s+talents|profils?|personnes?|quelqu['’]un|jemanden|personas?|alguien|you|team\s+members?)\b|^(?:(?:new|open|several|multiple|various)\s+)?(?:roles?|positions?|jobs?|vacanc(?:y|ies)|openings?|staff|postes?)$/iu;
const COMPANY_MAX_WORDS = 6;

// Subjects that are no company name; whole words only ("Weston Hospital" is one).
const NOT_COMPANY_RE =
  /^(?:we|my|our\s+(?:client|company|team|organi[sz]ation|practice|firm|store|hotel|restaurant)|the\s+(?:client|company|successful|ideal|role|team|practice|firm)|a\s+|an\s+|this\s|they|nous|notre|l['’]entreprise|la\s+société|le\s+groupe\s*$|wir|unser|unsere|die\s+firma|nuestro|nuestra|la\s+empresa|se\s|on\s|i\s|you|it|he|she|based|located|situated|basée?|située?)(?![\p{L}])/iu;

// "recrute des nouveaux talents : Téléconseiller", "We are hiring: Staff Nurse": the name follows the colon.
const AFTER_COLON_RE = /^[^:]{0,100}:\s*(?=\p{L})/u;

function cleanTitle(raw: string): string {
  let title = raw.replace(AFTER_COLON_RE, '');
  const mark = GENDER_MARK_RE.exec(title);
  const beforeMark = mark === null ? undefined : title.slice(0, mark.index);
  title =
    beforeMark !== undefined && wordsIn(beforeMark) <= TITLE_MAX_WORDS
      ? (beforeMark.split(TITLE_END_STRONG_RE)[0] ?? '')
      : ((title.split(TITLE_END_STRONG_RE)[0] ?? '').split(TITLE_END_WEAK_RE)[0] ?? '');
  // "an additional full-time Accounting Specialist": praise and hours in either order.
  title = title
    .replace(LEADING_PRAISE_RE, '')
    .replace(HOURS_PREFIX_RE, '')
    .replace(LEADING_PRAISE_RE, '')
    .replace(GENDER_RE, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A title is a name: it starts with a letter, and a sentence that runs on is not one.
  if (
    title === '' ||
    wordsIn(title) > TITLE_MAX_WORDS ||
    !/^\p{L}/u.test(title) ||
    NOT_A_TITLE_RE.test(title)
  )
    return '';
  return title;
}

// "of", "and", "de": the small words a title written as a name keeps in lower case.
const TITLE_JOINER_RE = /^(?:of|and|&|the|for|de|du|des|d['’]\S+|la|le|en|à|y|del|und|für|der)$/iu;

/**
 * A title the sentence names: a role word ("a Dental Nurse", "un technicien"), or words written as a
 * name ("a Client Success Partner"). "looking for a hard-working, smart … person" names neither.
 */
function namesTitle(title: string): boolean {
  return (
    ROLE_RE.test(title) ||
    title.split(' ').every((word) => /^[\p{Lu}\p{N}]/u.test(word) || TITLE_JOINER_RE.test(word))
  );
}

/** `title` without the praise in front of it ("an experienced Senior Sales Associate"). */
export const withoutPraise = (title: string): string => title.replace(LEADING_PRAISE_RE, '');

/** "Technicien de maintenance H/F" -> "Technicien de maintenance": the label says who may apply, not the job. */
export const withoutGenderMarks = (title: string): string => title.replace(GENDER_RE, '').trim();

const wordsIn = (text: string): number => text.trim().split(/\s+/).length;

/** "technicien(ne) de qualité" -> "Technicien(ne) de qualité": the job list shows it as a name. */
export const capitalized = (name: string): string => name.charAt(0).toLocaleUpperCase() + name.slice(1);

// "Notre agence Adéquat de Lyon recrute", "Votre agence Adéquat Béthune recherche": a temp agency's branch
// names the brand, then the town (after "de", or alone after a one-word brand). Not case-insensitive, so
// that \p{Lu} means a capital.
const AGENCY_RE = new RegExp(
  String.raw`^(?:[Nn]otre|[Vv]otre|[Ll]['’])\s*agence\s+(?:(?<brand>\S+(?:\s+\p{Lu}\S*)?)\s+(?:de\s+|d['’])(?<town>${TOWN_SOURCE})|(?<single>\S+)\s+(?<after>${TOWN_SOURCE}))`,
  'u',
);

/** A temp agency's branch named as a sentence's subject: its brand and its town, or undefined. */
function agencyOf(subject: string): { company: string; place: string } | undefined {
  const groups = AGENCY_RE.exec(subject.trim())?.groups;
  if (groups === undefined) return undefined;
  const company = groups['brand'] ?? groups['single'] ?? '';
  return { company, place: cleanPlace(groups['town'] ?? groups['after'] ?? '') };
}

const NAME_JOINER_RE =
  /^(?:of|and|the|de|du|des|la|le|les|et|y|e|und|von|der|für|del|los|d['’]\S*|l['’]\S*)$/u;

function cleanCompany(raw: string | undefined): string {
  if (raw === undefined) return '';
  // "At Harbour Dental, we are seeking…" and "Harbour Dental, a family practice, is seeking…".
  const agency = agencyOf(raw);
  if (agency !== undefined) return agency.company;
  const subject = raw
    .replace(/^(?:at|chez|bei|desde|from)\s+/iu, '')
    .split(/,/)[0]
    ?.trim();
  if (subject === undefined || subject === '' || NOT_COMPANY_RE.test(subject)) return '';
  const words = subject.split(/\s+/);
  if (words.length > COMPANY_MAX_WORDS || !/^[\p{Lu}\p{N}]/u.test(subject)) return '';
  // A name is capitalised words and the small words between them: "Maintenance Engineer The Company Our
  // client" (a pasted heading run into the sentence) is not one.
  if (!words.every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || NAME_JOINER_RE.test(word))) return '';
  return subject;
}

// "Poste situé à Montigny", "based in Leeds", "ubicado en Madrid", "situé près de Mortagne au Perche",
// "basé dans la région de Auray": a place named in a sentence. Or a workplace in a town: "a family run
// business in Northampton", "their production facility in Bradford", "the best gym in the area of Consett".
const PLACE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Ss]itué(?:e)?|[Bb]asé(?:e)?|[Bb]ased|[Ll]ocated|[Uu]bicad[oa]|[Ss]ituad[oa]|[Ll]ocalisé(?:e)?)\s+(?:à|a|in|en|au|at|près\s+de|proche\s+de|à\s+proximité\s+de|dans\s+la\s+région\s+de|dans\s+le\s+secteur\s+de|in\s+the\s+area\s+of|near)\s+` +
    String.raw`|(?:business|company|firm|practice|facility|site|office|offices|plant|factory|warehouse|store|shop|branch|hospital|clinic|school|hotel|restaurant|pub|gym|centre|center|depot|team)\s+in\s+(?:the\s+area\s+of\s+)?)` +
    String.raw`(?<place>${TOWN_SOURCE}(?:,\s+${REGION_SOURCE}(?![\p{L}]))?)`,
  'u',
);
const PLACE_MAX_WORDS = 5;

/** The place a sentence of `text` says the job is in, or "". */
export function prosePlace(text: string): string {
  const place = PLACE_RE.exec(text)?.groups?.['place'];
  return place !== undefined && place.split(/\s+/).length <= PLACE_MAX_WORDS ? place : '';
}

// "a role for a Security Professional at Northgate Patrol Ltd": the employer after the title.
const AT_NAME_RE =
  /^[^,;:]{2,80}?\s(?:at|chez|bei)\s+(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,5})/u;

function companyAfterTitle(raw: string): string {
  const name = AT_NAME_RE.exec(raw)?.[1];
  return name === undefined || NOT_COMPANY_RE.test(name) ? '' : name;
}

// Announcing sentences read before giving up: the first that names a title wins.
const MAX_ANNOUNCEMENTS = 5;

/**
 * The title and company named by the first announcing sentence of `text` that names a title ("needs in
 * manpower, training" announces nothing), "" for what it does not say.
 */
export function proseMetadata(text: string): ProseMetadata {
  ANNOUNCE_RE.lastIndex = 0;
  // A sentence that announces no title may still name the company ("Acme is seeking a passionate, …").
  let firstCompany = '';
  for (let seen = 0; seen < MAX_ANNOUNCEMENTS; seen++) {
    const match = ANNOUNCE_RE.exec(text);
    if (match?.groups === undefined) break;
    const raw = match.groups['title'] ?? '';
    const title = cleanTitle(raw);
    const subject = match.groups['subject'];
    const company = cleanCompany(subject) || companyAfterTitle(raw);
    if (title !== '' && namesTitle(title))
      return {
        title: capitalized(title),
        company: company || firstCompany,
        place: subject === undefined ? '' : (agencyOf(subject)?.place ?? ''),
      };
    if (firstCompany === '') firstCompany = company;
    // The next search starts inside this sentence, after its verb.
    ANNOUNCE_RE.lastIndex = match.index + Math.max(1, match[0].length - (match.groups['title']?.length ?? 0));
  }
  return { title: '', company: firstCompany, place: '' };
}
