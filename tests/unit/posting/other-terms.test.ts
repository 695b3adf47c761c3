import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import { MAX_OTHER_TERMS } from '../../../src/core/posting/other-terms';

// A small dictionary of its own: the shipped one keeps growing and would swallow the unknown terms here.
const matcher = createSkillMatcher([
  { name: 'Python', aliases: [], category: 'language' },
  { name: 'Kubernetes', aliases: ['K8s'], category: 'devops' },
  { name: 'AWS Lambda', aliases: ['Lambda'], category: 'cloud', ambiguous: ['Lambda'] },
  { name: 'Communication', aliases: [], category: 'soft' },
]);
const other = (text: string) => analyzePosting(text, matcher).other;
const terms = (text: string) => other(text).map((t) => t.term);

describe('other keywords: tech-looking terms the dictionary lacks', () => {
  it('lists CamelCase names and names with digits, with the first mention highlighted', () => {
    const text =
      'Controls Engineer\n\nRequirements\n- Program ControlLogix PLCs in FactoryTalk View\n- Logging with Log4j and Y14.5 drawings\n- ControlLogix upgrades';
    const found = other(text);
    expect(found.map((t) => t.term)).toEqual(
      expect.arrayContaining(['ControlLogix', 'FactoryTalk', 'Log4j', 'Y14.5']),
    );
    const controlLogix = found.find((t) => t.term === 'ControlLogix');
    expect(controlLogix?.count).toBe(2);
    expect(text.slice(controlLogix?.start, controlLogix?.end)).toBe('ControlLogix');
    expect(controlLogix?.start).toBe(text.indexOf('ControlLogix'));
  });

  it('lists acronyms and capitalised names only when they come back', () => {
    const text =
      'Quality Engineer\n\nRequirements\n- Lead PPAP and APQP for new parts\n- Keep PPAP files current; review APQP gates\n- Work in Calypso daily, and train others on Calypso\n- One XYZ mention';
    expect(terms(text)).toEqual(expect.arrayContaining(['PPAP', 'APQP', 'Calypso']));
    expect(terms(text)).not.toContain('XYZ');
  });

  it('leaves out dictionary skills, ordinary words, months, places, the company and sentence starts', () => {
    const text = [
      'Data Engineer',
      'Acme Analytics',
      '',
      'Requirements',
      '- Python, Kubernetes and AWS Lambda. Python again; Lambda functions in Lambda',
      '- Start in January or March in London, London or Berlin',
      '- Acme Analytics is growing. Acme ships weekly. Design matters: design reviews weekly.',
      '- Strong communication. Strong ownership.',
      '- Salary 100K, 2nd round, Q1 planning, 24x7 support, USA and USA',
    ].join('\n');
    expect(terms(text)).toEqual([]);
  });

  it('ignores URLs and e-mail addresses', () => {
    expect(
      terms('Apply\nSend to jobs@ExampleCorp.io or https://ExampleCorp.io/JobBoard2\n\nRequirements\n- Go'),
    ).toEqual([]);
  });

  it('keeps the list short', () => {
    const many = Array.from({ length: 60 }, (_, i) => `Tool${String.fromCharCode(65 + (i % 26))}${i}x`).join(
      ', ',
    );
    expect(other(`Requirements\n- ${many}`).length).toBe(MAX_OTHER_TERMS);
  });
});
