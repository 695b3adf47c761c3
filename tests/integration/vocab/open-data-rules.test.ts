import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The rules `npm run vocab:build` applies to O*NET and ESCO (scripts/vocab/), on small rows written
// here in the sources' own formats: what becomes a skill, what is left out, and how it joins the
// dictionary. The real sources stay outside the repository.
interface Candidate {
  name: string;
  spellings: string[];
  lookups: string[];
  category: string;
  ambiguous?: string[];
}
interface Def {
  name: string;
  aliases: string[];
  category: string;
}
interface Rules {
  technologyCandidates(text: string): Candidate[];
  toolCandidates(text: string): Candidate[];
  escoCandidates(text: string, options: { reuseLevels: Set<string> }): Candidate[];
  mergeCandidates(
    existing: Def[],
    sources: { file: string; candidates: Candidate[] }[],
    formsOf: (spelling: string) => string[],
  ): { files: Map<string, Def[]> };
}

const load = async (file: string): Promise<Partial<Rules>> =>
  (await import(pathToFileURL(resolve('scripts/vocab', file)).href)) as Partial<Rules>;
const rules = {
  ...(await load('onet.mjs')),
  ...(await load('esco.mjs')),
  ...(await load('merge.mjs')),
} as Rules;

const tsv = (header: string, rows: string[][]) => [header, ...rows.map((r) => r.join('\t'))].join('\n');
const technology = (rows: [string, string, string][]) =>
  tsv(
    'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title',
    rows.map((r) => [...r, 'x']),
  );
const names = (candidates: Candidate[]) => candidates.map((c) => c.name);

describe('O*NET Technology Skills', () => {
  const found = rules.technologyCandidates(
    technology([
      ['29-1141.00', 'Epic Systems', '43231500'],
      ['13-2011.00', 'Web browser software', '43233410'],
      ['13-2011.00', 'ESRI ArcGIS software', '43232100'],
      ['15-1252.00', 'Structured query language SQL', '43232300'],
      ['43-4051.00', 'Kronos', '43231500'],
      ['43-4051.00', 'QuickBooks', '43231500'],
      ['27-3031.00', 'Instagram', '43232107'],
    ]),
  );

  it('keeps product names and leaves out descriptions and social networks', () => {
    expect(names(found)).toEqual([
      'Epic Systems',
      'ESRI ArcGIS',
      'Structured query language',
      'Kronos',
      'QuickBooks',
    ]);
  });

  it('keeps an acronym written after its expansion for finding the skill, not as a spelling', () => {
    const sql = found.find((c) => c.name === 'Structured query language');
    expect(sql?.lookups).toContain('SQL');
    expect(sql?.spellings).not.toContain('SQL');
  });

  it('makes a name of one plain word count only with context, not one with a capital inside', () => {
    expect(found.find((c) => c.name === 'Kronos')?.ambiguous).toEqual(['Kronos']);
    expect(found.find((c) => c.name === 'QuickBooks')?.ambiguous).toBeUndefined();
  });
});

describe('O*NET Tools Used', () => {
  const rows: [string, string, string][] = [
    ['53-7051.00', 'Pallet jacks', '24101600'],
    ['53-7062.00', 'Pallet jacks', '24101600'],
    ['47-2031.00', 'Utility knives', '27111500'],
    ['47-2061.00', 'Utility knives', '27111500'],
    ['43-9061.00', 'Laser facsimile machines', '44101500'],
    ['43-9022.00', 'Laser facsimile machines', '44101500'],
    ['51-9111.00', 'Mixers', '23181500'],
    ['51-3092.00', 'Mixers', '23181500'],
    ['53-7051.00', 'Powered industrial trucks', '24101600'],
  ];
  const found = rules.toolCandidates(technology(rows));

  it('names trade equipment in the singular, keeping a plural the matcher would not derive', () => {
    expect(names(found)).toEqual(['Pallet Jack', 'Utility Knife']);
    expect(found[1]?.spellings).toEqual(['Utility knife', 'Utility knives']);
  });

  it('leaves out office equipment, one word alone and a tool only one occupation lists', () => {
    expect(names(found)).not.toContain('Laser Facsimile Machine');
    expect(names(found)).not.toContain('Mixer');
    expect(names(found)).not.toContain('Powered Industrial Truck');
  });
});

describe('ESCO skills', () => {
  const csv = [
    'conceptUri,reuseLevel,preferredLabel,altLabels',
    'u1,cross-sector,identify available services,"design a rehabilitation programme\ndevelop rehabilitation programmes"',
    'u2,cross-sector,develop a rehabilitation programme,"metallurgical science\nscience of metals"',
    'u3,cross-sector,metallurgy,',
    'u4,cross-sector,construction industry,',
    'u5,cross-sector,accounting techniques,',
    'u6,transversal,philosophy,',
  ].join('\n');
  const found = rules.escoCandidates(csv, { reuseLevels: new Set(['cross-sector', 'transversal']) });

  it('keeps knowledge noun phrases and leaves out verb phrases, industries and everyday words', () => {
    expect(names(found)).toEqual(['Metallurgy', 'Accounting Techniques']);
  });

  it('gives alternative labels written on the row before back to the concept they name', () => {
    expect(found[0]?.spellings).toEqual(['metallurgy', 'metallurgical science', 'science of metals']);
  });
});

describe('joining the dictionary', () => {
  const formsOf = (s: string) => {
    const words = s.toLowerCase().split(/[\s-]+/);
    return [words.join(' '), words.join('')];
  };
  const candidate = (name: string, spellings: string[], lookups: string[] = []): Candidate => ({
    name,
    spellings,
    lookups,
    category: 'trades',
  });
  const { files } = rules.mergeCandidates(
    [{ name: 'SQL', aliases: ['Structured Query Language'], category: 'language' }],
    [
      {
        file: 'out.json',
        candidates: [
          candidate(
            'Structured query language',
            ['Structured query language', 'SQL query language'],
            ['SQL'],
          ),
          candidate('Dead Blow Hammer', ['Dead blow hammer']),
          candidate('Dead-blow Hammer', ['Dead-blow hammer']),
        ],
      },
    ],
    formsOf,
  );

  it('adds spellings to a skill the dictionary has, under its name, and never a second skill', () => {
    expect(files.get('out.json')).toEqual([
      { name: 'Dead Blow Hammer', aliases: ['Dead blow hammer'], category: 'trades' },
      { name: 'SQL', aliases: ['SQL query language'], category: 'language' },
    ]);
  });
});

describe('npm run vocab:build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a source that is not the pinned file, naming it and the commit, and writes nothing', () => {
    writeFileSync(join(dir, 'Tools Used.txt'), 'not the O*NET file\n');
    const run = spawnSync(process.execPath, ['scripts/vocab/build-vocab.mjs', '--onet', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Tools Used.txt has sha256');
    expect(run.stderr).toContain('d939b94000ab6768170033bc2f7e8a06c9529f70');
  });
});
