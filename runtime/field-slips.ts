// A name one slip of the keyboard away from a field's: a character left out,
// doubled or swapped with the next one, or the name in another case
// (`transactionRefrence`). Where a request's facts stop, a field the spec does
// not hold is sent all the same, so such a slip would go to Sips in place of
// the field meant; the types refuse one among the fields beyond the facts
// (beyond-facts.ts), and the client, for code the types do not reach, the
// same names. A character put for another is not a slip here: a real field
// name is more often one such change away from another. What a validator's
// issue or a strict refusal suggests is the wider rule of closest-names.ts.

/** The names one slip away from `Name` (never `Name` itself), as a type: none for `string`. */
export type NearNames<Name extends string> = string extends Name
  ? never
  : Exclude<Omitted<Name> | Doubled<Name> | Swapped<Name> | Lowercase<Name> | Capitalize<Name>, Name | "">;

/** `S` with one character left out, at each place (`Before`: the characters kept before it). */
export type Omitted<S extends string, Before extends string = ""> = S extends `${infer C}${infer Rest}`
  ? `${Before}${Rest}` | Omitted<Rest, `${Before}${C}`>
  : never;

/** `S` with one character doubled, at each place. */
export type Doubled<S extends string, Before extends string = ""> = S extends `${infer C}${infer Rest}`
  ? `${Before}${C}${C}${Rest}` | Doubled<Rest, `${Before}${C}`>
  : never;

/** `S` with two neighbouring characters swapped, at each place. */
export type Swapped<S extends string, Before extends string = ""> = S extends `${infer A}${infer B}${infer Rest}`
  ? `${Before}${B}${A}${Rest}` | Swapped<`${B}${Rest}`, `${Before}${A}`>
  : never;

/**
 * Every one of `names` that `name` is one slip away from (`name` a member of its NearNames), in the order of
 * their UTF-16 units: none, most often one, and two where the names are that close (`customerI`, a character
 * left out of `customerId` and of `customerIp`), each of which the refusal names, whatever order `names` had.
 */
export function slipsOf(name: string, names: Iterable<string>): string[] {
  const slips: string[] = [];
  for (const known of names) if (isSlip(name, known)) slips.push(known);
  return slips.length > 1 ? slips.sort() : slips;
}

/** Whether `name` is one of NearNames<`known`>: the type's edits, by UTF-16 unit as template literals take them. */
function isSlip(name: string, known: string): boolean {
  if (name === known || name === "") return false;
  const length = name.length;
  if (length === known.length - 1) return omits(known, name);
  if (length === known.length + 1) return omits(name, known) && doubles(name, known);
  if (length !== known.length) return false;
  if (name === known.toLowerCase() || name === known.charAt(0).toUpperCase() + known.slice(1)) return true;
  let first = 0;
  while (first < length && name[first] === known[first]) first++;
  return (
    first + 1 < length &&
    name[first] === known[first + 1] &&
    name[first + 1] === known[first] &&
    name.slice(first + 2) === known.slice(first + 2)
  );
}

/** Whether `shorter` is `longer` with one character left out. */
function omits(longer: string, shorter: string): boolean {
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}

/** Whether `longer`, `known` with one character added, added a copy of the character beside it. */
function doubles(longer: string, known: string): boolean {
  let i = 0;
  while (i < known.length && longer[i] === known[i]) i++;
  // longer[i] is the added character, the first that differs: so never a copy of the one after it (known[i]). A
  // doubling is found at its second copy, the one that repeats the character before it.
  return longer[i] === longer[i - 1];
}
