import { stripIgnorables } from '../keywords/normalize-text';
import type { SkillMatcher } from '../keywords/skill-types';
import { levelMentions, type LeveledMention } from './mention-levels';
import { blankPageArtifacts, findMainPostingEnd } from './page-noise';
import { extractMetadata } from './posting-metadata';
import { splitLines, wordCount, type PostingLine } from './posting-lines';
import { classifyHeading, splitSections, type PostingSection } from './posting-sections';
import type { Highlight, PostingAnalysis, SkillHit, SkillLevel } from './posting-types';

/**
 * Reads a posting (the plain text from `pasteToText`): finds where the main posting ends on a pasted job
 * board page, splits it into sections, reads title/company/location, finds every skill mention in the main
 * posting and decides for each skill whether it is required or nice-to-have. Highlight offsets index into
 * `text`.
 */
export function analyzePosting(text: string, matcher: SkillMatcher): PostingAnalysis {
  // Same length as `text`, so every offset found in it is an offset into `text`.
  const page = blankPageArtifacts(text);
  const lines = splitLines(page);
  const mainEnd = findMainPostingEnd(lines, (line) => classifyHeading(line) !== undefined);
  const sections = splitSections(lines, mainEnd);
  const main = lines.slice(0, mainEnd);
  const metadata = extractMetadata(main, headerLines(main, sections), lines);
  const mainText = page.slice(0, main[main.length - 1]?.end ?? 0);
  const mentions = levelMentions(page, lines, sections, matcher.find(mainText), metadata.company);
  return { ...metadata, ...groupBySkill(text, mentions) };
}

// The header ends at the first heading or the first line of prose.
const PROSE_MIN_WORDS = 12;

function headerLines(main: readonly PostingLine[], sections: readonly PostingSection[]): PostingLine[] {
  const first = sections[0];
  const end = first?.kind === 'header' ? first.endLine : 0;
  const prose = main.findIndex(
    (line, i) => i < end && wordCount(line.text, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS,
  );
  return main.slice(0, prose < 0 ? end : prose);
}

/** One entry per skill in order of first mention; a skill required anywhere is required everywhere. */
function groupBySkill(
  text: string,
  mentions: readonly LeveledMention[],
): Pick<PostingAnalysis, 'required' | 'preferred' | 'highlights'> {
  const hits = new Map<string, SkillHit & { level: SkillLevel }>();
  for (const { match, level } of mentions) {
    const surface = stripIgnorables(text.slice(match.start, match.end));
    const hit = hits.get(match.skill);
    if (hit === undefined) {
      hits.set(match.skill, { skill: match.skill, category: match.category, matches: [surface], level });
      continue;
    }
    if (!hit.matches.includes(surface)) hit.matches.push(surface);
    if (level === 'required') hit.level = 'required';
  }
  const strip = ({ skill, category, matches }: SkillHit): SkillHit => ({ skill, category, matches });
  const all = [...hits.values()];
  const highlights: Highlight[] = mentions.map(({ match }) => ({
    start: match.start,
    end: match.end,
    skill: match.skill,
    level: hits.get(match.skill)?.level ?? 'required',
  }));
  return {
    required: all.filter((hit) => hit.level === 'required').map(strip),
    preferred: all.filter((hit) => hit.level === 'preferred').map(strip),
    highlights,
  };
}
