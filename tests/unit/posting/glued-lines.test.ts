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
