// Whether a value thrown is an Error, of whatever realm it was made in.

/**
 * Whether `value` is an Error: one of this realm (a DOMException among them), or of another, which
 * `instanceof Error` says is not one. A test runner that runs each file in a `vm` context of its own (Jest)
 * gives the code there an Error other than the one Node's fetch throws, and so does a fetch made in a `vm`
 * context or a worker's realm: what such an error says, its cause above all, would be lost. The brand is
 * what `Object.prototype.toString` reads (`Error.isError` says it too, but not on Node 20); an object can claim
 * it with `Symbol.toStringTag`, so one of another realm must also hold its message as text, as every Error does.
 */
export function isError(value: unknown): value is Error {
  if (value instanceof Error) return true;
  return (
    Object.prototype.toString.call(value) === "[object Error]" &&
    typeof (value as { message?: unknown }).message === "string"
  );
}

/** What a value thrown says: an Error's message (of whatever realm), anything else as text (which may throw). */
export const messageOf = (error: unknown): string => (isError(error) ? error.message : String(error));

/**
 * An Error's class named as words read it, with its article: "a TypeError", "an AggregateError", and "a URIError",
 * the U of an initialism (a capital after it) being read "you".
 */
export const anError = (name: string): string => `${/^(?!U[A-Z])[AEIOUaeiou]/.test(name) ? "an" : "a"} ${name}`;

/** An Error's class as its name gives it, when that name is an identifier (a name made of other text is not shown). */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;

/**
 * What kind of value was thrown, for people, with its article: an Error's class ("a TypeError"), or the kind of
 * value ("an object", "a string"); never what it says.
 */
export function kindOfThrown(thrown: unknown): string {
  try {
    if (isError(thrown))
      return typeof thrown.name === "string" && IDENTIFIER.test(thrown.name) ? anError(thrown.name) : "an Error";
  } catch {
    // A name behind a getter that throws: an Error all the same.
    return "an Error";
  }
  if (thrown === null) return "null";
  try {
    if (Array.isArray(thrown)) return "an array";
  } catch {
    // A revoked proxy, which Array.isArray throws on: never an exception here, whatever was thrown.
    return "an unreadable value";
  }
  const type = typeof thrown;
  return type === "undefined" ? type : type === "object" ? "an object" : `a ${type}`;
}
