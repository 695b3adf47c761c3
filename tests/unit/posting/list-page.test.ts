import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { appMatcher } from '../keywords/app-dictionary';

const card = (title: string, duty: string, skills: string) =>
  [
    title,
    'Location: Leeds',
    'Job description:',
    `${duty} for a busy team, working shifts across the week with a friendly crew and good support.`,
    'Requirements:',
    `Experience with ${skills}, a full UK driving licence and a calm manner with customers every day.`,
    '',
  ].join('\n');

describe('a pasted results page of job cards', () => {
  it('reads no skill and names the cards, so the job is not filled with other jobs’ skills', () => {
    const page = [
      card('Warehouse Operative', 'Pick and pack orders', 'forklift trucks and stock control'),
      card('Delivery Driver', 'Deliver parcels across the city', 'route planning and van driving'),
      card('Stock Controller', 'Run the monthly stock take', 'SAP and Microsoft Excel'),
    ].join('\n');
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
