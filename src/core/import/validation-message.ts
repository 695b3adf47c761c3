import type { z } from 'zod';

/** Where a problem sits, written the way a person reads JSON: `work[2].highlights[0]`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(top level)' : out;
}

export interface ValidationProblem {
  path: string;
  message: string;
}

/**
 * One zod issue in words a résumé owner can act on ("expected a string, found a number"). Zod's own
 * messages name types the way a programmer would and do not say what was found instead.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): ValidationProblem {
  const path = formatJsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return {
        path,
        message: `expected ${withArticle(issue.expected)}, found ${kindOf(valueAt(input, issue.path))}`,
      };
    case 'too_big':
      return {
        path,
        message:
          issue.origin === 'string'
            ? `is longer than ${issue.maximum} characters`
            : issue.origin === 'array'
              ? `has more than ${issue.maximum} items`
              : issue.message,
      };
    default:
      return { path, message: issue.message };
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return withArticle(typeof value);
}

const withArticle = (type: string): string => {
  const word = type === 'array' ? 'list' : type;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
};
