import { describe, expect, it } from 'vitest';
import { appMatcher } from './app-dictionary';

const skills = (text: string): string[] => appMatcher.find(text).map((m) => m.skill);

describe("the employer's trade is not a skill asked for", () => {
  it.each([
    'You will build relationships with recruitment agencies across the north.',
    'Ten years in the hospitality industry.',
    'Rejoignez une agence de recrutement à Lyon.',
    'Empresa de reclutamiento con sede en Madrid.',
  ])('%s', (text) => {
    expect(skills(text)).not.toContain('Recruiting');
    expect(skills(text)).not.toContain('Hospitality Management');
  });

  it('still reads the same word when it is asked for', () => {
    expect(skills('Experience in recruitment and onboarding of new staff.')).toContain('Recruiting');
    expect(skills('Vous gérez le recrutement des saisonniers.')).toContain('Recruiting');
  });

  it('reads a French contract type as no skill: "CDI", "Contrat de travail : CDD"', () => {
    expect(skills('Type de contrat : CDI, temps plein')).toEqual([]);
    expect(skills('Contrat de travail non aidé')).toEqual([]);
    expect(skills('Rédaction des contrats de travail et des avenants')).toContain('Employment Contracts');
  });

  it('reads the French and Spanish everyday words as words: "Localisation : Lyon", "personas"', () => {
    expect(skills('Localisation : Lyon 3e')).toEqual([]);
    expect(skills('Buscamos personas con experiencia en ventas.')).toEqual([]);
    expect(skills('Build user personas and journey maps.')).toContain('Personas');
  });
});
