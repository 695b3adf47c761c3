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
  // The three files of one ESCO release, joined by conceptUri (scripts/vocab/esco-translations.mjs).
  translationsEn: {
    title: 'ESCO skills, English (US) labels: finds the dictionary skill a concept names',
    repo: 'emanuellandell/public',
    commit: 'd2764d58d0a3a5ec5a0f5145fc6c2a72c6923d8e',
    path: 'skills_en-us.csv',
    sha256: 'aa91785d6d4eb2ebd698741aeb39ebf6e44c1b4e7d034be7e19896c554dc739a',
    licence: 'European Commission reuse policy (Decision 2011/833/EU), attribution required',
  },
  translationsFr: {
    title: 'ESCO skills, French labels',
    repo: 'emanuellandell/public',
    commit: 'd2764d58d0a3a5ec5a0f5145fc6c2a72c6923d8e',
    path: 'skills_fr.csv',
    sha256: 'db49d0fb2940c67940b2c2188035f8ec7948d271bb8ece87c0e79df3eb500fd0',
    licence: 'European Commission reuse policy (Decision 2011/833/EU), attribution required',
  },
  translationsEs: {
    title: 'ESCO skills, Spanish labels',
    repo: 'emanuellandell/public',
    commit: 'd2764d58d0a3a5ec5a0f5145fc6c2a72c6923d8e',
    path: 'skills_es.csv',
    sha256: 'af5884d873ae08a99c449e335a65f274e19be90feb679a6b3eea799afdb10977',
    licence: 'European Commission reuse policy (Decision 2011/833/EU), attribution required',
  },
};

/** The generated dictionary files, by the id `--only` names them with, and the sources each is read from. */
export const OUTPUTS = {
  technology: 'onet-technology.json',
  tools: 'onet-tools.json',
  esco: 'esco-knowledge.json',
  translations: 'esco-translations.json',
};
export const INPUTS = {
  technology: ['technology'],
  tools: ['tools'],
  esco: ['esco'],
  translations: ['translationsEn', 'translationsFr', 'translationsEs'],
};

/** The command-line option that names the checkout a source is read from. */
export const FLAG_OF = {
  technology: 'onet',
  tools: 'onet',
  esco: 'esco',
  translationsEn: 'esco-labels',
  translationsFr: 'esco-labels',
  translationsEs: 'esco-labels',
};
