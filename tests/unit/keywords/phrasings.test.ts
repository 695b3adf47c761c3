import { describe, expect, it } from 'vitest';
import { englishPlural } from '../../../src/core/keywords/phrase-variants';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import type { SkillDefinition } from '../../../src/core/keywords/skill-types';
import { appMatcher } from './app-dictionary';

const defs: SkillDefinition[] = [
  { name: 'Medication Dispensing', aliases: [], category: 'health' },
  { name: 'Guest Room Cleaning', aliases: [], category: 'hospitality' },
  { name: 'Contract Negotiation', aliases: [], category: 'business' },
  { name: 'Inventory Management', aliases: [], category: 'logistics' },
  { name: 'Care Management', aliases: [], category: 'health' },
  { name: 'Managed Care', aliases: [], category: 'health' },
  { name: 'Mechanical Maintenance', aliases: [], category: 'trades' },
];
const matcher = createSkillMatcher(defs);
const found = (text: string) => matcher.find(text).map((m) => `${m.skill}=${text.slice(m.start, m.end)}`);

describe('a task named "<object> <action>" found as a posting writes it', () => {
  it.each([
    ['Dispenses medications to patients', ['Medication Dispensing=Dispenses medications']],
    ['Daily cleaning of guest rooms and corridors', ['Guest Room Cleaning=cleaning of guest rooms']],
    ['You will negotiate contracts with suppliers', ['Contract Negotiation=negotiate contracts']],
    ['Managing the inventory of two stores', ['Inventory Management=Managing the inventory']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves other words alone: no object, another verb, or words between', () => {
    expect(found('We manage well under pressure')).toEqual([]);
    expect(found('Count the inventory every week')).toEqual([]);
    expect(found('negotiate new supplier contracts')).toEqual([]);
    expect(found('maintenance of mechanical systems')).toEqual([]);
  });

  it('never takes another skill\'s own spelling: "managed care" stays Managed Care', () => {
    expect(found('Experience in managed care')).toEqual(['Managed Care=managed care']);
    expect(found('Manages care plans')).toEqual(['Care Management=Manages care']);
  });

  it('works in the shipped dictionary, and can be turned off', () => {
    expect(appMatcher.find('Dispenses medications accurately').length).toBeGreaterThan(0);
    const off = createSkillMatcher(defs, { variants: { phrasings: false } });
    expect(off.find('Dispenses medications to patients')).toEqual([]);
  });

  it('writes the plurals a posting writes', () => {
    expect(['medication', 'delivery', 'process', 'batch', 'day'].map(englishPlural)).toEqual([
      'medications',
      'deliveries',
      'processes',
      'batches',
      'days',
    ]);
  });
});
