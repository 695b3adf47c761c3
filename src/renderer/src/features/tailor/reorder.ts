/** The ids with `id` moved `by` places (clamped to the list); the same array when nothing moves. */
export function moveBy(ids: readonly number[], id: number, by: number): readonly number[] {
  const from = ids.indexOf(id);
  if (from < 0) return ids;
  const to = Math.max(0, Math.min(ids.length - 1, from + by));
  return moveTo(ids, id, to);
}

/** The ids with `id` taken out and put back at index `to` of the result. */
export function moveTo(ids: readonly number[], id: number, to: number): readonly number[] {
  const from = ids.indexOf(id);
  if (from < 0 || from === to) return ids;
  const rest = ids.filter((x) => x !== id);
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}
