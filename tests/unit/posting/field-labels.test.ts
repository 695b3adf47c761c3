import { describe, expect, it } from 'vitest';
import { labelAlone, labelledFields } from '../../../src/core/posting/field-labels';

describe('labelledFields', () => {
  it('splits a fact line into its fields, each value ending at the next label', () => {
    expect(labelledFields('Role: Tax Senior Location: Bristol Salary: Up to 40K')).toEqual([
      { kind: 'title', value: 'Tax Senior' },
      { kind: 'location', value: 'Bristol' },
      { kind: 'other', value: 'Up to 40K' },
    ]);
  });

  it('reads French, German and Spanish labels, and table cells separated by two spaces', () => {
    expect(labelledFields('Lieu de travail  Nantes')).toEqual([{ kind: 'location', value: 'Nantes' }]);
    expect(labelledFields('Intitulé du poste : Aide-soignant')).toEqual([
      { kind: 'title', value: 'Aide-soignant' },
    ]);
    expect(labelledFields('Arbeitsort: Hannover')).toEqual([{ kind: 'location', value: 'Hannover' }]);
    expect(labelledFields('Empresa: Truyol S.A.')).toEqual([{ kind: 'company', value: 'Truyol S.A.' }]);
  });

  it('reads a fact written as a list item', () => {
    expect(labelledFields('-\tLocalisation : Paris')).toEqual([{ kind: 'location', value: 'Paris' }]);
    expect(labelledFields('• Zona de trabajo: Valencia')).toEqual([{ kind: 'location', value: 'Valencia' }]);
  });

  it('leaves prose alone: a label must start the line', () => {
    expect(labelledFields('In this role: you will manage the ward')).toEqual([]);
    expect(labelledFields('The location is Leeds')).toEqual([]);
  });

  it('knows a label alone on its line', () => {
    expect(labelAlone('Location:')).toBe('location');
    expect(labelAlone('Lieu de travail')).toBe('location');
    expect(labelAlone('Location: Leeds')).toBeUndefined();
  });
});
