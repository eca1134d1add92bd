// The rule by which sync chooses a shared text (the general meaning of a
// value, the dictionary's description of a field) when several pages word it
// their own ways. A text that a maintainer wrote, or that an operation without
// a page shows, never changes; otherwise the wording most pages print wins,
// ties going to the page whose path sorts first. The answer depends on the set
// of pages only: not on the order they were added in, in one run or several.

import { compareText } from "../rules/code-point-order.js";
import { constantKeyOf } from "../rules/names.js";
import { distinctNames, nameFromMeaning } from "../rules/value-names.js";

/** A text and the key it compares by (its squashed form). */
export interface Wording<T> {
  readonly key: string;
  readonly text: T;
}

/**
 * The shared text: `current` (undefined when new) kept when something without
 * a page relies on it or no page prints it (a maintainer's own), else the
 * wording most pages print.
 */
export function generalWording<T>(
  current: Wording<T> | undefined,
  printed: ReadonlyMap<string, Wording<T>>,
  relied: boolean,
): Wording<T> | undefined {
  if (printed.size === 0) return current;
  if (current !== undefined) {
    if (relied) return current;
    if (![...printed.values()].some((w) => w.key === current.key)) return current;
  }
  return mostPrinted(printed);
}

/** The wording printed by most pages; ties: the one printed by the page whose path sorts first. */
function mostPrinted<T>(printed: ReadonlyMap<string, Wording<T>>): Wording<T> | undefined {
  const byKey = new Map<string, { count: number; first: string; wording: Wording<T> }>();
  for (const page of [...printed.keys()].sort(compareText)) {
    const wording = printed.get(page);
    if (!wording) continue;
    const known = byKey.get(wording.key);
    if (known) known.count++;
    else byKey.set(wording.key, { count: 1, first: page, wording });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || compareText(a.first, b.first))[0]?.wording;
}

/**
 * Where the wording chosen is printed by as many pages as another (a tie the path order broke), the pages of each,
 * by path; null where most pages print it, or no page does (a maintainer's text kept).
 */
export function wordingTie<T>(
  printed: ReadonlyMap<string, Wording<T>>,
  chosen: Wording<T> | undefined,
): { readonly wordedBy: readonly string[]; readonly otherwise: readonly string[] } | null {
  const pages = [...printed.keys()].sort(compareText);
  const count = (key: string): number => pages.filter((page) => printed.get(page)?.key === key).length;
  const own = chosen === undefined ? 0 : count(chosen.key);
  const others = new Set(pages.map((page) => printed.get(page)?.key).filter((key) => key !== chosen?.key));
  const tied = [...others].filter((key): key is string => key !== undefined && count(key) === own);
  if (own === 0 || tied.length === 0 || [...others].some((key) => key !== undefined && count(key) > own)) return null;
  return {
    wordedBy: pages.filter((page) => printed.get(page)?.key === chosen?.key),
    otherwise: pages.filter((page) => tied.includes(printed.get(page)?.key ?? "")),
  };
}

/** The pages of each wording of a tie, by path (what wordingTie returns). */
export type WordingTie = NonNullable<ReturnType<typeof wordingTie>>;

/** A tie as `--check` says it, after the text chosen ("the general meaning", "the description"). */
export function tieWords(text: string, tie: WordingTie): string {
  const { wordedBy, otherwise } = tie;
  const each = wordedBy.length === 1 ? "one page each" : `${wordedBy.length} pages each`;
  return `${text} as ${wordedBy.join(", ")} ${wordedBy.length === 1 ? "prints" : "print"} it, ${otherwise.join(", ")} wording it otherwise: a tie (${each}), which goes to the page whose path sorts first`;
}

/** A tie as sync says it, after what it wrote. */
export const tieSaid = (tie: WordingTie): string =>
  `a tie with ${tie.otherwise.join(", ")}, which words it otherwise, gone to the page whose path sorts first`;

/** A value of a list, for naming: its current constant name and general meaning, and its meaning once the plan is applied. */
export interface NamedValue {
  readonly value: string;
  /** The constant name the spec gives it now; undefined for a new value. */
  readonly name: string | undefined;
  readonly meaning: readonly string[] | undefined;
  readonly general: readonly string[];
}

/**
 * The constant names of a list's values that need one (codes such as "00"):
 * a name that is not the one its meaning gives is the maintainer's and stays;
 * the others follow their general meaning, and names that two values would
 * share take more words, then the value (distinctNames), so that the names
 * never depend on which value came first.
 */
export function constantNames(values: readonly NamedValue[]): Map<string, string> {
  const kept = new Map<string, string>();
  const derived: { value: string; meaning: string }[] = [];
  for (const v of values) {
    if (constantKeyOf(v.value, undefined) !== undefined && v.name === undefined) continue;
    const own = v.name !== undefined && v.name !== nameFromMeaning(v.value, v.meaning?.[0] ?? "");
    if (own && v.name !== undefined) kept.set(v.value, v.name);
    else derived.push({ value: v.value, meaning: v.general[0] ?? "" });
  }
  const names = distinctNames(derived, [...kept.values()]);
  return new Map([...kept, ...derived.map((d, i) => [d.value, names[i] ?? d.value] as const)]);
}
