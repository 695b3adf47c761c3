import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { pasteToText } from '../../../src/core/posting/paste-to-text';
import { appMatcher } from '../keywords/app-dictionary';

describe('the employer named where the posting introduces it', () => {
  it('reads the company from "<Name> is a … company" and from "<Name>, a … practice,"', () => {
    const glued =
      'Company DescriptionNorthgate Patrol Services Ltd. is a family-run private security company in Leeds. ' +
      'We guard retail parks and offices.\nRole DescriptionYou will patrol the site at night.';
    expect(analyzePosting(pasteToText(glued).text, appMatcher).company).toBe(
      'Northgate Patrol Services Ltd.',
    );
    const appositive =
      'Ashdown, Pike & Rowe, a small conveyancing practice, has served Norwich for forty years.\n' +
      'You will prepare completion statements.';
    expect(analyzePosting(appositive, appMatcher).company).toBe('Ashdown, Pike & Rowe');
    expect(
      analyzePosting('Python is a must for this role.\nYou will write scripts.', appMatcher).company,
    ).toBe('');
  });
});

describe('a company read with a section heading run into it', () => {
  it('keeps the name and drops the heading before it', () => {
    const text = 'Store Manager\nCompany: Position Summary Mango Power\nYou will run the store.';
    expect(analyzePosting(text, appMatcher).company).toBe('Mango Power');
    const plain = 'Store Manager\nCompany: Summit Outdoor Supply\nYou will run the store.';
    expect(analyzePosting(plain, appMatcher).company).toBe('Summit Outdoor Supply');
  });
});

describe('the title in a header line that holds more than the title', () => {
  it('reads the title before facts the site ran into it, and before the terms after a dash', () => {
    const glued =
      'Middle School Science TeacherFull-time, 10-month, September start\nWho we are: a small school.';
    expect(analyzePosting(glued, appMatcher).title).toBe('Middle School Science Teacher');
    const terms =
      'STORE ASSISTANT – 6 or 12 months, convertible to a permanent position after review\n\nBase pay: $1500/month';
    expect(analyzePosting(terms, appMatcher).title).toBe('STORE ASSISTANT');
  });

  it('reads no title from a first sentence that only has a dash in it', () => {
    const prose =
      'Our shop is busy all year round and we need help – apply today if you like people and books.';
    expect(analyzePosting(prose, appMatcher).title).toBe('');
  });

  it('reads a job board\'s title without its gender mark or "- job post", and the town of a work-mode line', () => {
    const board =
      'Technicien de maintenance H/F - job post\nAtelier Duval\nHybrid remote in Halifax, NS\n\nMissions\n- Dépannage';
    const analysis = analyzePosting(board, appMatcher);
    expect(analysis.title).toBe('Technicien de maintenance');
    expect(analysis.location).toBe('Halifax, NS');
  });
});

describe('a header value a site glued to the next field or printed twice', () => {
  it('reads the title alone', () => {
    const labelled =
      'Job Title: Associate Brand ManagerLevel: Exempt\nWe are a skincare company.\nYou will run campaigns.';
    expect(analyzePosting(labelled, appMatcher).title).toBe('Associate Brand Manager');
    const twice = 'Position: Project ManagerProject Manager\nYou will plan the site works.';
    expect(analyzePosting(twice, appMatcher).title).toBe('Project Manager');
    // A name with a capital inside it and no label after it is left as it is.
    const inner = 'Position: DevOps Engineer\nYou will run our McKinsey-style reviews.';
    expect(analyzePosting(inner, appMatcher).title).toBe('DevOps Engineer');
  });
});
