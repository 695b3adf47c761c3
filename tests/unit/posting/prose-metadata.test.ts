import { describe, expect, it } from 'vitest';
import { proseMetadata, prosePlace } from '../../../src/core/posting/prose-metadata';

describe('proseMetadata', () => {
  it.each([
    ['Harbour Dental is seeking a Dental Nurse to join our friendly team.', 'Dental Nurse', 'Harbour Dental'],
    [
      'At Greenfield Farms, we are looking for an experienced Farm Manager.',
      'Farm Manager',
      'Greenfield Farms',
    ],
    ['We are hiring a Night Care Assistant (m/w/d) for our home.', 'Night Care Assistant', ''],
    ['Nous recherchons un(e) Assistant(e) RH pour notre siège.', 'Assistant(e) RH', ''],
    [
      "Le Groupe Martin recherche pour l'un de ses clients, un industriel de la région, un Soudeur H/F.",
      'Soudeur',
      'Le Groupe Martin',
    ],
    [
      'Die Klinik Nord sucht ab sofort eine Pflegefachkraft (m/w/d) in Vollzeit.',
      'Pflegefachkraft',
      'Die Klinik Nord',
    ],
    ['Buscamos un Técnico de Laboratorio con experiencia.', 'Técnico de Laboratorio', ''],
    [
      'Notre agence Interim Plus de Lyon recrute des nouveaux talents : Préparateur de commandes (H/F)',
      'Préparateur de commandes',
      'Interim Plus',
    ],
  ])('%s', (text, title, company) => {
    expect(proseMetadata(text)).toEqual({ title, company });
  });

  it('reads nothing from a text that announces no job', () => {
    expect(proseMetadata('Our hospital has 300 beds and a busy emergency department.')).toEqual({
      title: '',
      company: '',
    });
  });

  it('refuses a run-on sentence as a title', () => {
    expect(
      proseMetadata(
        'We are looking for someone who likes people and is happy to work weekends and nights and holidays',
      ).title,
    ).toBe('');
  });
});

describe('prosePlace', () => {
  it('reads the place a sentence names', () => {
    expect(prosePlace('Poste situé à Montigny-le-Bretonneux, en intérim.')).toBe('Montigny-le-Bretonneux');
    expect(prosePlace('The role is based in Leeds city centre.')).toBe('Leeds');
    expect(prosePlace('Our teams are spread across the country.')).toBe('');
  });
});
