import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { appMatcher } from '../keywords/app-dictionary';

// A results page written for the tests: three cards of equal standing, each with the same two headings.
const RESULTS_PAGE = readFileSync(
  fileURLToPath(new URL('../../fixtures/postings/results-page-three-cards.txt', import.meta.url)),
  'utf8',
);

describe('a pasted results page of job cards', () => {
  it('reads no skill and names the cards, so the job is not filled with other jobs’ skills', () => {
    const page = RESULTS_PAGE;
    const analysis = analyzePosting(page, appMatcher);
    expect(analysis.hasMainPosting).toBe(false);
    expect(analysis.required).toEqual([]);
    expect(analysis.highlights).toEqual([]);
    expect(analysis.otherPostings.map((p) => p.title)).toEqual([
      'Warehouse Operative',
      'Delivery Driver',
      'Stock Controller',
    ]);
  });

  it('reads one posting whose summary box repeats a heading of its full text', () => {
    const posting = [
      'Stock Controller',
      'Requirements:',
      'SAP, Microsoft Excel',
      'Job description:',
      'Run the monthly stock take for our Leeds warehouse and report variances to the operations manager, ' +
        'keeping the system and the shelves in step through the busy season.',
      'Requirements:',
      'Experience with SAP and Microsoft Excel, stock control in a warehouse of at least 5,000 lines, and ' +
        'the care to count twice when the numbers do not agree with the system.',
    ].join('\n');
    const analysis = analyzePosting(posting, appMatcher);
    expect(analysis.hasMainPosting).toBe(true);
    expect(analysis.required.map((s) => s.skill)).toEqual(expect.arrayContaining(['SAP', 'Microsoft Excel']));
  });
});
