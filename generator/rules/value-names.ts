// The constant name of a value that is not an identifier by itself ("00"): the
// first words of a meaning. Sync names a shared list's values by their general
// meaning; the generator names an operation's values by its own meaning, or by
// the name the spec gives it. Names that would be alike take more words, up to
// the end of their meanings' first clauses, before they take their values.

import { compareText } from "./code-point-order.js";
import { constantKeyOf } from "./names.js";

/** How many of a meaning's words a name takes at most, before it is cut back to a word that ends it. */
const NAME_WORDS = 5;

/** How many a name alike another's may take: enough for the word that tells them apart, short enough to read. */
const DISTINCT_WORDS = 10;

/**
 * Words a name does not end on: cut after them it stops mid-phrase (TOKEN_REQUEST_REFUSED_BY_THE). English and
 * French, as the pages word their values, lower case and without accents (as names are made).
 */
const FUNCTION_WORDS = new Set([
  ...["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "its", "of", "on", "or"],
  ...["than", "that", "the", "their", "this", "to", "was", "were", "which", "with"],
  ...["au", "aux", "avec", "ce", "cette", "d", "dans", "de", "des", "du", "en", "est", "et", "l", "la", "le"],
  ...["les", "ou", "par", "pour", "sa", "ses", "son", "sur", "un", "une"],
]);

/** Words that turn the next one around: a name never ends on one, nor is cut back past it, but takes the word it negates. */
const NEGATIONS = new Set(["ne", "never", "no", "non", "not", "pas", "sans", "without"]);

/**
 * "Transaction initialized" -> TRANSACTION_INITIALIZED; "V_00" when the meaning gives nothing usable. At most
 * five words, cut back to the last that is no function word ("Token request refused by the issuer" ->
 * TOKEN_REQUEST_REFUSED), or carried on to the word a negation ending them negates ("Card of the holder not
 * enrolled" -> CARD_OF_THE_HOLDER_NOT_ENROLLED): a name reads whole, and is the same for the same meaning.
 */
export function nameFromMeaning(value: string, meaning: string, most = NAME_WORDS): string {
  const words = firstClause(meaning)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const name = words
    .slice(
      0,
      wordsTaken(
        words.map((word) => word.toLowerCase()),
        most,
      ),
    )
    .join("_")
    .toUpperCase();
  return /^[A-Z]/.test(name) ? name : `V_${value.replace(/[^A-Za-z0-9]+/g, "_")}`;
}

/**
 * A meaning's stops: a sentence's end, a colon, a semicolon, an opening parenthesis. A period ends a sentence where
 * the text ends or the next word does not start in lower case, and not after a word of one letter: neither the
 * period of a number (2.0) nor that of an abbreviation ("exp. date", "e.g. PAN") ends one.
 */
const STOP = /(?<!(?:^|[\s.])\p{L})\.(?=\s*$|\s+[^\s\p{Ll}])|[:;(]/u;

/**
 * A meaning up to its first stop ({@link STOP}), where that part names something:
 * "Order duplicated. Its reference was used before" is named ORDER_DUPLICATED, where five words ran on into the
 * next sentence (ORDER_DUPLICATED_ITS_REFERENCE_WAS).
 */
function firstClause(meaning: string): string {
  const stop = STOP.exec(meaning);
  if (stop === null) return meaning;
  const head = meaning.slice(0, stop.index);
  return /[A-Za-z0-9]/.test(head) ? head : meaning;
}

/** How many of `words` (lower case) a name takes. */
function wordsTaken(words: readonly string[], most: number): number {
  let end = Math.min(most, words.length);
  // Function words alone name nothing: the value's name then (V_88).
  while (end > 0 && FUNCTION_WORDS.has(words[end - 1] as string)) end--;
  if (end === 0 || !NEGATIONS.has(words[end - 1] as string)) return end;
  // A negation ends the words taken: on to the next word that is neither a function word nor a negation, if any.
  let next = end;
  while (next < words.length && (FUNCTION_WORDS.has(words[next] as string) || NEGATIONS.has(words[next] as string)))
    next++;
  return next < words.length ? next + 1 : end;
}

/**
 * Names from meanings (`named`, each a value and the meaning it is named by) that differ from one another and from
 * `fixed` (names already given): names alike take one more word at a time, up to {@link DISTINCT_WORDS} and the end
 * of their first clauses ("Refused by the issuer for card" and "... for account", cut at five words alike, are
 * REFUSED_BY_THE_ISSUER_FOR_CARD and ..._FOR_ACCOUNT); names still alike then take their value (`_02`), so that no
 * name depends on the order of the values, and a name that is so still another's a number ({@link freeNames}).
 */
export function distinctNames(
  named: readonly { readonly value: string; readonly meaning: string }[],
  fixed: readonly string[] = [],
): string[] {
  const names = named.map((n) => nameFromMeaning(n.value, n.meaning));
  const alike = () => {
    const count = new Map<string, number>();
    for (const name of [...fixed, ...names]) count.set(name, (count.get(name) ?? 0) + 1);
    return names.map((name) => (count.get(name) ?? 0) > 1);
  };
  for (let most = NAME_WORDS + 1; most <= DISTINCT_WORDS; most++) {
    const same = alike();
    if (!same.includes(true)) break;
    named.forEach((n, i) => {
      if (same[i]) names[i] = nameFromMeaning(n.value, n.meaning, most);
    });
  }
  const same = alike();
  const valued = names.map((name, i) =>
    same[i] ? `${name}_${(named[i]?.value ?? "").replace(/[^A-Za-z0-9]+/g, "_")}` : name,
  );
  return freeNames(
    valued,
    named.map((n) => n.value),
    fixed,
  );
}

/**
 * `names` (of `values`) made free of one another and of `fixed`: a name taken with its value may still be another's
 * ("Refused" of 02 and "Refused 02" are both REFUSED_02; values A-1 and A.1 both give _A_1). A name alike no other
 * is kept; the names still alike are taken in the order of their names, then values (code points), each the first
 * of itself, then itself with _2, _3, ..., that no name holds: what a value is named depends on no order given.
 */
function freeNames(names: readonly string[], values: readonly string[], fixed: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const name of [...fixed, ...names]) count.set(name, (count.get(name) ?? 0) + 1);
  const taken = new Set([...fixed, ...names.filter((name) => count.get(name) === 1)]);
  const out = [...names];
  const alike = names
    .map((_, i) => i)
    .filter((i) => (count.get(names[i] as string) ?? 0) > 1)
    .sort(
      (a, b) => compareText(names[a] as string, names[b] as string) || compareText(values[a] ?? "", values[b] ?? ""),
    );
  for (const i of alike) {
    const name = names[i] as string;
    let free = name;
    for (let n = 2; taken.has(free); n++) free = `${name}_${n}`;
    taken.add(free);
    out[i] = free;
  }
  return out;
}

/** A value an operation takes: its key in the shared list, and whether the meanings are the operation's own. */
export interface TakenValue {
  readonly value: string;
  readonly key: string;
  readonly own: boolean;
  readonly meanings: readonly string[];
  /** The name the spec gives its own meaning, which its constant takes as it is. */
  readonly name?: string | undefined;
}

/**
 * The keys of an operation's constants for the values it takes, in order: a
 * value it gives its own meaning and a name takes that name; one it gives its
 * own meaning and that is no identifier by itself is named by that meaning
 * (the shared name comes from another page's wording and may say otherwise, as
 * 02 CARD_CEILING_EXCEEDED for a cancellation's telephone authorisation),
 * distinct from the other keys ({@link distinctNames}); the others keep the
 * shared key.
 */
export function ownConstantKeys(values: readonly TakenValue[]): string[] {
  // A value the operation's page gives no meaning keeps the shared key: there is no wording to name it from.
  const named = values.map(
    (v) => v.own && v.name === undefined && v.meanings.length > 0 && constantKeyOf(v.value, undefined) === undefined,
  );
  const given = values.map((v, i) => (named[i] ? null : v.own && v.name !== undefined ? v.name : v.key));
  const made = distinctNames(
    values.filter((_, i) => named[i]).map((v) => ({ value: v.value, meaning: v.meanings[0] ?? "" })),
    given.filter((k): k is string => k !== null),
  );
  let next = 0;
  return given.map((key) => key ?? made[next++] ?? "");
}
