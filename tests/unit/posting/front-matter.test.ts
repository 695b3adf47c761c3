import { describe, expect, it } from 'vitest';
import { frontMatterMetadata } from '../../../src/core/posting/front-matter';
import { pasteToText } from '../../../src/core/posting/paste-to-text';
import { analyzePosting } from '../../../src/core/posting/analyze-posting';
import { appMatcher } from '../keywords/app-dictionary';

describe('frontMatterMetadata', () => {
  it('reads title, company and location keys of YAML front matter, without gender marks or quotes', () => {
    const page =
      '---\nlayout: job\njob_title: "Dipl. Pflegefachkraft (m/w/d) – Nachtdienst"\nEmployer: Haus am See\n' +
      'city: Lübeck\nintro: >-\n  Wir suchen Verstärkung.\n---\n\n## Aufgaben\n- Grundpflege';
    expect(frontMatterMetadata(page)).toEqual({
      title: 'Dipl. Pflegefachkraft – Nachtdienst',
      company: 'Haus am See',
      location: 'Lübeck',
      titleSource: 'front-matter',
    });
  });

  it('prefers a title key to a contact person\'s "position", and reads TOML', () => {
    const yaml = '---\nposition: "Head of HR"\ntitel: "Stationsleitung"\n---\nText';
    expect(frontMatterMetadata(yaml)?.title).toBe('Stationsleitung');
    const toml = '+++\ntitle = "Site Electrician"\nlocation = "Derby"\n+++\nBody';
    expect(frontMatterMetadata(toml)).toMatchObject({ title: 'Site Electrician', location: 'Derby' });
  });

  it('reads nothing from a text without front matter or with an unclosed one', () => {
    expect(frontMatterMetadata('Title: Nurse\nWe are hiring.')).toBeUndefined();
    expect(frontMatterMetadata('---\ntitle: Nurse\nno closing fence')).toBeUndefined();
  });

  it('gives the posting its front-matter title even where a sentence in the text names another', () => {
    const page =
      '---\ntitle: "Exam. Pflegefachkraft (m/w/d)"\n---\nDie Praxis Nord sucht eine Arzthelferin.\n';
    const { text, stated } = pasteToText(page);
    expect(analyzePosting(text, appMatcher, stated).title).toBe('Exam. Pflegefachkraft');
  });
});
