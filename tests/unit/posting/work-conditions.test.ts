import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { pasteToText } from '../../../src/core/posting/paste-to-text';
import { appMatcher } from '../keywords/app-dictionary';

const meta = (raw: string) => analyzePosting(pasteToText(raw).text, appMatcher).conditions;

describe('work conditions: work mode', () => {
  it.each([
    ['Backend Engineer\nAcme\nRemote, Bengaluru (Bangalore)\n\nRequirements\n- Go', 'remote'],
    ['Backend Engineer\nAcme\nAustin, TX (Hybrid – 3 days in office)\n\nRequirements\n- Go', 'hybrid'],
    ['Backend Engineer\n\nThis is a fully remote position.\nRequirements\n- Go', 'remote'],
    ['Backend Engineer\n\nYou will work from our Leeds office (on-site).\nRequirements\n- Go', 'onsite'],
    ['Backend Engineer\n\nThis role is not remote: you will be on-site daily.\n', 'onsite'],
    ['Nurse\n\nExperience with remote patient monitoring.\nRequirements\n- BLS', null],
  ])('%j -> %s', (text, expected) => {
    expect(meta(text).remote).toBe(expected);
  });
});

describe('work conditions: experience as written', () => {
  it.each([
    ['DevOps Engineer\nAcme\n3 - 8 yrs\n\nWe need Go.', '3 - 8 yrs'],
    ['Requirements\n- 5+ years of experience with Python', '5+ years'],
    ['Requirements\nExperience: 4 to 7 Years\n- Python', '4 to 7 Years'],
    ['Requirements\n- 3+ years in an SRE or DevOps role', '3+ years'],
    ['About us\nFounded 20 years ago, we build tools.\n\nRequirements\n- Python', null],
  ])('%j -> %s', (text, expected) => {
    expect(meta(text).yearsOfExperience).toBe(expected);
  });
});

describe('work conditions: salary as written', () => {
  it.each([
    ['DevOps Engineer\nAcme\n3 - 8 yrs\n₹5L - ₹15L / yr\n\nWe need Go.', '₹5L - ₹15L / yr'],
    ['Product Manager\nAcme · Hybrid · $150K/yr - $185K/yr\n\nWe need SQL.', '$150K/yr - $185K/yr'],
    ['Data Engineer\n\nSalary: €65k–€80k. Learning budget €1,200.\n', '€65k–€80k'],
    ['Benefits\n$1,500 learning budget; sign-on bonus: $15,000\n', null],
    ['Data Analyst\n\nPay: 12 - 18 LPA\n', '12 - 18 LPA'],
  ])('%j -> %s', (text, expected) => {
    expect(meta(text).salary).toBe(expected);
  });
});
