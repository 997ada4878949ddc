// Small helpers for large lists.

/** Appends every item to `into` and returns it; unlike push(...items), any number of items fits in one call. */
export function appendAll<T>(into: T[], items: readonly T[]): T[] {
  for (const item of items) into.push(item);
  return into;
}
