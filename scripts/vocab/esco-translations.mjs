// French and Spanish spellings of skills the dictionary already has, from ESCO's labels in those
// languages. ESCO names one concept in every language under one conceptUri, so a concept whose English
// label the dictionary already spells gives that skill its French and Spanish labels. Only spellings:
// a concept the dictionary does not know is left out (merge.mjs, `extendOnly`), so no new skill comes in.
import Papa from 'papaparse';
import { isUsableRomanceLabel, LANGUAGES, romanceVerbHeads, singularRomanceLabel } from './romance-words.mjs';
import { titleCase } from './words.mjs';

const parse = (text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data;
const labelsOf = (row, alternatives) =>
  [
    row.preferredLabel.trim(),
    ...(alternatives ? (row.altLabels ?? '').split('\n').map((label) => label.trim()) : []),
  ].filter((label) => label !== '');

/**
 * Candidates: { name, spellings, lookups, category }; `lookups` are the English labels that find the
 * dictionary's skill, `spellings` the French and Spanish labels given to it.
 * @param texts { en, fr, es }: the CSV files of ESCO's skills pillar in each language
 * @param alternatives take the alternative labels too, not only the preferred ones
 */
export function translationCandidates(texts, { alternatives }) {
  const english = parse(texts.en);
  const others = LANGUAGES.map((lang) => {
    const rows = parse(texts[lang]);
    return {
      lang,
      heads: romanceVerbHeads(rows, lang),
      byUri: new Map(rows.map((row) => [row.conceptUri, row])),
    };
  });
  const out = [];
  for (const row of english) {
    const lookups = labelsOf(row, true);
    // A label every language file gives the concept ("Java Posse", "Informix 4GL/SQL") is not a
    // translation: the dictionary's English spellings already decide on it.
    const englishLabels = new Set(lookups.map((label) => label.toLowerCase()));
    const spellings = new Set();
    for (const { lang, heads, byUri } of others) {
      const translated = byUri.get(row.conceptUri);
      if (translated === undefined) continue;
      for (const label of labelsOf(translated, alternatives))
        if (!englishLabels.has(label.toLowerCase()) && isUsableRomanceLabel(label, lang, heads)) {
          spellings.add(label);
          const singular = singularRomanceLabel(label, lang);
          if (singular !== undefined) spellings.add(singular);
        }
    }
    if (spellings.size === 0) continue;
    out.push({
      name: titleCase(row.preferredLabel.trim()),
      spellings: [...spellings],
      lookups,
      category: 'knowledge',
      source: 'esco-translations',
    });
  }
  return out;
}
