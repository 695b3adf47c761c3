// The open data the vocabulary is compiled from, pinned: the public mirror, its commit, the file's path
// there and the sha256 of the file as it was compiled. The build refuses other bytes, so the dictionary
// in resources/skills always says what it came from (resources/skills/OPEN-DATA.md prints this table).
export const SOURCES = {
  technology: {
    title: 'O*NET 29.2 Database, Technology Skills',
    repo: 'nolanbrennan/O-Net-imports',
    commit: 'd939b94000ab6768170033bc2f7e8a06c9529f70',
    path: 'Technology Skills.txt',
    sha256: 'be8444f5fe3ffd1eef6d8c4975a4233829f5e0b1b7b2337c1f433ab2699214a5',
    licence: 'CC BY 4.0',
  },
  tools: {
    title: 'O*NET 29.2 Database, Tools Used',
    repo: 'nolanbrennan/O-Net-imports',
    commit: 'd939b94000ab6768170033bc2f7e8a06c9529f70',
    path: 'Tools Used.txt',
    sha256: '394996c0857da322ae31e5b3b54f3e5abb1de9c42ac0560fe679fae629f4147b',
    licence: 'CC BY 4.0',
  },
  esco: {
    title: 'ESCO skills (English labels, cross-sector and transversal skills)',
    repo: 'MoffApps/Skills',
    commit: '8db814875575457edaed9232267a1cfbc2232e1e',
    path: 'skills_en.csv',
    sha256: '898b54d226a0ccc67558c1d7176832fa3be2ac20cf1870072ff01d42c811e2c9',
    licence: 'European Commission reuse policy (Decision 2011/833/EU), attribution required',
  },
};
