// The objects an invalid message's validation makes (its issues, the problems
// found and their lists), made without an allocation site. V8 gives each object
// and array literal a site, and tenures a site whose first objects all survive
// a scavenge with the new space at its full size: every later object made
// there then goes to the old generation, which only a full collection frees.
// A program that keeps its first few hundred results across a collection (a
// list of messages validated, then used) made every later invalid message
// allocate there. `new` of a function has no site, nor has `new Array()` (a
// plain packed list with room for four items, as the warnings' list here) or
// `new Array(0)` (none, as a literal: the errors' list, validation.ts)
// (`Array.of()` too has none, but is a call that the optimizing compiler does
// not inline: the five-error request took twice its time).

/** An issue as validation.ts types it (ValidationIssue), its code kept as given: this module imports nothing. */
interface IssueOf<C extends string> {
  readonly path: string;
  readonly code: C;
  readonly message: string;
  readonly received?: unknown;
}

/** The shape of an issue without a value received: `{ path, code, message }`, in that order. */
function IssueObject(
  this: { path: string; code: string; message: string },
  path: string,
  code: string,
  message: string,
): void {
  this.path = path;
  this.code = code;
  this.message = message;
}
// A plain object, as the literal was.
IssueObject.prototype = Object.prototype;

/**
 * The shape of an issue with the value received: `{ path, code, message, received }`, in that order. A value that
 * can hold properties (an object, a list, a function) is not received: what it holds may be under names the spec
 * does not know, which may be a card number's, and an issue ends up in logs whole. The issue is then one without a
 * value, of Issue's shape (returned by the constructor, which `new` then gives): a check writes `new IssueWith`
 * whatever the value it met.
 */
function IssueWithObject(
  this: { path: string; code: string; message: string; received: unknown },
  path: string,
  code: string,
  message: string,
  received: unknown,
): IssueOf<string> | undefined {
  if ((typeof received === "object" && received !== null) || typeof received === "function")
    return new Issue(path, code, message);
  this.path = path;
  this.code = code;
  this.message = message;
  this.received = received;
  return undefined;
}
IssueWithObject.prototype = Object.prototype;

/** `new Issue(path, code, message)`: an issue without a value, a plain object. */
export const Issue = IssueObject as unknown as new <C extends string>(
  path: string,
  code: C,
  message: string,
) => IssueOf<C>;

/** `new IssueWith(path, code, message, received)`: an issue with its value (not one that holds properties), a plain object. */
export const IssueWith = IssueWithObject as unknown as new <C extends string>(
  path: string,
  code: C,
  message: string,
  received: unknown,
) => IssueOf<C>;

/** A list of issues of its own, empty: no allocation site, unlike `[]`. */
// biome-ignore lint/style/useArrayLiterals: a literal has an allocation site (site-free.ts)
export const newIssueList = <T>(): T[] => new Array<T>();

/** The shape of an unknown field's issue that names the field meant: `{ path, code, message, meant }`. */
function IssueMeantObject(
  this: { path: string; code: string; message: string; meant: string },
  path: string,
  code: string,
  message: string,
  meant: string,
): void {
  this.path = path;
  this.code = code;
  this.message = message;
  this.meant = meant;
}
IssueMeantObject.prototype = Object.prototype;

/** `new IssueMeant(path, code, message, meant)`: an issue without a value that names the field meant. */
export const IssueMeant = IssueMeantObject as unknown as new <C extends string>(
  path: string,
  code: C,
  message: string,
  meant: string,
) => IssueOf<C> & { readonly meant: string };
