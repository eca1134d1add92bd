// Where sync puts a key it adds to an operation's `source` block: in the
// spec format's order (page, readFirst, notes, deviations: the properties of
// the operation schema's `source`, as docs/spec-format.md and the operation
// files write them), after the last key present that comes before it, so that
// a comment above the next key stays above it. Appended, a page's readFirst
// sat after the notes of an operation written without one.

import { readSchema, SCHEMA_FILES } from "../validate/spec-schemas.js";

interface SourceSchema {
  readonly properties: { readonly source: { readonly properties: Readonly<Record<string, unknown>> } };
}

let order: readonly string[] | undefined;

/** The keys of `source` in the spec format's order. */
export function sourceKeyOrder(): readonly string[] {
  order ??= Object.keys((JSON.parse(readSchema(SCHEMA_FILES.operation)) as SourceSchema).properties.source.properties);
  return order;
}

/**
 * The key of `source` that a new `key` goes after, of those `present`: the last before it in the format's order;
 * null where none comes before it (it goes first); undefined for a key the format does not order (it goes last).
 */
export function sourceKeyAfter(key: string, present: (key: string) => boolean): string | null | undefined {
  const keys = sourceKeyOrder();
  const at = keys.indexOf(key);
  if (at < 0) return undefined;
  return (
    keys
      .slice(0, at)
      .reverse()
      .find((k) => present(k)) ?? null
  );
}
