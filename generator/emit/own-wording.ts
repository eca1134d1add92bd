import type { FieldValuesModel } from "../model/value-list-model.js";

// How an operation's field words the values it takes its own way: a value its
// page words otherwise than the list, or one its page gives no meaning (an
// empty list of meanings). The docs say which, so that a value without a
// meaning reads as the page's silence, not as a missing text.

export interface OwnWording {
  /** Some value has a meaning of the operation's own. */
  readonly worded: boolean;
  /** Some value has no meaning on the operation's page. */
  readonly unmeant: boolean;
  /** Every value taken has no meaning on the operation's page. */
  readonly noneMeant: boolean;
  /** Some value shows the list's general meanings: the list's notes, which speak of its values and meanings, hold. */
  readonly listWording: boolean;
}

export function ownWording(taken: FieldValuesModel): OwnWording {
  const own = taken.values.filter((v) => v.own);
  const unmeant = own.filter((v) => v.meanings.length === 0).length;
  return {
    worded: own.length > unmeant,
    unmeant: unmeant > 0,
    noneMeant: unmeant === taken.values.length,
    listWording: own.length < taken.values.length,
  };
}

/** What a reference page says of the meanings, after "The values of the shared list `x`": empty where they are the list's. */
export function ownWordingPhrase({ worded, unmeant, noneMeant }: OwnWording): string {
  if (noneMeant) return ", with no meaning: this operation's page gives none";
  const parts = [
    ...(worded ? ["some with this operation's own meaning"] : []),
    ...(unmeant ? ["some with none, as this operation's page gives none"] : []),
  ];
  return parts.length === 0 ? "" : `, ${parts.join(", ")}`;
}

/**
 * How many values an operation's field takes of its shared list ("1 value", "3 values"). Never the list's total: a
 * value another page adds to the list would change every file that says it, where this operation's own list is as it was.
 */
export function valuesCount(taken: number): string {
  return taken === 1 ? "1 value" : `${taken} values`;
}
