import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { pasteToText } from '../../../src/core/posting/paste-to-text';
import type { PostingAnalysis } from '../../../src/core/posting/posting-types';
import { appMatcher } from '../keywords/app-dictionary';

const samplePage = readFileSync(
  join(import.meta.dirname, '../../fixtures/postings/cutshort-devops-page.txt'),
  'utf8',
);

function analyze(raw: string): PostingAnalysis & { text: string } {
  const { text } = pasteToText(raw);
  return { ...analyzePosting(text, appMatcher), text };
}

const names = (hits: { skill: string }[]): string[] => hits.map((h) => h.skill);

describe('analyzePosting on a whole Cutshort job-board page', () => {
  const result = analyze(samplePage);

  it('finds the required skills of the main posting, with the surface form written', () => {
    for (const skill of [
      'Terraform',
      'Cassandra',
      'HAProxy',
      'Nginx',
      'AWS Lambda',
      'DynamoDB',
      'Go',
      'CI/CD',
      'AWS',
      'Python',
    ]) {
      expect(names(result.required)).toContain(skill);
    }
    expect(result.required.find((h) => h.skill === 'Go')?.matches).toEqual(['Golang']);
    expect(result.required.find((h) => h.skill === 'AWS')?.matches).toContain('Amazon Web Services (AWS)');
  });

  it('ignores skills that only appear in "Similar jobs" and the rest of the page', () => {
    const all = [...names(result.required), ...names(result.preferred)];
    for (const skill of [
      'Kubernetes',
      'ArgoCD',
      'CircleCI',
      'GitHub Actions',
      'Docker',
      'Ansible',
      'Datadog',
    ]) {
      expect(all).not.toContain(skill);
    }
    const mainEnd = result.text.indexOf('Read more');
    expect(result.highlights.every((h) => h.end <= mainEnd)).toBe(true);
  });

  it('does not count the company blurb ("2nd in India ahead of iOS")', () => {
    expect(names(result.required)).not.toContain('iOS');
  });

  it('reads title, company and location from the page header', () => {
    expect(result.title).toMatch(/^DevOps Engineer/);
    expect(result.company).toBe('KaiOs Technologies (India) Private Limited');
    expect(result.location).toMatch(/Bengaluru|Bangalore/);
  });

  it('highlights land on the words as written in the text', () => {
    expect(result.highlights.length).toBeGreaterThan(30);
    const surfaces = new Set(result.highlights.map((h) => result.text.slice(h.start, h.end)));
    for (const surface of ['Golang', 'Lambda', 'CI / CD', 'HAProxy', 'Amazon Web Services (AWS)']) {
      expect(surfaces).toContain(surface);
    }
    let lastEnd = 0;
    for (const h of result.highlights) {
      expect(h.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = h.end;
    }
  });
});

describe('analyzePosting: required or nice-to-have', () => {
  it('uses headings: "Nice to have", "Preferred qualifications", "Bonus points"', () => {
    const result = analyze(
      [
        'Backend Engineer',
        '',
        'Requirements:',
        '- 5 years of Python',
        '- PostgreSQL',
        '',
        'Nice to have:',
        '- Kafka',
        '',
        'Preferred Qualifications',
        '- Terraform',
        '',
        'Bonus points',
        '- Rust and Go',
      ].join('\n'),
    );
    expect(names(result.required)).toEqual(['Python', 'PostgreSQL']);
    expect(names(result.preferred)).toEqual(['Apache Kafka', 'Terraform', 'Rust', 'Go']);
  });

  it.each([
    ['Familiarity with Kafka is a plus.'],
    ['Experience with Kafka a major plus'],
    ['Bonus if you know Kafka'],
    ['Kafka preferred'],
    ['Kafka is good to have'],
    ['Knowledge of Kafka is an advantage'],
    ['Kafka experience is nice to have'],
    ['Bonus: Kafka'],
    ['Streaming (nice to have): Kafka'],
  ])('reads the cue in "%s"', (line) => {
    const result = analyze(`Requirements\n- Python\n- ${line}`);
    expect(names(result.required)).toEqual(['Python']);
    expect(names(result.preferred)).toEqual(['Apache Kafka']);
  });

  it('limits a cue to its clause: "Python required; Go is a plus"', () => {
    const result = analyze('Skills\nStrong Python; Go is a plus. Docker daily.');
    expect(names(result.required)).toEqual(['Python', 'Docker']);
    expect(names(result.preferred)).toEqual(['Go']);
  });

  it('counts a skill asked for as both required and preferred as required, everywhere', () => {
    const result = analyze('Requirements\n- Terraform\n\nNice to have\n- Terraform, Ansible');
    expect(names(result.required)).toEqual(['Terraform']);
    expect(names(result.preferred)).toEqual(['Ansible']);
    expect(result.highlights.filter((h) => h.skill === 'Terraform').map((h) => h.level)).toEqual([
      'required',
      'required',
    ]);
    expect(result.highlights.find((h) => h.skill === 'Ansible')?.level).toBe('preferred');
  });

  it('does not ask for skills named under benefits or about the company', () => {
    const result = analyze(
      'Data Engineer\n\nRequirements:\n- SQL\n\nBenefits:\n- MacBook and Microsoft Office 365\n\nAbout us:\nWe build Snowflake tooling.',
    );
    expect(names(result.required)).toEqual(['SQL']);
    expect(names(result.preferred)).toEqual([]);
  });
});

describe('analyzePosting: soft skills apart', () => {
  it('reports the soft skills of the sample page apart, never as required or nice-to-have', () => {
    const result = analyze(samplePage);
    expect(names(result.soft)).toEqual(
      expect.arrayContaining([
        'Communication',
        'Problem Solving',
        'Analytical Skills',
        'Attention to Detail',
      ]),
    );
    const asked = [...names(result.required), ...names(result.preferred)];
    for (const soft of names(result.soft)) expect(asked).not.toContain(soft);
    const communication = result.highlights.find((h) => h.skill === 'Communication');
    expect(communication?.level).toBe('soft');
  });

  it('keeps a soft skill soft under a nice-to-have heading', () => {
    const result = analyze('Requirements\n- Python\n\nNice to have\n- Leadership and Kafka');
    expect(names(result.soft)).toEqual(['Leadership']);
    expect(names(result.preferred)).toEqual(['Apache Kafka']);
  });
});

describe('analyzePosting: sections', () => {
  it('finds the kinds of the sections with their headings and offsets, and the page noise after them', () => {
    const text = [
      'Backend Engineer',
      'Acme',
      '',
      'About us',
      'Acme makes payroll software for 4,000 small businesses across Europe and Canada.',
      '',
      "What you'll do",
      '- Build APIs in Go',
      '',
      'Requirements',
      '- PostgreSQL',
      '',
      'Nice to have',
      '- Kafka',
      '',
      'Benefits',
      '- Pension',
      '',
      'How to apply',
      'Send your CV.',
      'Read more',
      'Similar jobs',
    ].join('\n');
    const result = analyze(text);
    expect(result.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['other', ''],
      ['about', 'About us'],
      ['responsibilities', "What you'll do"],
      ['requirements', 'Requirements'],
      ['preferred', 'Nice to have'],
      ['benefits', 'Benefits'],
      ['apply', 'How to apply'],
      ['noise', 'Read more'],
      ['noise', 'Similar jobs'],
    ]);
    const requirements = result.sections.find((s) => s.kind === 'requirements');
    expect(text.slice(requirements?.start, requirements?.end)).toBe('Requirements\n- PostgreSQL');
    let lastEnd = 0;
    for (const section of result.sections) {
      expect(section.start).toBeGreaterThanOrEqual(lastEnd);
      lastEnd = section.end;
    }
  });

  it.each([
    ['Profil recherché', 'Serait un plus', 'Adobe Photoshop', 'Figma'],
    ['Ihr Profil', 'Wünschenswert', 'SAP', 'Salesforce'],
    ['Requisitos', 'Se valorará', 'SQL', 'PySpark'],
    ['Mandatory', 'Assets', 'Terraform', 'FinOps'],
    ['Essential', 'It would be great if you also have', 'Python', 'Scala'],
  ])('reads "%s" and "%s" as requirements and nice-to-have', (must, plus, required, preferred) => {
    const result = analyze(`${must}\n- ${required}\n\n${plus}\n- ${preferred}`);
    expect(names(result.required)).toEqual([required]);
    expect(names(result.preferred)).toContain(
      result.preferred.find((h) => h.matches.includes(preferred))?.skill ?? preferred,
    );
    expect(result.preferred.flatMap((h) => h.matches)).toContain(preferred);
  });
});

describe('analyzePosting: cues that lead and cues inside parentheses', () => {
  it('"ideally" marks what follows it, not what came before', () => {
    const result = analyze('Requirements\n- 5+ years of SQL, ideally Snowflake');
    expect(names(result.required)).toEqual(['SQL']);
    expect(names(result.preferred)).toEqual(['Snowflake']);
  });

  it('a cue inside parentheses marks only the parenthesis', () => {
    const result = analyze(
      'Requirements\n- Experience with Salesforce (HubSpot strongly preferred; Mailchimp acceptable)',
    );
    expect(names(result.required)).toEqual(['Salesforce', 'Mailchimp']);
    expect(names(result.preferred)).toEqual(['HubSpot']);
  });

  it.each([
    ['Desirable: Python (pandas)'],
    ['Also helpful: Python (pandas)'],
    ['Kafka experience is considered an asset'],
  ])('reads the label or cue in "%s"', (line) => {
    const result = analyze(`Requirements\n- SQL\n${line}`);
    expect(names(result.required)).toEqual(['SQL']);
    expect(result.preferred.length).toBeGreaterThan(0);
  });
});

describe('analyzePosting: the title and the company line', () => {
  it('lets the body decide the level of a skill the title also names', () => {
    const result = analyze(
      'Registered Nurse – Medical ICU\n\nRequirements\n- BLS\n\nPreferred\n- 2+ years of ICU experience',
    );
    expect(names(result.required)).not.toContain(result.preferred[0]?.skill);
    expect(result.preferred.flatMap((h) => h.matches)).toContain('ICU');
  });

  it('does not ask for skills named in a pay or perk line of the header', () => {
    const result = analyze(
      'Staff Nurse\nSign-on bonus: $15,000 for experienced ICU nurses\n\nRequirements\n- BLS',
    );
    expect(result.highlights.every((h) => h.start > result.text.indexOf('Requirements'))).toBe(true);
  });

  it('does not ask for a skill that is only part of the company name', () => {
    const result = analyze(
      'Platform Engineer\nTidewater Logistics\nRemote – US\n\nRequirements\n- Terraform',
    );
    expect(result.company).toBe('Tidewater Logistics');
    expect(names(result.required)).toEqual(['Terraform']);
  });

  it('does not ask for skills named in the company story above the first heading', () => {
    const result = analyze(
      'Account Executive\nLedgerly\n\nLedgerly automates accounts payable for companies with 100 to 2,000 employees across the US.\n\nRequirements\n- Salesforce',
    );
    expect(names(result.required)).toEqual(['Salesforce']);
  });
});

describe('analyzePosting: metadata from labels', () => {
  it('reads "Job Title:", "Company:" and "Location:" lines', () => {
    const result = analyze(
      'Job Title: Staff SRE\nCompany: Acme GmbH\nLocation: Berlin, Germany\n\nWe need Kubernetes.',
    );
    expect([result.title, result.company, result.location]).toEqual([
      'Staff SRE',
      'Acme GmbH',
      'Berlin, Germany',
    ]);
  });

  it('reads "Title at Company" and leaves unknown fields empty rather than guessing', () => {
    const result = analyze(
      'Senior Data Analyst at Globex\n\nYou will use SQL and Tableau daily to answer questions.',
    );
    expect([result.title, result.company, result.location]).toEqual(['Senior Data Analyst', 'Globex', '']);
  });
});

describe('analyzePosting: bad input', () => {
  it('handles empty and whitespace-only postings', () => {
    expect(analyze('')).toMatchObject({
      title: '',
      company: '',
      location: '',
      required: [],
      preferred: [],
      highlights: [],
    });
    expect(analyze(' \n\t\n ').highlights).toEqual([]);
  });

  it('highlights skills through zero-width characters, bidi controls and NFD text on the original characters', () => {
    const result = analyze(
      'Requirements\n- Pyth\u200Bon, \u202EDocker\u202C and cafe\u0301 😀 Terraform, Go, Rust',
    );
    expect(result.highlights.map((h) => result.text.slice(h.start, h.end))).toEqual([
      'Pyth\u200Bon',
      'Docker',
      'Terraform',
      'Go',
      'Rust',
    ]);
  });

  it('never throws; highlights stay in bounds, sorted and whole code points (property)', () => {
    const pieces = fc.constantFrom(
      'Requirements\n',
      'Nice to have:\n',
      '- ',
      'Go',
      ', ',
      'Python',
      ' is a plus',
      '; ',
      '\n',
      'Read more\n',
      'Similar jobs\n',
      '😀',
      '\u200B',
      '\uD800',
      'C++',
      '<p>',
      '</li>',
      'Location: ',
      'at Acme\n',
    );
    const raws = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(raws, (raw) => {
        const result = analyze(raw);
        let lastEnd = 0;
        for (const h of result.highlights) {
          expect(h.start).toBeGreaterThanOrEqual(lastEnd);
          expect(h.end).toBeLessThanOrEqual(result.text.length);
          const before = result.text.charCodeAt(h.start - 1);
          const first = result.text.charCodeAt(h.start);
          expect(before >= 0xd800 && before <= 0xdbff && first >= 0xdc00 && first <= 0xdfff).toBe(false);
          lastEnd = h.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the line under the title', () => {
  it('gives the company and, after a separator, the place', () => {
    const analysis = analyzePosting(
      'Dental Nurse\nHarbour Dental · Bristol\n\nRequirements\n- Infection control\n',
      appMatcher,
    );
    expect([analysis.title, analysis.company, analysis.location]).toEqual([
      'Dental Nurse',
      'Harbour Dental',
      'Bristol',
    ]);
  });

  it('takes no place from a contract type or a salary on that line', () => {
    const analysis = analyzePosting(
      'Dental Nurse\nHarbour Dental · Full-time\n\nRequirements\n- Infection control\n',
      appMatcher,
    );
    expect(analysis.location).toBe('');
  });
});
