import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { relineLongLines } from '../../../src/core/posting/long-lines';
import { appMatcher } from '../keywords/app-dictionary';

const skillsOf = (text: string) => {
  const analysis = analyzePosting(text, appMatcher);
  return {
    required: analysis.required.map((s) => s.skill),
    preferred: analysis.preferred.map((s) => s.skill),
  };
};

// An ad as some boards hand it over: one line, no headings, the pay sentence last.
const runOnAd =
  'Our client, a busy family firm in Leeds, is looking to recruit an experienced Credit Controller to join ' +
  'their finance team on a permanent basis. You will manage a ledger of trade accounts, chasing payments by ' +
  'telephone and email, and handle debt recovery for accounts in arrears. You will reconcile the sales ledger ' +
  'each month and report aged debt to the Finance Manager. The ideal candidate will have strong Microsoft Excel ' +
  'skills and experience of Sage 50 accounts. You will have excellent negotiation skills and work well under ' +
  'pressure. Hours of work are Monday to Friday, 9am to 5pm, with free parking on site. Salary up to 28,000 plus ' +
  'an annual bonus and 25 days holiday.';

describe('a posting handed over as one long line', () => {
  it('reads the skills of an ad whose pay sentence names a bonus', () => {
    // The whole ad was one "header line about pay" and lost every skill.
    const { required } = skillsOf(runOnAd);
    expect(required).toEqual(
      expect.arrayContaining(['Credit Control', 'Aged Debt Reporting', 'Microsoft Excel', 'Sage Line 50']),
    );
  });

  it('finds inline headings and bullets, so benefits stay benefits and duties count', () => {
    const text =
      'Westbridge Legal is a firm of eleven lawyers in Bristol with a long record in employment law and a ' +
      'friendly office near the station. Duties and Responsibilities: ● Prepare court bundles and court filings ' +
      'for hearings. ● Keep the diary of hearings and deadlines for the three partners. ● Draft letters to clients and keep the case management system up to date. ● Book ' +
      'interpreters and experts for trial preparation. ● Answer the phone and take messages for the team. Skills and Qualifications:● Paralegal certification. ● ' +
      'Confident with Microsoft Word and Microsoft Outlook. Benefits:Our staff enjoy private medical insurance, ' +
      'a pension plan and a Microsoft Surface laptop for home working.';
    const { required } = skillsOf(text);
    expect(required).toEqual(
      expect.arrayContaining(['Court Filings', 'Trial Preparation', 'Microsoft Word']),
    );
    expect(required).not.toContain('Microsoft Surface');
  });

  it('limits a nice-to-have cue to the words near it when no full stop ends the clause', () => {
    const text =
      'Maintenance Engineer The Role Carry out planned preventive maintenance on the production lines and ' +
      'electrical fault finding on packaging machinery and conveyors across both shifts with the ' +
      'engineering team on site every day of the working week and support the installation of new lines ' +
      'when projects need it Experience of a PPM schedule or a bakery would be beneficial ' +
      'overtime available and a van provided for the role and many other things that make a long line';
    const { required, preferred } = skillsOf(text);
    expect(required).toContain('Preventive Maintenance');
    expect(preferred).not.toContain('Preventive Maintenance');
  });

  it('keeps the length of the text, so highlights land where they were', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        expect(relineLongLines(text)).toHaveLength(text.length);
      }),
    );
    const relined = relineLongLines(runOnAd);
    expect(relined.replace(/\n/g, ' ')).toBe(runOnAd);
    expect(relined.split('\n').length).toBeGreaterThan(5);
  });

  it('leaves ordinary paragraphs whole', () => {
    const paragraph = 'We are a small team. You will run the kitchen. Experience with HACCP is a plus.';
    expect(relineLongLines(`${paragraph}\n${paragraph}`)).toBe(`${paragraph}\n${paragraph}`);
  });
});
