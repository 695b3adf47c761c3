/**
 * One entry of the skills dictionary (resources/skills/*.json). `aliases` are other ways people write the
 * same skill ("K8s" for Kubernetes); `ambiguous` lists aliases that are also ordinary words ("Go", "Excel",
 * "Make") and only count when the context says they are the skill.
 */
export interface SkillDefinition {
  name: string;
  aliases: string[];
  category: string;
  ambiguous?: string[];
  /**
   * Spellings another skill owns that may also mean this one ("EMR", owned by Amazon EMR, for Electronic
   * Health Records). The context of each mention decides; the owner is the default reading.
   */
  shares?: string[];
  /** What points to this skill when one of its shared spellings (or one it owns) is found. */
  context?: SenseContext;
}

/** The context that backs one reading of a shared spelling. */
export interface SenseContext {
  /** Categories of nearby skills that point to this reading. Default: the skill's own category. */
  categories?: string[];
  /** Lower-case single words that point to this reading when written near the spelling ("patients"). */
  words?: string[];
}

/** A place in a text where a skill is mentioned. Offsets are UTF-16 indices into the text as given. */
export interface SkillMatch {
  skill: string;
  category: string;
  start: number;
  end: number;
}

export interface SkillMatcher {
  /** All skill mentions, sorted by start, never overlapping (longest match wins). */
  find(text: string): SkillMatch[];
  /**
   * The skill a spelling names on its own ("golang" -> "Go", "Lambda" -> "AWS Lambda"), ignoring context,
   * or undefined when the spelling is no skill: for telling dictionary terms from unknown ones.
   */
  skillOf(spelling: string): string | undefined;
  /** Number of distinct surface forms the matcher knows (for benchmarks and the UI). */
  readonly aliasCount: number;
}
