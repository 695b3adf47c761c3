import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { normalizeForMatching } from './matching-text';
import type { SkillDefinition } from './skill-types';
import { tokenizeTechText } from './tokenize';

const SPELLING_MAX = 80;

const SpellingSchema = z.string().trim().min(1, 'must not be empty').max(SPELLING_MAX);

/** One entry of resources/skills/*.json (the format is documented in resources/skills/README.md). */
export const SkillDefinitionSchema = z
  .strictObject({
    name: SpellingSchema,
    aliases: z.array(SpellingSchema).max(50),
    category: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lower-case word like "cloud" or "soft"'),
    ambiguous: z.array(SpellingSchema).max(20).optional(),
    shares: z.array(SpellingSchema).max(20).optional(),
    context: z
      .strictObject({
        categories: z.array(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lower-case word')).max(20),
        words: z
          .array(z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}'’]*$/u, 'must be one lower-case word'))
          .max(50),
      })
      .partial()
      .optional(),
  })
  .superRefine((def, ctx) => {
    const spellings = new Set([def.name, ...def.aliases]);
    (def.ambiguous ?? []).forEach((form, i) => {
      if (!spellings.has(form)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ambiguous', i],
          message: `"${form}" must also be the name or one of the aliases`,
        });
      }
    });
  });

/**
 * Checks one dictionary file's parsed JSON. Throws an `invalid-input` AppError naming the file, the entry
 * index and the field, so whoever edits the data can find the mistake.
 */
export function parseSkillDictionary(data: unknown, source: string): SkillDefinition[] {
  if (!Array.isArray(data)) {
    throw new AppError('invalid-input', `${source}: a skills file must be a JSON array of skills.`, {
      source,
    });
  }
  return data.map((item: unknown, index) => {
    const parsed = SkillDefinitionSchema.safeParse(item);
    if (parsed.success) {
      const { name, aliases, category, ambiguous, shares, context } = parsed.data;
      return {
        name,
        aliases,
        category,
        ...(ambiguous && { ambiguous }),
        ...(shares && { shares }),
        ...(context && { context }),
      };
    }
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const name: unknown =
      typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
    const label = typeof name === 'string' && name.trim() !== '' ? ` ("${name.trim()}")` : '';
    throw new AppError(
      'invalid-input',
      `${source}: skill #${index}${label}: ${field === '' ? '' : `${field} `}${issue?.message ?? 'is not valid'}.`,
      { source, index, path: issue?.path ?? [] },
    );
  });
}

/** The key two spellings share when the matcher cannot tell them apart ("Go" and "go", "CI / CD" and "CI/CD"). */
export function spellingKey(spelling: string): string {
  const tokens = tokenizeTechText(normalizeForMatching(spelling).text);
  return tokens.texts.slice(0, tokens.count).join(' ');
}

export interface AliasConflict {
  spelling: string;
  skills: [string, string];
}

/** Spellings that would point to two different skills. A sound dictionary has none. */
export function findAliasConflicts(defs: readonly SkillDefinition[]): AliasConflict[] {
  const owner = new Map<string, string>();
  const conflicts: AliasConflict[] = [];
  for (const def of defs) {
    for (const spelling of [def.name, ...def.aliases]) {
      const key = spellingKey(spelling);
      const current = owner.get(key);
      if (current === undefined) owner.set(key, def.name);
      else if (current !== def.name) conflicts.push({ spelling, skills: [current, def.name] });
    }
  }
  return conflicts;
}

/**
 * `shares` spellings that no other skill has as its name or an alias: a shared spelling needs an owner
 * (its default reading), and a skill cannot share its own spelling.
 */
export function findUnownedShares(defs: readonly SkillDefinition[]): { spelling: string; skill: string }[] {
  const sharing = defs.filter((def) => def.shares !== undefined && def.shares.length > 0);
  if (sharing.length === 0) return [];
  const owner = new Map<string, string>();
  for (const def of defs)
    for (const spelling of [def.name, ...def.aliases]) owner.set(spellingKey(spelling), def.name);
  const unowned: { spelling: string; skill: string }[] = [];
  for (const def of sharing) {
    for (const spelling of def.shares ?? []) {
      const name = owner.get(spellingKey(spelling));
      if (name === undefined || name === def.name) unowned.push({ spelling, skill: def.name });
    }
  }
  return unowned;
}

/**
 * Joins the dictionary files into one list. Entries with the same name (any case) are merged, keeping the
 * first category and the first context; a spelling claimed by two skills is an error naming both.
 */
export function mergeSkillDictionaries(parts: readonly (readonly SkillDefinition[])[]): SkillDefinition[] {
  const byName = new Map<string, SkillDefinition>();
  for (const part of parts) {
    for (const def of part) {
      const key = def.name.toLowerCase();
      const existing = byName.get(key);
      if (existing === undefined) {
        byName.set(key, {
          ...def,
          aliases: [...def.aliases],
          ...(def.ambiguous && { ambiguous: [...def.ambiguous] }),
          ...(def.shares && { shares: [...def.shares] }),
        });
        continue;
      }
      if (def.shares !== undefined) existing.shares = unique([...(existing.shares ?? []), ...def.shares]);
      const spellings = def.name === existing.name ? def.aliases : [def.name, ...def.aliases];
      existing.aliases = unique([...existing.aliases, ...spellings]);
      if (def.ambiguous !== undefined)
        existing.ambiguous = unique([...(existing.ambiguous ?? []), ...def.ambiguous]);
      if (def.context !== undefined && existing.context === undefined) existing.context = def.context;
    }
  }
  const merged = [...byName.values()];
  const unowned = findUnownedShares(merged);
  if (unowned.length > 0) {
    const list = unowned.map((u) => `"${u.spelling}" (${u.skill})`).join(', ');
    throw new AppError(
      'invalid-input',
      `The skills dictionary shares spellings that no other skill owns: ${list}.`,
      { unowned },
    );
  }
  const conflicts = findAliasConflicts(merged);
  if (conflicts.length > 0) {
    const list = conflicts.map((c) => `"${c.spelling}" (${c.skills[0]} / ${c.skills[1]})`).join(', ');
    throw new AppError('invalid-input', `The skills dictionary gives one spelling to two skills: ${list}.`, {
      conflicts,
    });
  }
  return merged;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
