/*
 * "Label: value" fields of a posting, in the four languages the engine reads. A fact line often holds
 * several ("Role: Tax Senior Location: Bristol Salary: Up to 40K"): each value runs to the next label, so
 * none swallows the others. One home for the label names: the title, company and location readers and
 * nothing else use them.
 */

export type FieldKind = 'title' | 'company' | 'location' | 'other';

const LABELS: Record<FieldKind, readonly string[]> = {
  title: [
    'job title',
    'title',
    'position',
    'position title',
    'role title',
    'job role',
    'role',
    'job',
    'designation',
    'vacancy',
    'intitulé du poste',
    'intitulé',
    'poste',
    'poste proposé',
    'titre du poste',
    'stellenbezeichnung',
    'position',
    'stelle',
    'puesto',
    'puesto vacante',
    'título del puesto',
    'cargo',
  ],
  company: [
    'company',
    'company name',
    'employer',
    'organisation',
    'organization',
    'hiring company',
    'client',
    'entreprise',
    'société',
    'employeur',
    'unternehmen',
    'arbeitgeber',
    'firma',
    'empresa',
  ],
  location: [
    'location',
    'job location',
    'work location',
    'office location',
    'locations',
    'based in',
    'city',
    'place of work',
    'lieu',
    'lieu de travail',
    'localisation',
    'ville',
    'standort',
    'arbeitsort',
    'einsatzort',
    'dienstort',
    'ubicación',
    'localidad',
    'lugar de trabajo',
    'zona de trabajo',
    'población',
    'provincia',
    'secteur géographique',
    'work site',
    'worksite',
  ],
  // Labels that only end the value before them: a salary is never part of a place.
  other: [
    'salary',
    'pay',
    'rate',
    'compensation',
    'job type',
    'contract',
    'contract type',
    'hours',
    'start date',
    'closing date',
    'reference',
    'ref',
    'salaire',
    'type de contrat',
    'contrat',
    'durée',
    'horaires',
    'gehalt',
    'vertragsart',
    'arbeitszeit',
    'salario',
    'jornada',
    'tipo de contrato',
    'experience',
    'expérience',
    'industry',
    'sector',
    'secteur',
    'type',
    'reports to',
    'reporting to',
    'flsa status',
    'employment type',
    'position type',
    'work type',
    'schedule',
    'shift',
    'department',
  ],
};

const KIND_OF = new Map<string, FieldKind>();
for (const kind of Object.keys(LABELS) as FieldKind[])
  for (const name of LABELS[kind]) if (!KIND_OF.has(name)) KIND_OF.set(name, kind);

// Longest names first, so "job title" wins over "title" and "lieu de travail" over "lieu".
const NAMES = [...KIND_OF.keys()].sort((a, b) => b.length - a.length);
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const ALTERNATION = NAMES.map(escape).join('|');
// A label starts the line; later labels start after a space. Bounded quantifiers only: a pasted line is
// scanned once, without backtracking over its length.
// A table's label and value cells become "Lieu de travail  NANTES": two spaces separate them too.
const LINE_START_RE = new RegExp(`^(${ALTERNATION})(?:\\s{0,3}(?:[:：]|\\s[–—-]\\s)\\s{0,3}|\\s{2,})`, 'iu');
// A label alone on its line: its value is the next line (definition lists, two-line layouts).
const LABEL_ALONE_RE = new RegExp(`^(${ALTERNATION})\\s{0,3}[:：]?$`, 'iu');
const LATER_RE = new RegExp(`(?<=\\s)(${ALTERNATION})\\s{0,3}[:：]\\s{0,3}`, 'giu');

// "Certified ElectricianCompany: CMD ElectricLocation: San Diego": a site that lost the line breaks ran
// each label into the value before it. Only a label written with its capital, right after a lower-case
// letter, a digit or ")", and followed by its colon counts: "Payroll:" and "the company: us" are no joins.
// Not case-insensitive, so that the capital is a capital.
//
// The label as a heading writes it: its first word capitalised or in capitals, later words either way
// ("Job Type", "Job type", "FLSA Status").
const capitalisedSource = (name: string) =>
  name
    .split(' ')
    .map((word, i) => {
      const first = word.charAt(0);
      const rest = escape(word.slice(1));
      return i === 0
        ? `(?:${first.toUpperCase()}${rest}|${escape(word.toUpperCase())})`
        : `[${first.toUpperCase()}${first}]${rest}`;
    })
    .join('\\s+');
// Anchored at the colon: only the few characters before each colon are tried, so a 2 MB paste costs
// one indexOf pass.
const GLUED_BEFORE_COLON_RE = new RegExp(
  `(?<=[\\p{Ll}\\p{N})])(?:${NAMES.map(capitalisedSource).join('|')})\\s{0,3}$`,
  'u',
);
const JOIN_RE = /[\p{Ll}\p{N})]\p{Lu}/u;
const LONGEST_LABEL = Math.max(...NAMES.map((name) => name.length)) + 4;

/** `text` with a line break put back before each label a site glued to the value before it. */
export function unglueLabels(text: string): string {
  let out = '';
  let copied = 0;
  const colons = /[:：]/gu;
  for (let found = colons.exec(text); found !== null; found = colons.exec(text)) {
    const colon = found.index;
    // One character before the window, for the lookbehind.
    const start = Math.max(0, Math.max(copied, colon - LONGEST_LABEL) - 1);
    const window = text.slice(start, colon);
    // Most colons follow a space or a word of their own: no capital right after a lower-case letter.
    if (!JOIN_RE.test(window)) continue;
    const match = GLUED_BEFORE_COLON_RE.exec(window);
    if (match === null) continue;
    const at = start + match.index;
    out += `${text.slice(copied, at)}\n`;
    copied = at;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export interface LabelledField {
  kind: FieldKind;
  value: string;
}

// Fact lines are short; a site that lost its line breaks glues the ad's prose after them, so only the
// start of a long line is read (its values then end at the first sentence, see header-fields).
const FACT_LINE_MAX_CHARS = 400;

/** The labelled fields of one trimmed line that starts with a label, in order; [] for any other line. */
// A fact may be a list item: "- Localisation : Paris", "• Location: Leeds".
const LIST_MARK_RE = /^(?:[-–—•·*▪●◦]\s*)/u;

export function labelledFields(whole: string): LabelledField[] {
  const line = whole.replace(LIST_MARK_RE, '').slice(0, FACT_LINE_MAX_CHARS);
  const first = LINE_START_RE.exec(line);
  if (first === null) return [];
  const starts: { kind: FieldKind; labelStart: number; valueStart: number }[] = [
    { kind: kindOf(first[1]), labelStart: 0, valueStart: first[0].length },
  ];
  LATER_RE.lastIndex = first[0].length;
  for (let match = LATER_RE.exec(line); match !== null; match = LATER_RE.exec(line)) {
    starts.push({
      kind: kindOf(match[1]),
      labelStart: match.index,
      valueStart: match.index + match[0].length,
    });
  }
  return starts.map((start, i) => ({
    kind: start.kind,
    value: line.slice(start.valueStart, starts[i + 1]?.labelStart ?? line.length).trim(),
  }));
}

/** The kind of a line that is only a label ("Location:", "Lieu de travail"), or undefined. */
export function labelAlone(line: string): FieldKind | undefined {
  if (line.length > 40) return undefined;
  const match = LABEL_ALONE_RE.exec(line);
  return match === null ? undefined : kindOf(match[1]);
}

function kindOf(name: string | undefined): FieldKind {
  return KIND_OF.get((name ?? '').toLowerCase().replace(/\s+/g, ' ')) ?? 'other';
}
