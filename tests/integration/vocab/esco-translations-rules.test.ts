import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The rules that turn ESCO's French and Spanish labels into spellings of skills the dictionary already
// names in English (scripts/vocab/esco-translations.mjs, romance-words.mjs, merge.mjs), on a few rows
// written here in ESCO's CSV layout. The real ESCO files stay outside the repository.
interface Candidate {
  name: string;
  spellings: string[];
  lookups: string[];
  category: string;
}
interface Def {
  name: string;
  aliases: string[];
  category: string;
  ambiguous?: string[];
}
interface Rules {
  translationCandidates(
    texts: { en: string; fr: string; es: string },
    options: { alternatives: boolean },
  ): Candidate[];
  mergeCandidates(
    existing: Def[],
    sources: { file: string; candidates: Candidate[]; extendOnly?: boolean }[],
    formsOf: (spelling: string) => string[],
  ): { files: Map<string, Def[]> };
}

const load = async (file: string): Promise<Partial<Rules>> =>
  (await import(pathToFileURL(resolve('scripts/vocab', file)).href)) as Partial<Rules>;
const rules = { ...(await load('esco-translations.mjs')), ...(await load('merge.mjs')) } as Rules;

type Row = [uri: string, type: 'knowledge' | 'skill/competence', preferred: string, alternatives?: string];
const csv = (rows: Row[]) =>
  [
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description',
    ...rows.map(
      ([uri, type, preferred, alt = '']) =>
        `KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/${uri},${type},cross-sector,${preferred},"${alt}",`,
    ),
  ].join('\n');

const texts = {
  en: csv([
    ['c1', 'knowledge', 'civil engineering'],
    ['c2', 'knowledge', 'metallurgy'],
    ['c3', 'skill/competence', 'manage projects'],
    ['c4', 'knowledge', 'logistics'],
    ['c5', 'knowledge', 'embedded systems'],
    ['c6', 'knowledge', 'Java', 'Java Posse'],
  ]),
  fr: csv([
    ['c1', 'knowledge', 'génie civil', 'ingénierie civile'],
    ['c2', 'knowledge', 'métallurgie'],
    ['c3', 'skill/competence', 'gérer des projets'],
    ['c4', 'knowledge', 'transport'],
    ['c5', 'knowledge', 'systèmes embarqués'],
    ['c6', 'knowledge', 'Java', 'Java Posse'],
  ]),
  es: csv([
    ['c1', 'knowledge', 'ingeniería civil'],
    ['c2', 'knowledge', 'metalurgia'],
    ['c3', 'skill/competence', 'gestionar proyectos'],
    ['c4', 'knowledge', 'conocer la logística'],
    ['c5', 'knowledge', 'sistemas embebidos'],
    ['c6', 'knowledge', 'Java'],
  ]),
};
const spellingsOf = (candidates: Candidate[]) =>
  Object.fromEntries(candidates.map((c) => [c.name, c.spellings]));

describe('ESCO labels in French and Spanish', () => {
  it('gives each concept its French and Spanish names, found by its English labels', () => {
    const found = rules.translationCandidates(texts, { alternatives: false });
    expect(spellingsOf(found)).toEqual({
      'Civil Engineering': ['génie civil', 'ingeniería civil'],
      Metallurgy: ['métallurgie', 'metalurgia'],
      // The singular too: the matcher derives a plural, never a singular.
      'Embedded Systems': [
        'systèmes embarqués',
        'système embarqué',
        'sistemas embebidos',
        'sistema embebido',
      ],
    });
    expect(found.find((c) => c.name === 'Civil Engineering')?.lookups).toEqual(['civil engineering']);
  });

  it('leaves out infinitive phrases, everyday single words and labels the English file has too', () => {
    const all = rules.translationCandidates(texts, { alternatives: true }).flatMap((c) => c.spellings);
    for (const label of ['gérer des projets', 'gestionar proyectos', 'transport', 'conocer la logística'])
      expect(all).not.toContain(label);
    expect(all).not.toContain('Java Posse');
    expect(all).toContain('ingénierie civile'); // an alternative label, taken only on request
  });
});

describe('joining the translations to the dictionary', () => {
  const formsOf = (s: string) => [s.toLowerCase()];
  const candidate = (name: string, spellings: string[], lookups: string[]): Candidate => ({
    name,
    spellings,
    lookups,
    category: 'knowledge',
  });
  const { files } = rules.mergeCandidates(
    [
      { name: 'Civil Engineering', aliases: [], category: 'engineering' },
      { name: 'Polish', aliases: [], category: 'spoken-language', ambiguous: ['Polish'] },
      { name: 'Data Warehousing', aliases: ['data warehouse'], category: 'data' },
    ],
    [
      {
        file: 'esco-translations.json',
        extendOnly: true,
        candidates: [
          candidate('Civil Engineering', ['génie civil'], ['civil engineering']),
          candidate('Astrophysics', ['astrophysique'], ['astrophysics']),
          candidate('Polish', ['polonais'], ['Polish']),
          candidate('Data Warehouse', ['entrepôt de données'], ['data warehouse']),
          // Found by a French label alone (one an earlier concept gave): not this skill's concept.
          candidate('Database', ['base de données', 'entrepôt de données'], ['database']),
        ],
      },
    ],
    formsOf,
  );

  it('adds spellings under the English name, and no new skill', () => {
    expect(files.get('esco-translations.json')).toEqual([
      { name: 'Civil Engineering', aliases: ['génie civil'], category: 'engineering' },
      { name: 'Data Warehousing', aliases: ['entrepôt de données'], category: 'data' },
    ]);
  });
});
