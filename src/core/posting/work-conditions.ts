import { wordCount, type PostingLine } from './posting-lines';
import type { WorkConditions } from './posting-types';

/*
 * Work mode, experience and salary, each as the posting writes it ("3 - 8 yrs", "₹5L - ₹15L / yr"): the
 * user compares them with their own situation, so the app never converts or rounds them.
 */

const HYBRID_RE = /\bhybrid\b/i;
// "Remote" names the work mode only in these shapes; "remote patient monitoring" or "remote teams" do not.
const REMOTE_RE =
  /\b(?:(?:fully|100\s?%|completely|full[\s-]time|permanently)\s+remote|remote[\s-](?:first|only|friendly|position|role|job|work(?:ing)?|opportunity|option|setup)|remote\s*\(|work(?:ing)?\s+(?:remotely|from\s+(?:home|anywhere))|wfh|telecommut\w*|(?:location|work\s*mode|workplace(?:\s+type)?|job\s+type)\s*[:：-]\s*remote)\b/i;
const NOT_REMOTE_RE =
  /\b(?:not|no|non)[\s-]+remote\b|\bremote\s+(?:work\s+)?(?:is\s+)?not\s+(?:possible|available|an option)\b/i;
const ONSITE_RE =
  /\b(?:on[\s-]?site|in[\s-]office|in[\s-]person|work\s+from\s+(?:the\s+)?office|wfo|office[\s-]based|(?:must|required\s+to)\s+(?:be\s+)?(?:based|located)\s+in)\b/i;
// A header line that is just the mode, or starts a location with it: "Remote", "Remote, Bengaluru".
const MODE_LINE_RE = /^(?:(remote|hybrid|on[\s-]?site|in[\s-]office)\b)/i;

function workMode(header: readonly PostingLine[], body: readonly PostingLine[]): WorkConditions['remote'] {
  for (const line of header) {
    if (line.text.length > 80) continue;
    const mode = MODE_LINE_RE.exec(line.text)?.[1]?.toLowerCase();
    if (mode === 'hybrid') return 'hybrid';
    if (mode === 'remote') return 'remote';
    if (mode !== undefined) return 'onsite';
  }
  let remote = false;
  let onsite = false;
  for (const { text } of body) {
    if (HYBRID_RE.test(text)) return 'hybrid';
    if (NOT_REMOTE_RE.test(text)) onsite = true;
    else if (REMOTE_RE.test(text)) remote = true;
    else if (ONSITE_RE.test(text)) onsite = true;
  }
  if (remote && onsite) return 'hybrid';
  return remote ? 'remote' : onsite ? 'onsite' : null;
}

// "3 - 8 yrs", "4 to 7 Years", "5+ years", "3-5 yrs", "2 years", "6 months": a number of years or a range.
// Spaces around an optional sign are written "\s*(?:\+\s*)?", never "\s*\+?\s*": two loops over the
// same spaces split a run of them in every possible way before failing, quadratic in its length.
const YEARS = String.raw`\d{1,2}(?:\.\d)?\s*(?:\+\s*)?(?:(?:-|–|—|to)\s*\d{1,2}(?:\.\d)?\s*(?:\+\s*)?)?(?:yrs?|years?)(?:\s*\+)?`;
const YEARS_LINE_RE = new RegExp(String.raw`^(?:(?:experience|exp)\s*(?:[:：-]\s*)?)?(${YEARS})$`, 'i');
const YEARS_LABEL_RE = new RegExp(
  String.raw`^(?:experience|exp|years of experience|experience required|work experience)\s*[:：-]\s*(?:(?:minimum|min\.?|at least)\s*)?(${YEARS})`,
  'i',
);
const YEARS_PHRASE_RE = new RegExp(
  String.raw`(?:(?:minimum|min\.?|at least|over|more than)\s+(?:of\s+)?)?(${YEARS})(?:\s+of)?(?:\s+\S+){0,4}?\s+(?:experience|exp)\b|\bexperience\s*(?:(?:of|:)\s*)?(?:(?:minimum|min\.?|at least)\s+)?(${YEARS})`,
  'i',
);

const YEARS_ANY_RE = new RegExp(String.raw`\b${YEARS}`, 'i');
// Years that are about the company, the contract or a benefit, not the candidate.
const NOT_EXPERIENCE_RE =
  /\b(?:ago|old|founded|since|history|anniversary|warranty|contract|vesting|vest|tenure|retention|for over|in business)\b/i;

function yearsOfExperience(header: readonly PostingLine[], body: readonly PostingLine[]): string | null {
  for (const line of header) {
    const value = YEARS_LINE_RE.exec(line.text)?.[1];
    if (value !== undefined) return value.trim();
  }
  for (const line of body) {
    const value = YEARS_LABEL_RE.exec(line.text)?.[1];
    if (value !== undefined) return value.trim();
  }
  for (const line of body) {
    const match = YEARS_PHRASE_RE.exec(line.text);
    const value = match?.[1] ?? match?.[2];
    if (value !== undefined) return value.trim();
  }
  // "3+ years in an SRE or DevOps role": any count of years in a line about the candidate.
  for (const line of body) {
    if (NOT_EXPERIENCE_RE.test(line.text)) continue;
    const value = YEARS_ANY_RE.exec(line.text)?.[0];
    if (value !== undefined) return value.trim();
  }
  return null;
}

const CURRENCY = String.raw`(?:[$€£¥₹₩₽₪₺₱₦]|(?:US|CA|AU|NZ|SG|HK)\$|\b(?:USD|EUR|GBP|INR|CAD|AUD|CHF|SGD|JPY|CNY|AED|SEK|NOK|DKK|PLN|ZAR|BRL|MXN|Rs\.?|INR)\s?)`;
const AMOUNT = String.raw`\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d+)?\s?(?:[kKmML]\b|lakhs?|lacs?|LPA|crores?|cr\b)?`;
const PERIOD = String.raw`(?:\s*(?:\/|per|a|an)\s*(?:yr|year|annum|month|mo|hour|hr|week|day)\b|\s*(?:p\.?a\.?|annually|yearly|monthly|hourly|LPA)(?![\p{L}]))?`;
const SALARY_RE = new RegExp(
  String.raw`${CURRENCY}\s?${AMOUNT}${PERIOD}(?:\s*(?:-|–|—|to)\s*(?:${CURRENCY}\s?)?${AMOUNT})?${PERIOD}`,
  'u',
);
// "12 - 18 LPA", "CTC: 8 LPA": Indian postings often leave the currency out.
const LPA_RE =
  /\b\d{1,3}(?:\.\d+)?\s*(?:(?:-|–|—|to)\s*\d{1,3}(?:\.\d+)?\s*)?(?:LPA|lakhs? per annum|lacs? per annum)\b/i;

// A pay line names itself; an amount anywhere else is pay only as a range or with a period ("$40/hr").
const PAY_LABEL_RE =
  /\b(?:salary|pay|compensation|base|ctc|wage|rate|remuneration|stipend|ote|package|gehalt|salaire|rémunération)\b/i;
const NOT_PAY_RE =
  /\b(?:revenue|funding|raised|valuation|series [a-e]|turnover|arr|budget|allowance|bonus of|reimburse\w*|credit|match|stipend for|learning|conference|bonus|sign-on|relocation|deals?|acvs?|quota)\b/i;

/** The sentence or list part of `text` around `at`: "Salary: €65k. Learning budget €1,200." keeps each apart. */
function sentenceAround(text: string, at: number): string {
  const before = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf(';', at), text.lastIndexOf(' · ', at));
  const after = [text.indexOf('. ', at), text.indexOf(';', at), text.indexOf(' · ', at)].filter(
    (i) => i >= 0,
  );
  return text.slice(before < 0 ? 0 : before, after.length === 0 ? text.length : Math.min(...after));
}

function salary(header: readonly PostingLine[], body: readonly PostingLine[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  const lines = [...header, ...body];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const match = SALARY_RE.exec(text) ?? LPA_RE.exec(text);
    if (match === null || !/\d/.test(match[0])) continue;
    const value = match[0].trim();
    const range = /\d\s*\S?\s*(?:-|–|—|to)\s*\S?\s*\d/.test(value);
    const sentence = sentenceAround(text, match.index);
    // "£65,000 – £80,000 + bonus" is pay; "$1,500 learning budget" and "Sign-on bonus: $15,000" are not.
    if (NOT_PAY_RE.test(sentence) && !range && !PAY_LABEL_RE.test(sentence)) continue;
    const period =
      /(?:\/|per|a|an)\s*(?:yr|year|annum|month|mo|hour|hr|week|day)\b|p\.?a\.?|annually|yearly|monthly|hourly|LPA/i.test(
        value,
      );
    const score =
      (PAY_LABEL_RE.test(text) ? 3 : 0) + (range ? 2 : 0) + (period ? 1 : 0) + (i < header.length ? 1 : 0);
    if (score > bestScore) {
      best = value;
      bestScore = score;
    }
  }
  return best;
}

// The header holds a job board's short facts; prose lines past this length are read as the body.
const FACT_LINE_MAX_WORDS = 8;

/**
 * Reads work mode, experience and salary. `header` is the posting's first lines (before the body); `body`
 * every line of the main posting. A fact the posting does not state is null.
 */
export function readWorkConditions(
  header: readonly PostingLine[],
  body: readonly PostingLine[],
): WorkConditions {
  const facts = header.filter((line) => wordCount(line.text, FACT_LINE_MAX_WORDS) <= FACT_LINE_MAX_WORDS);
  return {
    remote: workMode(facts, body),
    yearsOfExperience: yearsOfExperience(facts, body),
    salary: salary(facts, body),
  };
}
