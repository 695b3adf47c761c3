import type { SkillMatch } from '../keywords/skill-types';
import type { PostingLine } from './posting-lines';
import {
  isCompanyBlurb,
  isHeaderStory,
  type PostingSection,
  type ParsedSectionKind,
} from './posting-sections';
import type { SkillLevel } from './posting-types';
import { lineCueSpans } from './preference-cues';

/** What a mention's place in the posting says of it; whether its skill is soft is decided per skill. */
export type AskedLevel = Exclude<SkillLevel, 'soft'>;

export interface LeveledMention {
  match: SkillMatch;
  level: AskedLevel;
}

// Skills of this category are how a candidate works, not what they know: reported apart, never required.
const SOFT_CATEGORY = 'soft';

// Skills named while describing the company, the perks or the application steps are not asked of the
// candidate ("2nd in India ahead of iOS", "MacBook Pro provided"). The one list of such sections: the
// analysis reads "possible skills" only outside them too.
const NOT_ASKED: ReadonlySet<ParsedSectionKind> = new Set(['about', 'benefits', 'apply']);

/** True for a section whose content asks something of the candidate (not the company story, perks, how to apply). */
export const isAskedSection = (kind: ParsedSectionKind): boolean => !NOT_ASKED.has(kind);

// A job board's header line about pay or perks ("Sign-on bonus: $15,000 for experienced ICU RNs").
const HEADER_PERK_RE =
  /\b(?:bonus|sign-on|signing|salary|relocation|stipend|per hour|benefits?)\b|[$€£₹]\s?\d/i;

// "PARTNAIRE LORIENT, spécialiste du recrutement CDI, CDD, intérim, vous propose un emploi de …": the
// words between the employer's name and the verb that announces the job describe the employer (here a
// recruiter's trade and contracts), not what the candidate needs.
const ANNOUNCING_VERB_RE =
  /,\s+(?:vous|we|nous|is|are|has|have|recrute|recherche|propose|seeks|sucht|suchen|busca|buscamos)\b/giu;
const APPOSITIVE_MAX_CHARS = 200;

/** The spans of `line` (offsets in it) where a sentence opens with the employer's name and describes it. */
function employerAppositives(line: string, company: string): { start: number; end: number }[] {
  if (company === '') return [];
  const spans: { start: number; end: number }[] = [];
  const name = company.toLowerCase();
  const lower = line.toLowerCase();
  for (let at = lower.indexOf(`${name},`); at >= 0; at = lower.indexOf(`${name},`, at + 1)) {
    if (at > 0 && !/[.!?]\s+$|^\s+$/u.test(line.slice(Math.max(0, at - 3), at))) continue;
    const sentence = line.slice(at, at + APPOSITIVE_MAX_CHARS).split(/[.!?](?:\s|$)/u)[0] ?? '';
    let end = 0;
    for (const verb of sentence.matchAll(ANNOUNCING_VERB_RE)) end = verb.index;
    if (end > 0) spans.push({ start: at, end: at + end });
  }
  return spans;
}

/**
 * The one home of "required or nice-to-have" (with `levelSkills` below): gives each mention the level its place in the posting
 * implies (the heading kinds come from posting-sections, the clause cues from preference-cues): preferred under a nice-to-have heading or
 * in a clause with a cue ("... is a plus"), required otherwise. Mentions in company blurbs, benefits and
 * application steps are dropped. `matches` must be sorted by start.
 */
export function levelMentions(
  text: string,
  lines: readonly PostingLine[],
  sections: readonly PostingSection[],
  matches: readonly SkillMatch[],
  company: string,
  title = '',
): LeveledMention[] {
  const leveled: LeveledMention[] = [];
  let next = 0;
  for (const section of sections) {
    for (let i = section.firstLine; i < section.endLine; i++) {
      const line = lines[i];
      if (line === undefined) continue;
      const inLine: SkillMatch[] = [];
      while (next < matches.length && (matches[next]?.start ?? Infinity) <= line.end) {
        const match = matches[next++];
        if (match !== undefined) inLine.push(match);
      }
      if (
        inLine.length === 0 ||
        !isAskedSection(section.kind) ||
        isCompanyBlurb(line.text, company) ||
        (section.kind === 'header' && (isHeaderStory(line.text, title) || HEADER_PERK_RE.test(line.text)))
      )
        continue;
      const spans = section.kind === 'preferred' ? [] : lineCueSpans(text, line);
      const selfDescriptions = employerAppositives(text.slice(line.start, line.end), company);
      let span = 0;
      for (const match of inLine) {
        const at = match.start - line.start;
        if (selfDescriptions.some((d) => at >= d.start && match.end - line.start <= d.end)) continue;
        // Both lists are in text order: one pointer finds each match's clause.
        while (span < spans.length - 1 && (spans[span]?.end ?? 0) <= match.start) span++;
        const preferred = section.kind === 'preferred' || spans[span]?.preferred === true;
        leveled.push({ match, level: preferred ? 'preferred' : 'required' });
      }
    }
  }
  return leveled;
}

/**
 * Each skill's level from the levels of its mentions (`mentions` in text order, as `levelMentions` gives
 * them). A soft skill is only ever soft. A skill required anywhere is required everywhere; otherwise it
 * keeps its first mention's level. A mention inside `title` (the title line's range) names the field
 * ("Registered Nurse – Medical ICU"): when the body asks for the same skill, the body says how much it
 * matters, so the title's mention counts as nice-to-have only.
 */
export function levelSkills(
  mentions: readonly LeveledMention[],
  title?: { start: number; end: number },
): Map<string, SkillLevel> {
  const inTitle = (match: SkillMatch): boolean =>
    title !== undefined && match.start >= title.start && match.end <= title.end;
  const inBody = new Set(mentions.filter(({ match }) => !inTitle(match)).map(({ match }) => match.skill));
  const levels = new Map<string, SkillLevel>();
  for (const { match, level: asked } of mentions) {
    const titleOnly = inTitle(match) && inBody.has(match.skill);
    const level = match.category === SOFT_CATEGORY ? 'soft' : titleOnly ? 'preferred' : asked;
    const first = levels.get(match.skill);
    if (first === undefined || level === 'required') levels.set(match.skill, level);
  }
  return levels;
}
