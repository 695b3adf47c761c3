/** How a posting asks for a skill; soft skills ("Communication") are reported apart and never required. */
export type SkillLevel = 'required' | 'preferred' | 'soft';

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

/** A tech-looking term the dictionary lacks ("Log4j", "Kinesis"); offsets are its first mention's. */
export interface OtherTerm {
  term: string;
  count: number;
  start: number;
  end: number;
}

/** 'noise' is job-board page noise (testimonials, similar jobs, "read more"); 'other' an unknown heading. */
export type PostingSectionKind =
  'about' | 'responsibilities' | 'requirements' | 'preferred' | 'benefits' | 'apply' | 'other' | 'noise';

/** A part of the pasted text; offsets index into the text. */
export interface PostingSectionSpan {
  kind: PostingSectionKind;
  heading: string;
  start: number;
  end: number;
}

/** Facts as written in the posting ("3 - 8 yrs", "₹5L - ₹15L / yr"); null when the posting does not say. */
export interface WorkConditions {
  remote: 'remote' | 'hybrid' | 'onsite' | null;
  yearsOfExperience: string | null;
  salary: string | null;
}

/** Another posting found in the paste (a job board's "Similar jobs"); `start` is an offset into the text. */
export interface OtherPosting {
  title: string;
  start: number;
}

export interface PostingAnalysis {
  title: string;
  company: string;
  location: string;
  required: SkillHit[];
  preferred: SkillHit[];
  /** Soft skills (category "soft"), never in required or preferred. */
  soft: SkillHit[];
  /** Tech-looking terms of the main posting that the dictionary lacks, in order of first mention. */
  other: OtherTerm[];
  sections: PostingSectionSpan[];
  conditions: WorkConditions;
  /** Postings found in the paste: the main one (if any) plus the other postings. */
  postings: number;
  /**
   * False when no posting is the one the user meant: an empty paste, or a results page of equal job
   * cards (then `otherPostings` names the cards and no skill is read).
   */
  hasMainPosting: boolean;
  otherPostings: OtherPosting[];
  highlights: Highlight[];
}
