/**
 * A skill word that names a kind of business is the employer's trade, not something asked of the
 * candidate: "recruitment agencies", "the hospitality industry", "a logistics company", and in French or
 * Spanish "agence de recrutement", "secteur de la logistique", "empresa de limpieza". The matcher drops
 * such a mention (the same word elsewhere in the posting still counts).
 */

// The business words that follow the trade in English and German.
const AFTER = new Set([
  'agency',
  'agencies',
  'firm',
  'firms',
  'industry',
  'industries',
  'sector',
  'sectors',
  'company',
  'companies',
  'consultancy',
  'consultancies',
  'market',
  'markets',
  'branche',
  'unternehmen',
]);

// The business words that come before it in French and Spanish, joined by "de", "du", "des", "d'".
const BEFORE = new Set([
  'agence',
  'agences',
  'cabinet',
  'entreprise',
  'entreprises',
  'société',
  'secteur',
  'industrie',
  'agencia',
  'agencias',
  'empresa',
  'empresas',
  'sector',
  'industria',
]);
const JOINS = new Set([
  'de',
  'du',
  'des',
  'del',
  'la',
  'las',
  'los',
  'le',
  'les',
  "d'",
  'l',
  "l'",
  'd',
  '’',
  "'",
]);

/** True when the tokens around a mention (lower-cased, same line) name a business of that trade. */
export function namesABusiness(before: readonly string[], after: string | undefined): boolean {
  if (after !== undefined && AFTER.has(after)) return true;
  // Walk back over the joining words ("secteur de la", "agence d'") to the business word, if any.
  let i = before.length - 1;
  let joins = 0;
  while (i >= 0 && JOINS.has(before[i] ?? '')) {
    i--;
    joins++;
  }
  return joins > 0 && i >= 0 && BEFORE.has(before[i] ?? '');
}
