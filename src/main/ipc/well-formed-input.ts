import { toWellFormed } from '../../core/well-formed-text';

// No channel's input nests deeper than a résumé draft (draft, sections, entries, bullets, text); a value
// deeper than this is left to the schema, which refuses it.
const MAX_DEPTH = 16;

/**
 * The input of an IPC call with every string well formed (each lone surrogate one U+FFFD). Done at the
 * boundary, before the schema's length checks: stored text then reads back exactly as it was accepted,
 * and sending back what the app returned passes the same checks. Both transports can carry lone
 * surrogates (structured clone, and JSON's "\uD800"). Unchanged values are returned as they are.
 */
export function wellFormedInput(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return toWellFormed(value);
  if (depth >= MAX_DEPTH || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, i) => {
      const clean = wellFormedInput(item, depth + 1);
      if (clean !== item) (copy ??= [...value])[i] = clean;
    });
    return copy ?? value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const clean = wellFormedInput(item, depth + 1);
    // defineProperty, not assignment: a "__proto__" key from JSON stays a plain own property.
    if (clean !== item)
      Object.defineProperty((copy ??= { ...value }), key, {
        value: clean,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy ?? value;
}
