import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSkillMatcher } from '../../../src/core/keywords/skill-matcher';
import type { SkillDefinition, SkillMatch } from '../../../src/core/keywords/skill-types';
import { appMatcher } from './app-dictionary';

function found(text: string, matches: SkillMatch[]): string[] {
  return matches.map((m) => `${m.skill}=${text.slice(m.start, m.end)}`);
}

function find(text: string): string[] {
  return found(text, appMatcher.find(text));
}

const skills = (text: string): string[] => appMatcher.find(text).map((m) => m.skill);

describe('skill matcher: tech names survive tokenization', () => {
  it.each([
    ['Java, C++, C#, F# and .NET', ['Java=Java', 'C++=C++', 'C#=C#', 'F#=F#', '.NET=.NET']],
    [
      'Node.js, Node JS, NodeJS, node-js',
      ['Node.js=Node.js', 'Node.js=Node JS', 'Node.js=NodeJS', 'Node.js=node-js'],
    ],
    ['CI/CD and CI / CD pipelines', ['CI/CD=CI/CD', 'CI/CD=CI / CD']],
    [
      'ASP.NET MVC on TCP/IP, PL/SQL and R&D',
      ['ASP.NET=ASP.NET MVC', 'TCP/IP=TCP/IP', 'PL/SQL=PL/SQL', 'Research and Development=R&D'],
    ],
    ['Amazon Web Services (AWS) and AWS Lambda', ['AWS=Amazon Web Services (AWS)', 'AWS Lambda=AWS Lambda']],
    [
      'Golang, K8s, Postgres, MS Excel',
      ['Go=Golang', 'Kubernetes=K8s', 'PostgreSQL=Postgres', 'Microsoft Excel=MS Excel'],
    ],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('never reads C++, C# or .NET as the C language', () => {
    expect(skills('Strong C++ and C# on .NET')).toEqual(['C++', 'C#', '.NET']);
    expect(skills('Strong C++ and C# on .NET')).not.toContain('C');
  });

  it('prefers the longest spelling: "Spring Boot" over "Spring", "AWS Lambda" over "AWS"', () => {
    expect(find('Spring Boot microservices on AWS Lambda')).toEqual([
      'Spring Boot=Spring Boot',
      'Microservices=microservices',
      'AWS Lambda=AWS Lambda',
    ]);
  });

  it('matches regardless of case for ordinary spellings, and plurals of the last word', () => {
    expect(find('KUBERNETES, terraform and REST APIs')).toEqual([
      'Kubernetes=KUBERNETES',
      'Terraform=terraform',
      'REST APIs=REST APIs',
    ]);
  });

  it('takes the plural of an acronym only in capitals: "SENs" and "APIs", not the word "Sens"', () => {
    const matcher = createSkillMatcher([
      { name: 'Special Education', aliases: ['SEN'], category: 'education' },
      { name: 'Web API', aliases: ['API'], category: 'backend' },
    ]);
    expect(matcher.find('SENs and APIs').map((m) => m.skill)).toEqual(['Special Education', 'Web API']);
    expect(matcher.find('Sens de la typographie, des apis')).toEqual([]);
  });

  it('reads an acronym as the first part of a hyphenated word only in capitals, as the dictionary writes it', () => {
    const matcher = createSkillMatcher([
      { name: 'Business Intelligence', aliases: ['BI'], category: 'data' },
      { name: 'ICD-10', aliases: [], category: 'healthcare' },
      // Written in lower case too, so no acronym: "scrum-based" is Scrum.
      { name: 'Scrum', aliases: ['SCRUM'], category: 'practices' },
    ]);
    const names = (text: string): string[] => matcher.find(text).map((m) => m.skill);
    expect(names('bi-weekly and Bi-weekly meetings')).toEqual([]);
    expect(names('BI-driven reporting, ICD-10-CM coding')).toEqual(['Business Intelligence', 'ICD-10']);
    expect(names('icd-10-cm')).toEqual([]);
    // Not a hyphenated word: a dash between items, a hyphen before digits, the acronym alone.
    expect(names('BI - reporting, BI-2024, BI')).toEqual([
      'Business Intelligence',
      'Business Intelligence',
      'Business Intelligence',
    ]);
    expect(names('scrum-based teams')).toEqual(['Scrum']);
  });

  it('reads a one-word acronym not written in capitals as a word, unless a cue or a list says skill', () => {
    const matcher = createSkillMatcher([
      { name: 'PAYE', aliases: [], category: 'hr' },
      { name: 'SQL', aliases: [], category: 'database' },
      { name: 'Python', aliases: [], category: 'language' },
    ]);
    const names = (text: string): string[] => matcher.find(text).map((m) => m.skill);
    expect(names('Acompte de paye à la semaine si besoin')).toEqual([]);
    expect(names('Paye et avantages : voir ci-dessous')).toEqual([]);
    expect(names('Run the monthly PAYE and Paye returns')).toEqual(['PAYE', 'PAYE']);
    expect(names('Stack: python, sql')).toEqual(['Python', 'SQL']);
    expect(names('experience with sql is needed')).toEqual(['SQL']);
  });

  it('does not match inside longer words', () => {
    expect(skills('Javanese gourmets and Gopher mascots')).toEqual([]);
  });
});

describe('skill matcher: ambiguous words need context', () => {
  it('finds Go the language in tech context', () => {
    expect(skills('Services written in Go.')).toEqual(['Go']);
    expect(skills('We use Go, Python and Rust')).toEqual(['Go', 'Python', 'Rust']);
    expect(skills('Python and Go')).toEqual(['Python', 'Go']);
    expect(skills('Senior Go developer')).toEqual(['Go']);
    expect(skills('Skills\nDocker\nGo\nSwift\n')).toEqual(['Docker', 'Go', 'Swift']);
  });

  it('ignores go the verb and other ordinary readings', () => {
    expect(skills('We go above and beyond')).toEqual([]);
    // "Go-to-Market Strategy" may be a skill of its own; "Go" the language it is not.
    expect(skills('Go to market strategy, go-getter attitude')).not.toContain('Go');
    expect(skills('Go above and beyond for customers')).toEqual([]);
    expect(skills('Make sure you excel at rust removal; Swift delivery, Spring cleaning')).toEqual([]);
    expect(skills('Access to the office; Word of mouth; the rest of the team')).toEqual([]);
  });

  it('needs the exact capitalisation: "go" lower-case next to Python is still the verb', () => {
    expect(skills('Python, go')).toEqual(['Python']);
  });

  it('takes "Lambda" as AWS Lambda in a list of AWS services but not lambda in prose', () => {
    expect(skills('services such as ECS, Lambda, DynamoDB')).toEqual(['ECS', 'AWS Lambda', 'DynamoDB']);
    expect(skills('a lambda expression')).toEqual([]);
  });

  it('accepts a line made only of skill names even when all of them are ambiguous', () => {
    expect(skills('- Rust and Go\n- Word, Excel')).toEqual([
      'Rust',
      'Go',
      'Microsoft Word',
      'Microsoft Excel',
    ]);
    expect(skills('Go\n\nMake it so')).toEqual([]);
  });

  it('confirms a whole list of ambiguous names from one plain name at either end', () => {
    expect(skills('Go, Rust, Swift, Dart, Python')).toEqual(['Go', 'Rust', 'Swift', 'Dart', 'Python']);
    expect(skills('Python, Go, Rust, Swift, Dart')).toEqual(['Python', 'Go', 'Rust', 'Swift', 'Dart']);
  });

  it('reads "Excel" as Microsoft Excel only with a cue', () => {
    expect(skills('Advanced Excel and SQL')).toEqual(['Microsoft Excel', 'SQL']);
    expect(skills('Excel macros')).toEqual(['Microsoft Excel']);
    expect(skills('You will Excel here')).toEqual([]);
  });
});

describe('skill matcher: offsets land on the original characters', () => {
  it('with zero-width characters, NFD accents, full-width letters and emoji around', () => {
    const text = '🚀 Pyth\u200Bon, ＫＵＢＥＲＮＥＴＥＳ and Node\u00AD.js 👩‍💻 Pokémon Postgre\u0301s';
    const matches = appMatcher.find(text);
    expect(found(text, matches)).toEqual([
      'Python=Pyth\u200Bon',
      'Kubernetes=ＫＵＢＥＲＮＥＴＥＳ',
      'Node.js=Node\u00AD.js',
    ]);
    const accents = 'Résumé: cafe\u0301 Go, Rust, Pyth\u200Bon';
    expect(found(accents, appMatcher.find(accents))).toEqual(['Go=Go', 'Rust=Rust', 'Python=Pyth\u200Bon']);
  });

  it('finds skills hidden by bidi overrides and reports the visible range', () => {
    const text = 'Experience with \u202ETerraform\u202C and \u2066Ansible\u2069';
    expect(found(text, appMatcher.find(text))).toEqual(['Terraform=Terraform', 'Ansible=Ansible']);
  });

  it('keeps combining marks with their letter (an accented alias matches only accented text)', () => {
    const matcher = createSkillMatcher([{ name: 'Café', aliases: [], category: 'test' }]);
    expect(matcher.find('Cafe\u0301 and Café').map((m) => [m.start, m.end])).toEqual([
      [0, 5],
      [10, 14],
    ]);
    expect(matcher.find('Cafe')).toEqual([]);
  });
});

describe('skill matcher: hostile aliases and text', () => {
  const hostile: SkillDefinition[] = [
    { name: '(a+)+$', aliases: ['.*', '[a-z]'], category: 'test' },
    { name: 'a', aliases: [], category: 'test' },
  ];

  it('matches regex metacharacters literally', () => {
    const matcher = createSkillMatcher(hostile);
    const text = 'x (a+)+$ y .* z [a-z] aaaa';
    expect(found(text, matcher.find(text))).toEqual(['(a+)+$=(a+)+$', '(a+)+$=.*', '(a+)+$=[a-z]']);
  });

  // How long this takes is measured by `npm run bench`; here, that the answer is right.
  it('finds the one literal mention in text built to make regex engines backtrack', () => {
    const matcher = createSkillMatcher(hostile);
    const noise = '(a+'.repeat(50_000);
    const text = `${noise} (a+)+$!`;
    const matches = found(text, matcher.find(text));
    // Each "a" of the noise is the skill "a", read literally; then the one real mention, whole.
    expect(matches).toHaveLength(50_001);
    expect(new Set(matches.slice(0, -1))).toEqual(new Set(['a=a']));
    expect(matches.at(-1)).toBe('(a+)+$=(a+)+$');
  });

  it('resolves every name of a long list of ambiguous names', () => {
    const text = `${'Go, '.repeat(20_000)}Python`;
    const matches = appMatcher.find(text);
    expect(matches).toHaveLength(20_001);
  });
});

describe('skill matcher: options', () => {
  const defs: SkillDefinition[] = [
    { name: 'Node.js', aliases: [], category: 'backend' },
    { name: 'REST API', aliases: [], category: 'backend' },
  ];

  it('separator variants and plurals are on by default and can be turned off', () => {
    const text = 'NodeJS and REST APIs';
    expect(createSkillMatcher(defs).find(text)).toHaveLength(2);
    expect(createSkillMatcher(defs, { variants: { separators: false, plurals: false } }).find(text)).toEqual(
      [],
    );
  });

  it('accepts extra synonyms for known skills and refuses synonyms for unknown ones', () => {
    const matcher = createSkillMatcher(defs, { synonyms: { Nodey: 'node.js' } });
    expect(matcher.find('Nodey').map((m) => m.skill)).toEqual(['Node.js']);
    expect(() => createSkillMatcher(defs, { synonyms: { x: 'Nope' } })).toThrow(/not a known skill/);
  });

  it('uses the given ambiguity cues', () => {
    const goDefs: SkillDefinition[] = [{ name: 'Go', aliases: [], category: 'language', ambiguous: ['Go'] }];
    expect(createSkillMatcher(goDefs).find('Go gophers')).toEqual([]);
    const custom = createSkillMatcher(goDefs, {
      ambiguityCues: { before: [], after: ['gophers'], listSeparators: [] },
    });
    expect(custom.find('Go gophers')).toHaveLength(1);
  });

  it("uses cue words given for one category on that category's ambiguous spellings only", () => {
    const defs: SkillDefinition[] = [
      { name: 'Go', aliases: [], category: 'language', ambiguous: ['Go'] },
      { name: 'Polish', aliases: [], category: 'spoken-language', ambiguous: ['Polish'] },
    ];
    const matcher = createSkillMatcher(defs, {
      ambiguityCues: {
        before: [],
        after: [],
        listSeparators: [],
        byCategory: { 'spoken-language': { before: ['native'], after: ['speaker'] } },
      },
    });
    const names = (text: string): string[] => matcher.find(text).map((m) => m.skill);
    expect(names('native Polish, Polish speaker, Polish-speaker')).toEqual(['Polish', 'Polish', 'Polish']);
    expect(names('native Go, Go speaker, a Polish company')).toEqual([]);
  });

  it('counts the spellings it knows', () => {
    expect(createSkillMatcher(defs).aliasCount).toBe(2);
    expect(appMatcher.aliasCount).toBeGreaterThan(1000);
  });
});

describe('skill matcher: the spellings a posting actually uses', () => {
  it.each([
    ['CI / CD', 'CI/CD'],
    ['Node JS', 'Node.js'],
    ['K8s', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['MS Excel', 'Microsoft Excel'],
    ['Amazon Web Services (AWS)', 'AWS'],
  ])('finds "%s" as %s, highlighting the whole spelling', (spelling, skill) => {
    const text = `Experience with ${spelling} daily`;
    expect(found(text, appMatcher.find(text))).toEqual([`${skill}=${spelling}`]);
  });

  it('reads HTML character references in pasted text and highlights the reference as written', () => {
    const text = 'R&amp;D in C&#43;&#43; and Node&#x2E;js&nbsp;services';
    expect(found(text, appMatcher.find(text))).toEqual([
      'Research and Development=R&amp;D',
      'C++=C&#43;&#43;',
      'Node.js=Node&#x2E;js',
    ]);
  });

  it('leaves an ampersand that starts no reference alone', () => {
    expect(skills('Tom & Jerry &bogus; &amp Python')).toEqual(['Python']);
  });
});

describe('skill matcher: extra skills (the user dictionary)', () => {
  const bundled: SkillDefinition[] = [
    { name: 'Go', aliases: ['Golang'], category: 'language', ambiguous: ['Go'] },
    { name: 'Node.js', aliases: ['NodeJS'], category: 'backend' },
  ];

  it('adds new skills on top of the bundled ones', () => {
    const matcher = createSkillMatcher(bundled, {
      extraSkills: [{ name: 'Kinesis Firehose', aliases: ['Firehose'], category: 'user' }],
    });
    expect(matcher.find('Golang and Firehose, Kinesis Firehose').map((m) => m.skill)).toEqual([
      'Go',
      'Kinesis Firehose',
      'Kinesis Firehose',
    ]);
  });

  it('merges an entry named like a bundled skill into it, whatever its case', () => {
    const matcher = createSkillMatcher(bundled, {
      extraSkills: [{ name: 'node.js', aliases: ['Nodey'], category: 'user' }],
    });
    expect(matcher.find('Nodey').map((m) => [m.skill, m.category])).toEqual([['Node.js', 'backend']]);
  });

  it('ignores a spelling that already names another skill instead of throwing', () => {
    const matcher = createSkillMatcher(bundled, {
      extraSkills: [
        { name: 'Golang', aliases: [], category: 'user' },
        { name: 'Node', aliases: ['node-js'], category: 'user' },
      ],
    });
    expect(matcher.find('Golang, node-js and Node').map((m) => m.skill)).toEqual(['Go', 'Node.js', 'Node']);
  });

  it('keeps the caution on a bundled ambiguous word the user adds again', () => {
    const matcher = createSkillMatcher(bundled, {
      extraSkills: [{ name: 'Go', aliases: [], category: 'user' }],
    });
    expect(matcher.find('We go above and beyond')).toEqual([]);
  });
});

describe('skill matcher: skillOf', () => {
  it('names the skill a spelling stands for on its own, context aside', () => {
    expect(appMatcher.skillOf('golang')).toBe('Go');
    expect(appMatcher.skillOf('Lambda')).toBe('AWS Lambda');
    expect(appMatcher.skillOf('K8s')).toBe('Kubernetes');
  });

  it('is undefined for unknown terms and for text longer than a spelling', () => {
    expect(appMatcher.skillOf('Frobnicator')).toBeUndefined();
    expect(appMatcher.skillOf('Kubernetes clusters')).toBeUndefined();
    expect(appMatcher.skillOf('')).toBeUndefined();
  });
});

describe('skill matcher: properties over arbitrary text', () => {
  const words = fc.constantFrom(
    'Go',
    'go',
    'C++',
    'C',
    '#',
    '.NET',
    'Python',
    ' ',
    ', ',
    '\n',
    '\u200B',
    '\u202E',
    'e\u0301',
    '😀',
    '\uD800',
    'ＡＷＳ',
    'Lambda',
    'AWS',
    '/',
    'CI',
    'CD',
    '(',
    ')',
    'Excel',
    'in',
  );
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.array(words, { maxLength: 60 }).map((w) => w.join('')),
  );

  it('never throws, and matches are in bounds, sorted, non-overlapping and on code point boundaries', () => {
    fc.assert(
      fc.property(texts, (text) => {
        let lastEnd = 0;
        for (const match of appMatcher.find(text)) {
          expect(match.start).toBeGreaterThanOrEqual(lastEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          for (const edge of [match.start, match.end]) {
            const before = text.charCodeAt(edge - 1);
            const after = text.charCodeAt(edge);
            expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
          }
          lastEnd = match.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same skills when invisible characters are sprinkled into the text', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.integer({ min: 0, max: 1000 }), (parts, seed) => {
        const text = parts.filter((p) => p !== '\u200B' && p !== '\u202E' && p !== '\uD800').join('');
        const noisy = [...text].map((ch, i) => ((i * 7 + seed) % 5 === 0 ? `\u200B${ch}` : ch)).join('');
        expect(appMatcher.find(noisy).map((m) => m.skill)).toEqual(appMatcher.find(text).map((m) => m.skill));
      }),
      { numRuns: 200 },
    );
  });
});
