// Why a message cannot be sealed: one kind of error, a TypeError, whatever
// stopped the walk, so that a caller's `catch` tells an unsealable message by
// `instanceof TypeError`; a reader's own error (a getter, a Proxy trap or a
// toJSON that threw) is kept as its `cause`.

/** The TypeErrors the seal throws itself, which pass on as they are: any other error is a read's. */
const refusals = new WeakSet<Error>();

/** A TypeError the seal throws itself, for a message no JSON text could carry. */
export function refusal(message: string, cause?: unknown): TypeError {
  const error = cause === undefined ? new TypeError(message) : new TypeError(message, { cause });
  refusals.add(error);
  return error;
}

/**
 * What a seal throws for `error`, met while reading a message: a refusal as it is; the engine's RangeError for a
 * string longer than it can make, and any error a read of the message threw, as a TypeError whose cause it is.
 */
export function unsealable(error: unknown): TypeError {
  if (error instanceof TypeError && refusals.has(error)) return error;
  if (error instanceof RangeError)
    return refusal("cannot seal a message whose sealing string is longer than a string can hold", error);
  return refusal(
    "cannot seal a message that cannot be read: a getter, a Proxy trap or a toJSON threw (the cause)",
    error,
  );
}
