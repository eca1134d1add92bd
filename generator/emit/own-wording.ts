import type { FieldValuesModel, OwnValueModel } from "../model/value-list-model.js";

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
  /** Why the values without one have none: their page gives none, or a deviation keeps out the meanings it prints. */
  readonly unmeantWhy: UnmeantWhy;
  /** Some value shows the list's general meanings: the list's notes, which speak of its values and meanings, hold. */
  readonly listWording: boolean;
}

/**
 * Of the values given no meaning, which reasons hold for some: their page prints none (silent); it prints meanings
 * that a deviation says name other operations only (others); it prints meanings a deviation keeps out without saying
 * whom they name (kept). All false where every value has a meaning.
 */
export interface UnmeantWhy {
  readonly silent: boolean;
  readonly others: boolean;
  readonly kept: boolean;
}

export function ownWording(taken: FieldValuesModel): OwnWording {
  const own = taken.values.filter((v) => v.own);
  const unmeant = own.filter((v) => v.meanings.length === 0);
  return {
    worded: own.length > unmeant.length,
    unmeant: unmeant.length > 0,
    noneMeant: unmeant.length === taken.values.length,
    unmeantWhy: unmeantWhyOf(unmeant),
    listWording: own.length < taken.values.length,
  };
}

/** Why values given no meaning have none (see OwnValueModel.keptOut and othersMeant). */
export function unmeantWhyOf(unmeant: readonly OwnValueModel[]): UnmeantWhy {
  return {
    silent: unmeant.some((v) => !v.keptOut),
    others: unmeant.some((v) => v.othersMeant),
    kept: unmeant.some((v) => v.keptOut && !v.othersMeant),
  };
}

/** The values given no meaning have it for one reason: their page prints none. */
export const onlySilent = (why: UnmeantWhy): boolean => !why.others && !why.kept;

/**
 * Why values have no meaning, said of "this operation's page" (or "its page"): it gives them none, the meanings it
 * prints for them name other operations only (as a deviation says), or a deviation keeps out the meanings it prints
 * (one that says nothing of whom they name: no more is claimed). A page that prints a meaning is not silent.
 */
export function unmeantReason(why: UnmeantWhy, page = "this operation's page", one = false): string {
  const { others, kept } = why;
  const silent = onlySilent(why) || why.silent;
  const them = one ? "it" : "them";
  if (!silent)
    return others && kept
      ? `the meanings ${page} prints for some of them name other operations only, and a deviation keeps out those it prints for the others`
      : others
        ? `the meanings ${page} prints for ${them} name other operations only`
        : `a deviation keeps out the meanings ${page} prints for ${them}`;
  if (!others && !kept) return `${page} gives none`;
  if (!kept)
    return `${page} gives some of them none, and the meanings it prints for the others name other operations only`;
  if (!others)
    return `${page} gives some of them none, and a deviation keeps out the meanings it prints for the others`;
  return `${page} gives some of them none, the meanings it prints for some name other operations only, and a deviation keeps out those it prints for the others`;
}

/** What a reference page says of the meanings, after "The values of the shared list `x`": empty where they are the list's. */
export function ownWordingPhrase({ worded, unmeant, noneMeant, unmeantWhy }: OwnWording): string {
  if (noneMeant) return `, with no meaning: ${unmeantReason(unmeantWhy)}`;
  const parts = [
    ...(worded ? ["some with this operation's own meaning"] : []),
    ...(unmeant ? [`some with none, as ${unmeantReason(unmeantWhy)}`] : []),
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
