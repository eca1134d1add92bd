// The sealing string of a message: the text its seal is computed over, its
// present fields' values in code-point order of their names. A generated seal
// helper joins its operation's known fields, each by the rules here; the
// generic rule walks any message, for one that holds fields the spec does not
// know.

import { NOT_BOXED, unboxed } from "./boxed-primitive.js";
import { joined, refusal, unsealable } from "./seal-refusal.js";
import { listLength, MAX_LIST_ITEMS } from "./message-reads.js";
import { keysInCodePointOrder } from "./code-point-keys.js";
import { assertMessage } from "./seal-arguments.js";

/**
 * One value's contribution to a sealing string: text as is, numbers and
 * booleans as JSON writes them, a list as its items in order, a container as
 * its fields sorted by name. Absent and null values contribute nothing, and so
 * do NaN and the infinities, which JSON writes as null; an object with a
 * `toJSON` (a Date) contributes what that gives, as JSON writes it. The seal is
 * then that of the text sent: a value JSON writes otherwise was sealed as one
 * text and sent as another, which no receiver verified.
 *
 * The work is linear in the message's distinct objects: an object met again
 * through a shared reference contributes the text it gave the first time, so
 * that a graph of a few hundred objects whose paths number 2^40 is not walked
 * path by path. Lists are read by index as JSON.stringify reads them.
 *
 * @throws TypeError for a cycle, a list claiming more than `MAX_LIST_ITEMS`
 * items, nesting deeper than {@link MAX_SEAL_DEPTH} or a sealing string longer than a
 * string can hold: such a message could not be sent as JSON. And for a value that
 * cannot be read (a getter, a Proxy trap or a toJSON that throws), with the error
 * thrown as its `cause`: JSON.stringify would throw it.
 */
export function sealText(value: unknown, depth = 0, key: ToJsonKey = ""): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "symbol") return "";
  // An object, a function or a BigInt, which JSON asks for a toJSON. `depth`: where the value sits in its message
  // (1 for a field's), so that a generated fast path falling back here counts the levels above it as the generic
  // rule does, and refuses the same depths. `key`: its field's name or its index in a list, which a toJSON is given
  // as JSON.stringify gives it.
  return bounded(() => flatten(value as object | bigint, walkOf(), depth, key));
}

/**
 * What JSON.stringify passes a value's toJSON: the name of its field, or its index in a list (as text, made
 * only when a toJSON is called), "" for a value that is neither.
 */
export type ToJsonKey = string | number;

/**
 * Runs a walk, turning whatever stops it into the documented TypeError: the error of a getter, a Proxy trap or a
 * toJSON that threw, kept as its cause (the engine's RangeError for a string too long is told apart where parts
 * are joined, `joined`).
 */
function bounded(walk: () => string): string {
  try {
    return walk();
  } catch (error) {
    throw unsealable(error);
  }
}

/** Nesting deeper than this is refused: a Sips message has a few levels, and recursion must end before the stack does. */
export const MAX_SEAL_DEPTH = 1000;

/**
 * What a walk has flattened. `contents`: the text of each object's own fields (or items), null while it is being
 * flattened (meeting it then is a cycle, as JSON.stringify's stack finds it). `given`: for each object met as a
 * value, null when it has no toJSON, else what its toJSON gave, flattened, by the key it was given (a toJSON may
 * read it).
 */
interface Flattened {
  readonly contents: Map<object, string | null>;
  readonly given: Map<object, Map<ToJsonKey, string> | null>;
}

/**
 * A value's text, as JSON.stringify writes a property's value: asked for its toJSON once (a BigInt too, whose
 * prototype may give one: JSON writes none without it; a function is written as nothing without one).
 */
function flatten(value: object | bigint, seen: Flattened, depth: number, key: ToJsonKey): string {
  const given = typeof value === "bigint" ? undefined : seen.given.get(value);
  if (given === null) return contents(value as object, seen, depth);
  const known = given?.get(key);
  if (known !== undefined) return known;
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON !== "function") {
    if (typeof value !== "object") return plainText(value);
    seen.given.set(value, null);
    return contents(value, seen, depth);
  }
  if (depth >= MAX_SEAL_DEPTH) throw refusal(`cannot seal a message nested more than ${MAX_SEAL_DEPTH} levels deep`);
  // As JSON.stringify writes it (a Date as its ISO text): what toJSON gives for this key, written as it is. JSON
  // asks a value for its toJSON once, never what that gave (whose own fields are asked in turn).
  const result: unknown = toJSON.call(value, typeof key === "number" ? String(key) : key);
  const text = typeof result === "object" && result !== null ? contents(result, seen, depth + 1) : plainText(result);
  if (typeof value === "bigint") return text;
  const texts = given ?? new Map<ToJsonKey, string>();
  texts.set(key, text);
  seen.given.set(value, texts);
  return text;
}

/** What JSON writes for a value that is not an object, its toJSON asked already or not to be asked. */
function plainText(value: unknown): string {
  if (typeof value === "bigint") throw refusal("cannot seal a BigInt, which JSON cannot write (it has no toJSON)");
  return typeof value === "function" ? "" : sealText(value);
}

/**
 * An object's own fields sorted by name (a list's items in order), each flattened as a value: its toJSON not
 * asked. A boxed primitive (`new Number(5)`) is its value, as JSON writes it.
 */
function contents(value: object, seen: Flattened, depth: number): string {
  const known = seen.contents.get(value);
  if (typeof known === "string") return known;
  if (known === null) throw refusal("cannot seal a message that contains a cycle");
  if (depth >= MAX_SEAL_DEPTH) throw refusal(`cannot seal a message nested more than ${MAX_SEAL_DEPTH} levels deep`);
  seen.contents.set(value, null);
  let text = "";
  if (Array.isArray(value)) {
    const length = listLength(value);
    if (length < 0) throw refusal(`cannot seal a list of more than ${MAX_LIST_ITEMS} items`);
    for (let i = 0; i < length; i++) text = joined(text, part(value[i], seen, depth, i));
  } else {
    const primitive = unboxed(value);
    if (primitive !== NOT_BOXED) text = plainText(primitive);
    else {
      const record = value as Record<string, unknown>;
      for (const name of keysInCodePointOrder(record)) text = joined(text, part(record[name], seen, depth, name));
    }
  }
  seen.contents.set(value, text);
  return text;
}

/** A walk that has met nothing but `message`, whose fields it is flattening. */
const walkOf = (message?: object): Flattened => ({
  contents: new Map(message === undefined ? [] : [[message, null]]),
  given: new Map(),
});

function part(value: unknown, seen: Flattened, depth: number, key: ToJsonKey): string {
  return (typeof value === "object" && value !== null) || typeof value === "function" || typeof value === "bigint"
    ? flatten(value, seen, depth + 1, key)
    : sealText(value);
}

/**
 * The sealing string of any message by the generic rule: its present fields
 * except `exclude`, by name in code-point order, each flattened by
 * {@link sealText}.
 *
 * @throws TypeError when the message is not an object, and as {@link sealText} does.
 */
export function genericSealingString(message: object, exclude: ReadonlySet<string>): string {
  assertMessage(message);
  const record = message as Record<string, unknown>;
  return bounded(() => {
    // One walk over the message: a reference shared between fields is flattened once, and the message met again is a cycle.
    const seen = walkOf(message);
    let text = "";
    for (const key of keysInCodePointOrder(record))
      if (!exclude.has(key)) text = joined(text, part(record[key], seen, 0, key));
    return text;
  });
}

/**
 * A known field's contribution: text as is, an absent field nothing, anything else by {@link sealText}, `depth`
 * being the value's in its message (1, a message's field, unless given) and `key` its field's name.
 */
export const sealField = (value: unknown, depth = 1, key: ToJsonKey = ""): string =>
  typeof value === "string" ? value : value === undefined ? "" : sealText(value, depth, key);

/**
 * The part of a sealing string a list at `depth` contributes (`key`, its field's name): its items in order, each
 * sealed by `item` one level down, given its index.
 */
export function sealList(
  value: unknown,
  item: (value: unknown, depth: number, key: ToJsonKey) => string,
  depth: number,
  key: ToJsonKey = "",
): string {
  try {
    // A list with a toJSON (its own, or a polluted Array.prototype's) is sent as that gives it: the generic rule.
    if (!Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === "function")
      return sealText(value, depth, key);
    const length = listLength(value);
    if (length < 0) throw refusal(`cannot seal a list of more than ${MAX_LIST_ITEMS} items`);
    let text = "";
    for (let i = 0; i < length; i++) text = joined(text, item(value[i], depth + 1, i));
    return text;
  } catch (error) {
    // Its length and items are read here, outside any walk: a Proxy's trap or a getter that throws fails as there.
    throw unsealable(error);
  }
}
