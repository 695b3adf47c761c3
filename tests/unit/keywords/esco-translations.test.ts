import { describe, expect, it } from 'vitest';
import { appMatcher } from './app-dictionary';

// resources/skills/esco-translations.json: ESCO's French and Spanish names of skills the dictionary
// names in English. Each pair is the skill reported and the words it was read from.
const found = (text: string): string[] =>
  appMatcher.find(text).map((m) => `${m.skill}=${text.slice(m.start, m.end)}`);

describe('French and Spanish names of dictionary skills, from ESCO', () => {
  it.each([
    [
      'Formation en génie civil ou en métallurgie, connaissance des systèmes embarqués.',
      ['Civil Engineering=génie civil', 'Metallurgy=métallurgie', 'Embedded Systems=systèmes embarqués'],
    ],
    [
      'Se valorará ingeniería civil, metalurgia y experiencia en fibra óptica.',
      ['Civil Engineering=ingeniería civil', 'Metallurgy=metalurgia', 'Fiber Optics=fibra óptica'],
    ],
    // ESCO writes the plural; the singular is listed with it.
    ['Maîtrise d’un système embarqué temps réel.', ['Embedded Systems=système embarqué']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
