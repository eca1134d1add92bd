// The brand of a message whose seal the package verified: what the client's
// success gives as its reply, and the Paypage and Walletpage decoders as the
// fields of a post. The type holds where the compiler sees it; at run time the
// objects so given are kept in a WeakSet of this module, which `isVerified`
// reads: code that ships can ask, where a value came through `any`, JSON or a
// cast, whether this package gave it as verified. A set, not a mark on the
// object: a symbol or a property could be copied onto a lookalike, and a
// frozen object told apart by nothing but being frozen. The object is frozen
// too, with every object and list it holds: the answer vouches for the fields
// that are read after it, since none can be changed, added or removed.

/** The brand of {@link Verified}: a type only, never a value, so that nothing outside this module can write it. */
declare const sealVerified: unique symbol;

/**
 * A message as the package gives it once its seal verified: a client call's reply (`response` of an `ok` result,
 * verified with the configured key, then validated) and a callback's fields as a decoder gives them
 * (`decodePaypageResponse`, `decodeWalletpageResponse`), the only code that builds one. Code that acts on a payment
 * (ships goods, credits an account) can take `Verified<PaypageResponse>` (`Verified<PaymentProviderFinalizeResponse>`)
 * and so cannot be handed fields that no seal vouches for: those of a validator (`validatePaypageResponse`,
 * `validate<Operation>Response`), of a parsed post or reply, or an object literal, which do not compile there.
 * It is its message type for every other use (a `Verified<T>` is a `T`), but frozen, to its last nested object and
 * list: a field set, added or deleted throws a `TypeError` in strict code (ES modules) and is ignored elsewhere.
 * Its own fields are `readonly`, so that a field set does not compile; those of the objects and lists it holds
 * keep their types (a `readonly` list is no `T`'s list), frozen all the same. A copy made with a spread keeps the
 * brand, so keep changes out of what you pass on as verified ({@link isVerified}, at run time, refuses the copy).
 */
export type Verified<T> = Readonly<T> & { readonly [sealVerified]: true };

/** The objects the package gave as verified. Weak: it keeps none alive. */
const verifiedObjects = new WeakSet<object>();

/**
 * Gives `message` as {@link Verified}, once its seal verified: the client's reply (client-reply.ts) and a decoded
 * callback (paypage-response.ts) alone call it, on an object they parsed themselves, which nothing else holds.
 */
export function markVerified<T extends object>(message: T): Verified<T> {
  freezeAll(message);
  verifiedObjects.add(message);
  return message as Verified<T>;
}

/**
 * Freezes `root` and every object reachable through its enumerable fields (all a parsed message has): with a
 * list of those left, not by recursion, so that a message nested however deep cannot overflow the stack. An
 * object already frozen is not walked again: the messages marked are made by JSON.parse or the Data reader
 * (paypage-data.ts), whose objects none froze before, so one found frozen is one this walk froze (held twice).
 */
function freezeAll(root: object): void {
  const pending: object[] = [root];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    Object.freeze(next);
    const values = next as Record<string, unknown>;
    for (const key in values) {
      const value = values[key];
      if (typeof value === "object" && value !== null && !Object.isFrozen(value)) pending.push(value);
    }
  }
}

/**
 * Whether `value` is an object this package gave as {@link Verified}: the `response` of a client call's `ok`
 * result, or of a decoder's (`decodePaypageResponse`, `decodeWalletpageResponse`). False for anything else,
 * however alike: an object built by hand or cast, a validator's value, a copy (a spread, `structuredClone`,
 * JSON), one given by another copy of the package. Its fields are as they came too: the object was frozen,
 * with every object and list it holds, before it was given. Call it where goods ship, before the response's
 * fields are read; the type `Verified<T>` says the same to the compiler.
 */
export function isVerified<T>(value: T): value is Verified<T> {
  return typeof value === "object" && value !== null && verifiedObjects.has(value);
}
