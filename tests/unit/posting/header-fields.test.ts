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
