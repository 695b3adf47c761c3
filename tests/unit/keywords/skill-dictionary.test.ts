import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/core/errors/app-error';
import {
  findAliasConflicts,
  mergeSkillDictionaries,
  parseSkillDictionary,
} from '../../../src/core/keywords/skill-dictionary';
import { appMatcher, appSkills, readDictionaryParts } from './app-dictionary';

function parseError(data: unknown): AppError {
  try {
    parseSkillDictionary(data, 'cloud.json');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the dictionary to be refused');
}

describe('parseSkillDictionary', () => {
  it('accepts the documented format and trims spellings', () => {
    expect(
      parseSkillDictionary(
        [{ name: ' Go ', aliases: ['Golang'], category: 'language', ambiguous: ['Go'] }],
        'languages.json',
      ),
    ).toEqual([{ name: 'Go', aliases: ['Golang'], category: 'language', ambiguous: ['Go'] }]);
  });

  it('names the file, the entry and the field of a mistake', () => {
    const error = parseError([
      { name: 'AWS', aliases: [], category: 'cloud' },
      { name: 'EC2', aliases: 'Amazon EC2', category: 'cloud' },
    ]);
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^cloud\.json: skill #1 \("EC2"\): aliases /);
    expect(error.details).toMatchObject({ source: 'cloud.json', index: 1, path: ['aliases'] });
  });

  it.each([
    ['not an array', { name: 'AWS' }, /must be a JSON array/],
    ['an empty name', [{ name: '  ', aliases: [], category: 'cloud' }], /#0: name must not be empty/],
    ['an unknown field (a typo)', [{ name: 'AWS', alias: [], aliases: [], category: 'cloud' }], /#0/],
    [
      'a __proto__ key',
      JSON.parse('[{"name":"AWS","aliases":[],"category":"cloud","__proto__":{"x":1}}]'),
      /#0/,
    ],
    ['a bad category', [{ name: 'AWS', aliases: [], category: 'Cloud Stuff' }], /category/],
    [
      'an ambiguous spelling that is not a spelling',
      [{ name: 'Go', aliases: [], category: 'language', ambiguous: ['Golang'] }],
      /ambiguous\.0 "Golang" must also be/,
    ],
    ['a non-object entry', [42], /#0/],
  ])('refuses %s', (_label, data, message) => {
    expect(parseError(data).message).toMatch(message);
  });
});

describe('mergeSkillDictionaries', () => {
  it('joins entries of the same name from several files', () => {
    const merged = mergeSkillDictionaries([
      [{ name: 'Go', aliases: ['Golang'], category: 'language', ambiguous: ['Go'] }],
      [{ name: 'go', aliases: ['Go lang'], category: 'other' }],
    ]);
    expect(merged).toEqual([
      { name: 'Go', aliases: ['Golang', 'go', 'Go lang'], category: 'language', ambiguous: ['Go'] },
    ]);
  });

  it('refuses one spelling for two skills, naming both, however it is cased or spaced', () => {
    const conflict = () =>
      mergeSkillDictionaries([
        [{ name: 'CI/CD', aliases: [], category: 'devops' }],
        [{ name: 'Continuous Delivery', aliases: ['ci / cd'], category: 'devops' }],
      ]);
    expect(conflict).toThrow(/"ci \/ cd" \(CI\/CD \/ Continuous Delivery\)/);
  });
});

describe('the shipped skills dictionary (resources/skills)', () => {
  it('parses, and no spelling belongs to two skills', () => {
    const all = readDictionaryParts().flat();
    expect(findAliasConflicts(all)).toEqual([]);
    expect(appSkills.length).toBeGreaterThanOrEqual(400);
  });

  it('covers software, cloud, DevOps, data, other fields and soft skills', () => {
    const categories = new Set(appSkills.map((s) => s.category));
    for (const category of [
      'language',
      'cloud',
      'devops',
      'data',
      'finance',
      'healthcare',
      'design',
      'marketing',
      'soft',
    ]) {
      expect(categories).toContain(category);
    }
  });

  it.each([
    ['Golang', 'Go'],
    ['K8s', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['Amazon Web Services (AWS)', 'AWS'],
    ['Amazon Web Services', 'AWS'],
    ['CI / CD', 'CI/CD'],
    ['NodeJS', 'Node.js'],
    ['MS Excel', 'Microsoft Excel'],
    ['HAProxy', 'HAProxy'],
    ['nginx', 'Nginx'],
    ['Terraform', 'Terraform'],
    ['Apache Cassandra', 'Cassandra'],
    ['Amazon DynamoDB', 'DynamoDB'],
    ['AWS Lambda', 'AWS Lambda'],
    ['GCP', 'Google Cloud'],
    ['EHR', 'Electronic Health Records'],
    ['Figma', 'Figma'],
    ['SEO', 'SEO'],
    ['GAAP', 'GAAP'],
    ['attention to detail', 'Attention to Detail'],
  ])('reads "%s" as %s', (spelling, skill) => {
    expect(appMatcher.find(spelling).map((m) => m.skill)).toEqual([skill]);
  });

  it('marks the common-word names as ambiguous', () => {
    const ambiguous = new Set(appSkills.flatMap((s) => s.ambiguous ?? []));
    for (const word of [
      'Go',
      'Make',
      'Excel',
      'Swift',
      'Rust',
      'Chef',
      'Spring',
      'Express',
      'Access',
      'Word',
      'R',
      'C',
    ]) {
      expect(ambiguous).toContain(word);
    }
  });
});
