// A boxed primitive (`new Number(5)`, `Object(12n)`) as JSON.stringify writes
// it: its value, never its fields. Told by its internal slot, as JSON tells it,
// once its tag says it may be one: the brand checks throw for anything else,
// and an exception per object walked would cost more than the walk.

/** What {@link unboxed} gives for a value that is not a boxed primitive. */
export const NOT_BOXED: unique symbol = Symbol("not boxed");

const tagOf = Object.prototype.toString;
const numberValue = Number.prototype.valueOf;
const stringValue = String.prototype.valueOf;
const booleanValue = Boolean.prototype.valueOf;
const bigintValue = BigInt.prototype.valueOf;

/**
 * The primitive JSON.stringify writes for `value` when it is a boxed primitive: a Number's as ToNumber gives it
 * (its own valueOf asked), a String's as ToString gives it, a Boolean's or a BigInt's value; else
 * {@link NOT_BOXED}. A boxed primitive whose `Symbol.toStringTag` says otherwise is taken for an object.
 *
 * @throws what its valueOf or toString throws, as JSON.stringify does.
 */
export function unboxed(value: object): unknown {
  const reader = slotReader(value);
  if (reader === null) return NOT_BOXED;
  if (reader === numberValue) return +(value as unknown as number);
  return reader === stringValue ? String(value) : reader.call(value);
}

/**
 * Whether `value` is a boxed primitive, which JSON writes as its value (see {@link unboxed}), told at the cost of
 * a property read for a plain object: its valueOf is Object.prototype's, which a boxed primitive's is not (but for
 * one whose own, or whose prototype's, was made so: taken for an object). Then by its tag and slot, as unboxed
 * tells it. For the generated fast paths, once per container: a call of the tag's builtin for each was a tenth of
 * a large message's sealing string. A read that throws is the caller's to catch.
 */
export const isBoxedPrimitive = (value: object): boolean =>
  (value as { valueOf?: unknown }).valueOf !== objectValueOf && slotReader(value) !== null;

const objectValueOf = Object.prototype.valueOf;

/**
 * The valueOf of the primitive `value` boxes, null when it boxes none. Its tag first, which costs no exception;
 * a tag that cannot be read (a Proxy's trap that throws, JSON reads no tag) is no primitive's.
 */
function slotReader(value: object): (() => unknown) | null {
  let tag: string;
  try {
    tag = tagOf.call(value);
  } catch {
    return null;
  }
  const reader =
    tag === "[object Number]"
      ? numberValue
      : tag === "[object String]"
        ? stringValue
        : tag === "[object Boolean]"
          ? booleanValue
          : tag === "[object BigInt]"
            ? bigintValue
            : null;
  return reader !== null && hasSlot(reader, value) ? reader : null;
}

/** Whether a valueOf that reads an internal slot finds it in `value`: it throws for any other object. */
function hasSlot(reader: () => unknown, value: object): boolean {
  try {
    reader.call(value);
    return true;
  } catch {
    return false;
  }
}
