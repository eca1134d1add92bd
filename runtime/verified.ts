// The brand of a message whose seal the package verified: what the client's
// success gives as its reply, and the Paypage and Walletpage decoders as the
// fields of a post. A type only: nothing at run time carries or checks it.

/** The brand of {@link Verified}: a type only, never a value, so that nothing outside this module can write it. */
declare const sealVerified: unique symbol;

/**
 * A message as the package gives it once its seal verified: a client call's reply (`response` of an `ok` result,
 * verified with the configured key, then validated) and a callback's fields as a decoder gives them
 * (`decodePaypageResponse`, `decodeWalletpageResponse`), the only code that builds one. Code that acts on a payment
 * (ships goods, credits an account) can take `Verified<PaypageResponse>` (`Verified<PaymentProviderFinalizeResponse>`)
 * and so cannot be handed fields that no seal vouches for: those of a validator (`validatePaypageResponse`,
 * `validate<Operation>Response`), of a parsed post or reply, or an object literal, which do not compile there.
 * It is its message type for every other use (a `Verified<T>` is a `T`); a copy made with a spread keeps the
 * brand, so keep changes out of what you pass on as verified.
 */
export type Verified<T> = T & { readonly [sealVerified]: true };
