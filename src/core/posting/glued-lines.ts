import { unglueLabels } from './field-labels';

/*
 * Some sites export a posting's list items with the line breaks lost: "5 years of experienceMechanical
 * aptitude", "Spanish speaker preferredKnowledge of". The word before the join is lost to the matcher and
 * the cue after it ("Preferred") loses its line. A break goes back where a word that began in lower case
 * (at least MIN_LOWER letters: "macOS", "iPhone", "eBay" and "jQuery" keep their capitals) runs straight
 * into a capital. A word that begins with a capital is never cut: "JavaScript", "PowerPoint" and
 * "QuickBooks" are names, and telling them from "ExperienceSQL" needs a dictionary this step has not got.
 */

const MIN_LOWER = 4;

const LOWER = 1;
const UPPER = 2;
const OTHER_LETTER = 3;

// ASCII by code, the rest through case mapping: a 2 MB paste is one quick pass.
function letterKind(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code >= 97 && code <= 122 ? LOWER : code >= 65 && code <= 90 ? UPPER : 0;
  const ch = text[i] as string;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper) return 0;
  return ch === lower ? LOWER : ch === upper ? UPPER : OTHER_LETTER;
}

// LinkedIn's export glues a section heading to the first word under it: "Company DescriptionBravo
// Research…", "RequirementsBachelor's degree". These heading words begin with a capital, so the rule
// above leaves them; followed by a capitalised word they are a heading and its first line.
const GLUED_HEADING_RE =
  /(?<=\b(?:Description|Qualifications|Responsibilities|Requirements|Benefits|Overview|Summary|Duties))(?=\p{Lu}\p{Ll})/gu;

/** `text` with a "\n" put back at each glued join; linear in the length. */
export function unglueLines(text: string): string {
  // "ElectricianCompany: CMD Electric": a field label glued to the value before it (field-labels' rule).
  return unglueLabels(unglueHeadings(unglueWords(text)));
}

function unglueHeadings(text: string): string {
  return text.replace(GLUED_HEADING_RE, '\n');
}

function unglueWords(text: string): string {
  let out = '';
  let copied = 0;
  // Lower-case letters since the word began, or -1 once the word had a capital or a non-letter.
  let lowerRun = 0;
  let previousIsLetter = false;
  for (let i = 0; i < text.length; i++) {
    const kind = letterKind(text, i);
    if (kind === 0) {
      previousIsLetter = false;
      lowerRun = 0;
      continue;
    }
    if (!previousIsLetter) lowerRun = kind === LOWER ? 1 : -1;
    else if (kind === LOWER) {
      if (lowerRun >= 0) lowerRun++;
    } else if (
      kind === UPPER &&
      lowerRun >= MIN_LOWER &&
      i + 1 < text.length &&
      letterKind(text, i + 1) !== 0
    ) {
      out += `${text.slice(copied, i)}\n`;
      copied = i;
      lowerRun = -1;
    } else lowerRun = -1;
    previousIsLetter = true;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
