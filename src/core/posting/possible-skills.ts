import type { SkillMatch } from '../keywords/skill-types';
import type { OtherTerm } from './posting-types';

/*
 * Possible skills the dictionary does not know, found from how a posting asks for them: the phrase after
 * "experience with", "knowledge of", "trained in", "maîtrise de", "Kenntnisse in", "experiencia en"...
 * in the parts of the posting that ask something of the candidate. They are offered to the user (one
 * click adds one to their dictionary) and never counted in the score until they do.
 */

const CUE = [
  String.raw`(?:experience|experienced|expertise|knowledge|understanding|familiarity|proficiency|competence|background|skills?)\s+(?:with|in|of|using)`,
  String.raw`(?:proficient|skilled|trained|qualified|certified|competent|fluent|versed)\s+(?:in|with|on)`,
  String.raw`(?:ability|able)\s+to\s+(?:use|operate|read|drive)`,
  String.raw`(?:maîtrise|connaissances?|expérience|pratique|notions)\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]|en|dans\s+(?:le|la|les))`,
  String.raw`(?:maîtriser|utiliser|savoir\s+utiliser)\s+(?:les|le|la|l['’])`,
  String.raw`(?:Kenntnisse|Erfahrungen?|Erfahrung|Fachkenntnisse|Know-how)\s+(?:in\s+der|in\s+den|im|in|mit\s+dem|mit\s+der|mit|bei|von)`,
  String.raw`(?:conocimientos?|experiencia|manejo|dominio)\s+(?:de\s+la|de\s+los|del|de|en|con)`,
].join('|');
// The phrase runs to the end of its clause; articles and quantifiers after the cue are skipped.
const CANDIDATE_RE = new RegExp(
  String.raw`\b(?:${CUE})\s+(?:(?:the|a|an|all|any|basic|strong|good|solid|sound|excellent|working|relevant|previous|proven|some|les|la|le|un|une|den|dem|der|die|das|el|los|las)\s+)?([^\n.,;:!?()•]{3,60})`,
  'giu',
);
// Where a phrase stops inside its clause.
const PHRASE_END_RE =
  /\s+(?:and|or|as|is|are|to|for|in\s+a|within|including|such|would|will|preferred|required|essential|desirable|an\s+advantage|a\s+plus|et|ou|pour|afin|est|serait|und|oder|für|ist|wäre|y|o|para|es|será|(?:is\s+)?(?:a\s+)?(?:must|plus))\b/iu;
const MAX_WORDS = 4;
const COORDINATION_RE = / (?:and|or|et|ou|und|oder|y|o|&) /giu;

/** The pieces of a phrase between its "and"/"or" (in four languages), with their offsets in it. */
function coordinated(raw: string): { piece: string; at: number }[] {
  const pieces: { piece: string; at: number }[] = [];
  let from = 0;
  for (const separator of raw.matchAll(COORDINATION_RE)) {
    pieces.push({ piece: raw.slice(from, separator.index), at: from });
    from = separator.index + separator[0].length;
  }
  pieces.push({ piece: raw.slice(from), at: from });
  return pieces;
}
const MAX_TERMS = 15;
// What follows a cue but names no skill: "experience in a similar role", "knowledge of the area".
const NOT_A_SKILL_RE =
  /^(?:a|an|the|this|our|your|their|similar|related|relevant|same|other|such|high|fast|busy|working|local|\d)\b|\b(?:role|roles|position|field|area|industry|sector|environment|setting|team|company|job|work|years?|people|customers?|clients?|public|children|patients)\b/iu;

export interface PossibleSkillsInput {
  text: string;
  ranges: readonly { start: number; end: number }[];
  /** Dictionary matches: a phrase overlapping one is a known skill already. */
  matches: readonly SkillMatch[];
  /** Known spellings (the dictionary's, the user's): such a phrase is not "possible", it is known. */
  isSkill: (term: string) => boolean;
}

export function findPossibleSkills({ text, ranges, matches, isSkill }: PossibleSkillsInput): OtherTerm[] {
  const found = new Map<string, OtherTerm>();
  const overlapsMatch = (start: number, end: number) =>
    matches.some((match) => match.start < end && match.end > start);
  for (const range of ranges) {
    const part = text.slice(range.start, range.end);
    CANDIDATE_RE.lastIndex = 0;
    for (let m = CANDIDATE_RE.exec(part); m !== null; m = CANDIDATE_RE.exec(part)) {
      const raw = m[1] ?? '';
      const rawStart = range.start + m.index + m[0].length - raw.length;
      // "experience with wound care and catheter care": each coordinated phrase is a candidate.
      for (const { piece, at: pieceAt } of coordinated(raw).slice(0, 3)) {
        const start = rawStart + pieceAt;
        const phrase = (piece.split(PHRASE_END_RE)[0] ?? '').trim();
        if (phrase.length < 3 || phrase.split(/\s+/).length > MAX_WORDS || NOT_A_SKILL_RE.test(phrase))
          continue;
        const at = start + piece.indexOf(phrase);
        if (overlapsMatch(at, at + phrase.length) || isSkill(phrase)) continue;
        const key = phrase.toLowerCase();
        const seen = found.get(key);
        if (seen) seen.count++;
        else found.set(key, { term: phrase, count: 1, start: at, end: at + phrase.length });
      }
    }
  }
  return [...found.values()].slice(0, MAX_TERMS);
}
