export type SkillLevel = 'required' | 'preferred';

/** A skill the posting asks for, with every surface form it was written as ("Golang" for Go). */
export interface SkillHit {
  skill: string;
  category: string;
  matches: string[];
}

/** A highlight range in the posting's plain text (UTF-16 offsets, never splitting a surrogate pair). */
export interface Highlight {
  start: number;
  end: number;
  skill: string;
  level: SkillLevel;
}

export interface PostingAnalysis {
  title: string;
  company: string;
  location: string;
  required: SkillHit[];
  preferred: SkillHit[];
  highlights: Highlight[];
}
