// How a generated validation reads a message: a field's own value only (never
// one a polluted Object.prototype gives), plain objects told from the others
// after their fields were read, and lists bounded before their first item.
// Reads that every validation makes, written for the engine to fold: see
// validation.ts's resultOf for why their bytecode is counted.

/**
 * Object.prototype, to tell a field's own value from one it would inherit if
 * the prototype were polluted: `own(input["x"], INHERITED["x"])`. Both are plain
 * property reads, which keeps validation fast.
 */
export const INHERITED: Readonly<Record<string, unknown>> = Object.prototype as Record<string, unknown>;

/**
 * A field's value, or undefined when it is absent or only inherited from a
 * polluted Object.prototype (an own value equal to the polluted one is taken as
 * absent too: a refusal, never a false acceptance).
 */
export const own = (value: unknown, inherited: unknown): unknown =>
  // The first test is what the engine knows from the read of an unpolluted prototype: it folds the whole test away.
  inherited === undefined || value !== inherited ? value : undefined;

const ownProperty = Object.prototype.hasOwnProperty;

/**
 * Object.hasOwn, through hasOwnProperty: inside a for-in loop over the same
 * object the engine answers it for the loop's own keys without a call.
 */
export const hasOwn = (object: object, key: PropertyKey): boolean => ownProperty.call(object, key);

/** A plain object: `{}` or `Object.create(null)`, not an array, a class instance or a primitive. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && hasPlainPrototype(value);
}

// Constants of this module: each use is one load, where a global's property is two, in the bytecode that a
// validator's callers count (see validation.ts's resultOf).
const prototypeOf = Object.getPrototypeOf;
const OBJECT_PROTOTYPE: unknown = Object.prototype;

/**
 * Whether an object is a plain one, asked after its fields were read: the
 * engine then already knows its shape and answers without a call. A read that
 * throws on a value that is not a plain object makes it "not an object", as
 * asking first would have (issues.ts: readFailure).
 */
export function hasPlainPrototype(value: object): boolean {
  const prototype: unknown = prototypeOf(value);
  return prototype === OBJECT_PROTOTYPE || prototype === null;
}

/**
 * The most items a list may claim. A JSON text holds at most 2^29 - 24
 * characters (the longest string V8 makes) and each item takes at least two
 * of them, so no message read from JSON comes near; an in-memory array or a
 * proxy that claims more is refused before its first item is read, instead of
 * being walked for billions of indices.
 */
export const MAX_LIST_ITEMS: number = 2 ** 28 - 13;

/**
 * The number of items of a list (an array, or a proxy of one), read once, as
 * JSON.stringify would count them (ToLength); -1 when it is more than
 * {@link MAX_LIST_ITEMS}.
 */
export function listLength(list: readonly unknown[]): number {
  const claimed = list.length;
  // A real array's length is already an integer; a proxy's may be anything.
  const length = typeof claimed === "number" && claimed >>> 0 === claimed ? claimed : toLength(claimed);
  return length > MAX_LIST_ITEMS ? -1 : length;
}

/** ToLength: an integer from 0 up, NaN and negatives 0. */
const toLength = (value: unknown): number => Math.max(0, Math.trunc(Number(value)) || 0);
