// The constant name of a value that is not an identifier by itself ("00"): the
// first words of a meaning. Sync names a shared list's values by their general
// meaning; the generator names an operation's values by its own meaning.

import { constantKeyOf } from "./names.js";

/** "Transaction initialized" -> TRANSACTION_INITIALIZED; "V_00" when the meaning gives nothing usable. */
export function nameFromMeaning(value: string, meaning: string): string {
  const words = meaning
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  const name = words.join("_").toUpperCase();
  return /^[A-Z]/.test(name) ? name : `V_${value.replace(/[^A-Za-z0-9]+/g, "_")}`;
}

/** A value an operation takes: its key in the shared list, and whether the meanings are the operation's own. */
export interface TakenValue {
  readonly value: string;
  readonly key: string;
  readonly own: boolean;
  readonly meanings: readonly string[];
}

/**
 * The keys of an operation's constants for the values it takes, in order: a
 * value it gives its own meaning and that is no identifier by itself is named
 * by that meaning (the shared name comes from another page's wording and may
 * say otherwise, as 02 CARD_CEILING_EXCEEDED for a cancellation's telephone
 * authorisation); the others keep the shared key. A key that two values would
 * share takes the value, as sync's names do, so that no key depends on order.
 */
export function ownConstantKeys(values: readonly TakenValue[]): string[] {
  // A value the operation's page gives no meaning keeps the shared key: there is no wording to name it from.
  const named = values.map((v) => v.own && v.meanings.length > 0 && constantKeyOf(v.value, undefined) === undefined);
  const keys = values.map((v, i) => (named[i] ? nameFromMeaning(v.value, v.meanings[0] ?? "") : v.key));
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  return keys.map((key, i) =>
    named[i] && (count.get(key) ?? 0) > 1
      ? `${key}_${(values[i] as TakenValue).value.replace(/[^A-Za-z0-9]+/g, "_")}`
      : key,
  );
}
