// Joins the selected candidates with the hand-written dictionary. One spelling belongs to one skill:
// a candidate any of whose spellings (or lookup forms) the dictionary already has becomes more spellings
// of that skill, under its canonical name; one that points to two skills is left out; the rest become
// new skills, unless the source only gives spellings (`extendOnly`: the ESCO translations), whose
// candidates without an owner are left out. Earlier sources win a spelling over later ones (technology,
// tools, ESCO, then the ESCO translations).

/**
 * @param existing the hand-written dictionary, merged
 * @param sources [{ file, candidates, extendOnly }] in priority order
 * @param formsOf the token sequences the matcher finds a spelling as, its own first
 * @returns { files: Map<file, defs>, stats }
 */
const MAX_SPELLING = 80;

export function mergeCandidates(existing, sources, formsOf) {
  const owner = new Map();
  const byName = new Map(existing.map((def) => [def.name, def]));
  const own = (spelling, name) => {
    for (const form of formsOf(spelling)) if (!owner.has(form)) owner.set(form, name);
  };
  const ownersOf = (spelling) => formsOf(spelling).map((form) => owner.get(form));
  const isFree = (spelling) => {
    const forms = formsOf(spelling);
    return forms.length > 0 && forms.every((form) => !owner.has(form));
  };
  for (const def of existing) for (const spelling of [def.name, ...def.aliases]) own(spelling, def.name);

  const files = new Map();
  const stats = {};
  for (const { file, candidates, extendOnly = false } of sources) {
    const created = new Map();
    const extended = new Map();
    const count = {
      candidates: candidates.length,
      created: 0,
      extended: 0,
      spellingsAdded: 0,
      conflicting: 0,
    };
    for (const candidate of candidates) {
      // The dictionary's limit on one spelling; longer ones are descriptions, not names.
      candidate.spellings = candidate.spellings.filter((s) => s.length <= MAX_SPELLING);
      if (candidate.name.length > MAX_SPELLING || candidate.spellings.length === 0) continue;
      const forms = [...candidate.spellings, ...candidate.lookups];
      // A translation names its skill through its English labels alone: found through a French label
      // an earlier concept gave a skill ("entrepôt de données"), "base de données" went to Data Warehousing.
      const owners = new Set(
        (extendOnly ? candidate.lookups : forms).flatMap(ownersOf).filter((o) => o !== undefined),
      );
      if (owners.size > 1) {
        count.conflicting++;
        continue;
      }
      const fresh = candidate.spellings.filter(isFree);
      const [target] = owners;
      if (target === undefined && extendOnly) continue;
      if (target === undefined) {
        const def = { name: candidate.name, aliases: [], category: candidate.category };
        if (candidate.ambiguous) def.ambiguous = candidate.ambiguous;
        created.set(candidate.name, def);
        for (const s of fresh) {
          // Checked again: an earlier spelling of this candidate may have taken its forms already.
          if (s !== def.name && isFree(s) && def.aliases.length < 50) def.aliases.push(s);
          own(s, def.name);
        }
        count.created++;
        continue;
      }
      if (fresh.length === 0) continue;
      // A skill created from this very source takes the spellings into its own entry.
      const base = created.get(target);
      const known = byName.get(target);
      // A skill found through a spelling it marks as an ordinary word ("Polish") takes no translations
      // from it: they are likely ordinary words too ("polonais", "polaco"). The other sources check their
      // own spellings only, as when onet-tools.json was measured.
      const guarded = extendOnly ? forms : candidate.spellings;
      if (known?.ambiguous?.some((a) => guarded.includes(a))) continue;
      const entry =
        base ??
        extended.get(target) ??
        extended
          .set(target, { name: target, aliases: [], category: known?.category ?? candidate.category })
          .get(target);
      for (const s of fresh) {
        if (entry.aliases.length >= 50) break;
        if (!isFree(s)) continue;
        entry.aliases.push(s);
        own(s, target);
        count.spellingsAdded++;
      }
      if (base === undefined) count.extended = extended.size;
    }
    files.set(file, [...created.values(), ...extended.values()]);
    stats[file] = count;
  }
  return { files, stats };
}
