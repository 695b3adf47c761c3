import { describe, expect, it } from 'vitest';
import { unglueLines } from '../../../src/core/posting/glued-lines';

describe('unglueLines', () => {
  it('puts back the line break a site lost between two list items', () => {
    expect(unglueLines('3 years of experienceMechanical aptitude')).toBe(
      '3 years of experience\nMechanical aptitude',
    );
    expect(unglueLines('Spanish speaker preferredKnowledge of Excel')).toBe(
      'Spanish speaker preferred\nKnowledge of Excel',
    );
    expect(unglueLines('acceptance criteriaFMEA')).toBe('acceptance criteria\nFMEA');
  });

  it('keeps names written with inner capitals', () => {
    const names = 'JavaScript, PowerPoint, QuickBooks, iPhone, eBay, macOS, jQuery, McKinsey, gRPC, vSphere';
    expect(unglueLines(names)).toBe(names);
  });

  it('returns the same string when nothing is glued, and keeps accents and other scripts', () => {
    const text = 'Pflegefachkraft für die Intensivstation — expérience souhaitée';
    expect(unglueLines(text)).toBe(text);
    expect(unglueLines('très motivéeExpérience')).toBe('très motivée\nExpérience');
  });
});

describe('a heading glued to its first line', () => {
  it('puts the break back after a heading word followed by a capitalised word', () => {
    expect(unglueLines('Company DescriptionHarbour Dental is a family practice.')).toBe(
      'Company Description\nHarbour Dental is a family practice.',
    );
    expect(unglueLines('RequirementsBachelor of Nursing')).toBe('Requirements\nBachelor of Nursing');
  });

  it('leaves a heading word that runs into an acronym or a lower-case word', () => {
    expect(unglueLines('RequirementsSQL and Summarys')).toBe('RequirementsSQL and Summarys');
  });
});

describe('a field label glued to the value before it', () => {
  it('puts each label of a fact line that lost its breaks on a line of its own', () => {
    expect(
      unglueLines(
        'Job Title: Certified ElectricianCompany: CMD ElectricLocation: San DiegoJob Type: Full-Time',
      ),
    ).toBe(
      'Job Title: Certified Electrician\nCompany: CMD Electric\nLocation: San Diego\nJob Type: Full-Time',
    );
    expect(unglueLines('Director of FinanceReports To: CEO, DetroitFLSA Status: Exempt')).toBe(
      'Director of Finance\nReports To: CEO, Detroit\nFLSA Status: Exempt',
    );
  });

  it('leaves a word that only begins like a label, a lower-case label and a label after a space', () => {
    const text = 'Monthly Payroll: yes. Ask the company: us. Salary: 30k and Location: Leeds';
    expect(unglueLines(text)).toBe(text);
  });
});
