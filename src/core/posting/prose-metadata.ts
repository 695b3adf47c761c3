/*
 * Title and company from the sentence that announces the job, for postings with no header or labels:
 * "Harbour Dental is seeking a Dental Nurse to join…", "Nous recherchons un(e) Assistant(e) RH",
 * "Die Klinik Nord sucht ab sofort eine Pflegefachkraft (m/w/d)", "Buscamos un Técnico de Laboratorio".
 * Only the first announcing sentence counts, and each part is refused when it does not look like a name
 * (a lower-case start, a pronoun such as "We" or "Our client", more words than a title has).
 */

export interface ProseMetadata {
  title: string;
  company: string;
}

// The verb phrases that announce a vacancy, after an optional subject, per language.
const ANNOUNCE_RE = new RegExp(
  // A clause after a comma counts too: "Clear Selection are pleased to work with this client, we are seeking…".
  String.raw`(?:^|[.!?]\s+|\n|,\s+)(?:(?<subject>[^.!?\n]{1,80}?)\s+)?(?:` +
    [
      String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?(?:seeking|looking\s+for|hiring|recruiting|searching\s+for)`,
      String.raw`(?:(?:is|are)\s+(?:currently\s+|now\s+)?|currently\s+)interviewing\s+for`,
      String.raw`(?:is|are)\s+(?:currently\s+|now\s+)?looking\s+to\s+(?:recruit|hire|appoint|employ|add)`,
      // LinkedIn's own template: "This is a full-time on-site role for a Security Professional at …".
      String.raw`this\s+is\s+an?\s+(?:[\p{L}-]+\s+){0,4}?(?:role|position|job|opportunity|vacancy)\s+for`,
      String.raw`(?:sommes|est|êtes)\s+(?:actuellement\s+)?à\s+la\s+recherche`,
      String.raw`(?:seeks|requires|needs)`,
      String.raw`(?:has|have)\s+an?\s+(?:exciting\s+|excellent\s+|new\s+)?(?:opportunity|opening|vacancy)\s+for`,
      String.raw`(?:recherche|recrute|recherchons|recrutons)`,
      String.raw`(?:sucht|suchen)(?:\s+(?:ab\s+sofort|zum\s+nächstmöglichen\s+Zeitpunkt|zur\s+Verstärkung\s+\S+\s+Teams?))?`,
      String.raw`(?:busca|buscamos|precisa|selecciona|incorpora)(?:\s+incorporar)?`,
    ].join('|') +
    String.raw`)\s+` +
    // "is seeking to appoint an Electrical Engineer".
    String.raw`(?:to\s+(?:recruit|hire|appoint|employ|add|welcome|find)\s+)?` +
    // "recherche pour une mission longue un/une technicien(ne)": a French agency names the contract first.
    String.raw`(?:pour\s+une?\s+(?:mission|cdi|cdd|contrat|poste)\b[^,.;\n]{0,40}?\s+(?=(?:un|une|des)\b))?` +
    // "recherche pour l'un de ses clients, un acteur majeur de…, un Assistant RH": the client clause.
    String.raw`(?:(?:pour|for|para|für)\s+(?:l['’]un\s+de\s+ses|un\s+de\s+ses|one\s+of\s+(?:its|our)|uno\s+de\s+sus|einen?\s+unserer)\s+clients?\b[^.!?\n:]{0,200},\s+)?` +
    String.raw`(?:(?:an?|two|several|d['’]une?|d['’]un\(e\)|un\s+ou\s+une|une?\s*\/\s*une?|un|une|des|un\(e\)|une?\s*\(e\)|eine?n?|eine\s*\/\s*n|einen\s*\/\s*eine|una?|un\/a|un\(a\))\s+)?` +
    String.raw`(?<title>[^\n.!?;]{2,160})`,
  'giu',
);

// Where a title stops inside the sentence: "a Dental Nurse to join our team", "une aide-soignante pour".
const TITLE_END_RE =
  /\s+(?:to|who|with|for|in|at|on|from|and\s+(?:a|an)|pour|qui|avec|afin|dans|au|aux|en|à|de\s+(?:niveau|formation)|für|mit|zur|zum|in\s+Voll|in\s+Teil|der|die|das|para|con|que|en)\b|\s*,|\s*\((?!(?:e|ne|le|se|ère|euse|rice|trice|a|in|innen|r|n)\))|\s+[–—-]\s+/iu;
// Praise in front of the title is not part of it.
const LEADING_PRAISE_RE =
  /^(?:(?:experienced|talented|motivated|dynamic|enthusiastic|qualified|skilled|passionate|dedicated|reliable|friendly|confident|proactive|highly|self-motivated|fully|newly|senior-level|exceptional|outstanding|hard-working|hard\s+working|hardworking|committed|caring|energetic|ambitious|organised|organized|expérimenté(?:e)?|motivé(?:e)?|dynamique|engagierte[nr]?|erfahrene[nr]?|motivierte[nr]?|qualifizierte[nr]?)\s+)+/iu;
const GENDER_RE =
  /\s*(?:\((?:[mwfdhx]\s*[/|]\s*)+[mwfdhx]\)|\b[hf]\s*\/\s*[hf]\b|\b[mwd]\s*\/\s*[mwd]\s*\/\s*[mwd]\b)/giu;
const TITLE_MAX_WORDS = 8;
// Who is sought, when it is not a job: "someone who…", "nouveaux talents", "jemanden"; or no one: a
// sentence that goes on with a preposition ("needs in manpower").
const NOT_A_TITLE_RE =
  /^(?:in|of|on|at|by|from|with|to|and|or|the|dans|de|du|des|en|im|von|und|por|del)\s|^(?:someone|somebody|people|persons?|individuals?|candidates?|applicants?|talents?|nouveaux\s+talents|profils?|personnes?|quelqu['’]un|jemanden|personas?|alguien|you|team\s+members?)\b/iu;
const COMPANY_MAX_WORDS = 6;

// Subjects that are no company name; whole words only ("Weston Hospital" is one).
const NOT_COMPANY_RE =
  /^(?:we|our\s+(?:client|company|team|organi[sz]ation|practice|firm|store|hotel|restaurant)|the\s+(?:client|company|successful|ideal|role|team|practice|firm)|a\s+|an\s+|this\s|they|nous|notre|l['’]entreprise|la\s+société|le\s+groupe\s*$|wir|unser|unsere|die\s+firma|nuestro|nuestra|la\s+empresa|se\s|on\s|i\s|you|it|he|she)(?![\p{L}])/iu;

// "recrute des nouveaux talents : Téléconseiller", "We are hiring: Staff Nurse": the name follows the colon.
const AFTER_COLON_RE = /^[^:]{0,60}:\s*(?=\p{L})/u;

function cleanTitle(raw: string): string {
  let title = raw.replace(AFTER_COLON_RE, '');
  title = title.split(TITLE_END_RE)[0] ?? '';
  title = title.replace(LEADING_PRAISE_RE, '').replace(GENDER_RE, '').replace(/\s+/g, ' ').trim();
  const words = title.split(' ').length;
  // A title is a name: it starts with a letter, and a sentence that runs on is not one.
  if (title === '' || words > TITLE_MAX_WORDS || !/^\p{L}/u.test(title) || NOT_A_TITLE_RE.test(title))
    return '';
  return title;
}

function cleanCompany(raw: string | undefined): string {
  if (raw === undefined) return '';
  // "At Harbour Dental, we are seeking…" and "Harbour Dental, a family practice, is seeking…".
  // "Notre agence Adéquat de Lyon recrute": the agency's name, without its branch.
  const subject = raw
    .replace(/^(?:at|chez|bei|desde|from)\s+/iu, '')
    .replace(/^(?:notre|votre|l['’])\s*agence\s+(\S+(?:\s+\p{Lu}\S*)?)\s+(?:de|d['’])\s*.*$/iu, '$1')
    .split(/,/)[0]
    ?.trim();
  if (subject === undefined || subject === '' || NOT_COMPANY_RE.test(subject)) return '';
  if (subject.split(/\s+/).length > COMPANY_MAX_WORDS || !/^[\p{Lu}\p{N}]/u.test(subject)) return '';
  return subject;
}

// "Poste situé à Montigny", "based in Leeds", "ubicado en Madrid": a place named in a sentence.
const PLACE_RE =
  /\b(?:situé(?:e)?|basé(?:e)?|based|located|ubicad[oa]|situad[oa]|localisé(?:e)?)\s+(?:à|a|in|en|au|at)\s+(?<place>\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|de|du|la|le|sur|en))*)/u;

/** The place a sentence of `text` says the job is in, or "". */
export function prosePlace(text: string): string {
  const place = PLACE_RE.exec(text)?.groups?.['place']?.replace(/[\s-]+(?:de|du|la|le|sur|en)$/u, '');
  return place !== undefined && place.split(/\s+/).length <= 5 ? place : '';
}

// Announcing sentences read before giving up: the first that names a title wins.
const MAX_ANNOUNCEMENTS = 5;

/**
 * The title and company named by the first announcing sentence of `text` that names a title ("needs in
 * manpower, training" announces nothing), "" for what it does not say.
 */
export function proseMetadata(text: string): ProseMetadata {
  ANNOUNCE_RE.lastIndex = 0;
  for (let seen = 0; seen < MAX_ANNOUNCEMENTS; seen++) {
    const match = ANNOUNCE_RE.exec(text);
    if (match?.groups === undefined) break;
    const title = cleanTitle(match.groups['title'] ?? '');
    if (title !== '') return { title, company: cleanCompany(match.groups['subject']) };
    // The next search starts inside this sentence, after its verb.
    ANNOUNCE_RE.lastIndex = match.index + Math.max(1, match[0].length - (match.groups['title']?.length ?? 0));
  }
  return { title: '', company: '' };
}
