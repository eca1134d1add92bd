// The walk the checks of printed texts make of a file's data: every mapping's
// entries, at any depth, with the path to each, for the source map to place
// what they find. It runs over every file of a full check, so it keeps one
// path, pushed and popped, which a check copies only to keep it.

/** Keys and indexes from a file's root to a node, as the source map takes them. */
export type DataPath = (string | number)[];

/**
 * Walks `value` depth first, own keys only. At each entry of a mapping, `take(key, inner, path)` runs with the key
 * on the path; it returns true where it has dealt with the entry, which is then not walked further (a field named
 * like a key the check looks for holds a mapping, and `take` leaves it to the walk).
 */
export function walkData(
  value: unknown,
  take: (key: string, inner: unknown, path: DataPath) => boolean,
  path: DataPath = [],
): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkData(value[i], take, path);
      path.pop();
    }
    return;
  }
  const record = value as Readonly<Record<string, unknown>>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const inner = record[key];
    path.push(key);
    if (!take(key, inner, path)) walkData(inner, take, path);
    path.pop();
  }
}
