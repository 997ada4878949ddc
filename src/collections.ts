// Small helpers for large lists.

/** Appends every item to `into` and returns it; unlike push(...items), any number of items fits in one call. */
export function appendAll<T>(into: T[], items: readonly T[]): T[] {
  for (const item of items) into.push(item);
  return into;
}

/** Returns the value under `key`, first storing `make()` there when the map has none. */
export function getOrInsert<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
