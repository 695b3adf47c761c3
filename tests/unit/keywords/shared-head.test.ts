import { describe, expect, it } from 'vitest';
import { appMatcher } from './app-dictionary';

const skills = (text: string): string[] => appMatcher.find(text).map((m) => m.skill);

// "X and Y head": both X head and Y head are asked for, when both are skills of the dictionary.
describe('a head shared by two skills', () => {
  it.each([
    ['Own change and incident management for production', ['Change Management', 'Incident Management']],
    ['Design formative and summative assessments', ['Formative Assessment', 'Summative Assessment']],
    ['Write unit and integration tests', ['Unit Testing', 'Integration Testing']],
    ['Strong unit and integration testing habits', ['Unit Testing', 'Integration Testing']],
    ['Front-end and back-end development', ['Frontend Development', 'Backend Development']],
    ['Unit, integration and end-to-end testing', ['Unit Testing', 'Integration Testing']],
  ])('"%s" finds %j', (text, expected) => {
    expect(skills(text)).toEqual(expect.arrayContaining(expected));
  });

  it('highlights the left word as its own skill', () => {
    const text = 'change and incident management';
    const change = appMatcher.find(text).find((m) => m.skill === 'Change Management');
    expect(change && text.slice(change.start, change.end)).toBe('change');
  });

  it.each([
    ['Night and incident management', 'Night Management'],
    ['Weekend and incident management rota', 'Weekend Management'],
  ])('adds nothing when the left phrase is no skill: "%s"', (text, absent) => {
    expect(skills(text)).not.toContain(absent);
    expect(skills(text)).toContain('Incident Management');
  });
});
