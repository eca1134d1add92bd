// The message of a value outside its field's list. A received value is never
// quoted (issue-format.ts: it may be a card number sent in the wrong field),
// but the values the field takes are the spec's own: the message names them,
// so that a caller learns what is expected, not only that its value is not.

import { textPrefix } from "./text-prefix.js";

/** Up to this many values, a value outside its list is told every one of them; past it, {@link VALUES_SHOWN}. */
const VALUES_NAMED = 8;
/** How many values of a longer list its message names, each with its meaning, before a count of the others. */
const VALUES_SHOWN = 3;
/** How much of a meaning the message keeps, in UTF-16 units: it names a value, it does not document it. */
const MEANING_SHOWN = 32;

/**
 * The message of a value outside its list, which the generator writes into each check (a constant: nothing is
 * worked out while validating), naming the values the field takes: the spec's own, so safe to name where the
 * value received is not (issue-format.ts). `values` are the field's, in the order to name them (its example
 * first), each with its meaning for the operation, or null. A short list is named whole ("(00, 05, 12)"), a
 * longer one by a few values and their meanings and a count ("(978 for Euro, 032 for Argentinean Peso, 036 for
 * Australian Dollar and 157 others)"), so that a caller sending "EUR" learns that codes such as 978 are meant.
 */
export function unknownValueText(listName: string, values: readonly (readonly [string, string | null])[] = []): string {
  const text = `must be one of the ${listName} values`;
  return values.length === 0 ? text : `${text} (${valuesText(values)})`;
}

/**
 * `values` in the order a message names them: `example` (the field's) first where it is one of them, the others in
 * their list's order. The validators' texts and the client's and redirection form's texts of a status name a
 * field's values in this order, so that a reader sees the same first values wherever the field is told.
 */
export function exampleFirst<T>(
  values: readonly T[],
  codeOf: (value: T) => string,
  example: string | null | undefined,
): readonly T[] {
  const first = example === null || example === undefined ? -1 : values.findIndex((v) => codeOf(v) === example);
  return first <= 0 ? values : [values[first] as T, ...values.filter((_, i) => i !== first)];
}

/**
 * A value as a message names it, with its meaning where it has one only: a value with a meaning per context (each
 * named by its page) is named without one, as a cut one would mislead. The validators' texts (written by the
 * generator) and the client's (worked out from the registry) name a value alike through it.
 */
export const namedValue = (value: string, meanings: readonly string[]): readonly [string, string | null] => [
  value,
  meanings.length === 1 ? (meanings[0] ?? null) : null,
];

/**
 * The values a field takes as {@link unknownValueText} names them, without its parentheses: "00, 05, 12", or "978
 * for Euro, 032 for Argentinean Peso, 036 for Australian Dollar and 157 others". The client names a status code
 * outside its field's list with it, when a call has failed already.
 */
export function valuesText(values: readonly (readonly [string, string | null])[]): string {
  if (values.length <= VALUES_NAMED) return values.map(([value]) => value).join(", ");
  const shown = values
    .slice(0, VALUES_SHOWN)
    .map(([value, meaning]) => (meaning === null || meaning === "" ? value : `${value} for ${cutMeaning(meaning)}`));
  return `${shown.join(", ")} and ${values.length - VALUES_SHOWN} others`;
}

/**
 * A leading clause that says which replies a meaning holds for ("In response to x and y: ..."), as a list shared by
 * several operations words it: the operation's own meaning is what follows, and a cut would keep the clause only.
 */
const CONTEXT = /^in response to [^:]*:\s*/i;
/** A word that leads into what follows it, which a cut meaning does not end on ("Transaction approved or…"). */
const LINKING_END = /\s+(?:a|an|and|at|by|for|in|of|on|or|the|to|with)$/i;

/**
 * A meaning as the message names it: without a leading context clause (CONTEXT), its first sentence, and where
 * still long its first words, cut at a word (never inside a character, text-prefix.ts); either cut ends before a
 * parenthesis it would leave open, and not on a linking word, with "…".
 */
function cutMeaning(meaning: string): string {
  let line = meaning.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  const context = CONTEXT.exec(line)?.[0].length ?? 0;
  if (context > 0 && context < line.length) line = line.charAt(context).toUpperCase() + line.slice(context + 1);
  if (line.length <= MEANING_SHOWN) return line;
  // A first sentence ends as words do: "Invalid data (e.g. PAN)" is no sentence of "Invalid data (e.g".
  const sentence = line.indexOf(". ");
  let words: string;
  if (sentence > 0 && sentence <= MEANING_SHOWN) words = line.slice(0, sentence);
  else {
    const start = textPrefix(line, MEANING_SHOWN);
    const space = start.lastIndexOf(" ");
    words = space > 0 ? start.slice(0, space) : start;
  }
  const open = words.lastIndexOf("(");
  if (open > 0 && !words.includes(")", open)) words = words.slice(0, open);
  for (;;) {
    const shorter = words.replace(/[\s,;:]+$/, "").replace(LINKING_END, "");
    if (shorter === words) break;
    words = shorter;
  }
  return `${words}…`;
}
