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
 * What a seal throws for `error`, met while reading a message: a refusal as it is; any error a read of the message
 * threw (a getter's RangeError too: the engine's for a string too long is told where parts are joined, `joined`) as
 * a TypeError whose cause it is.
 */
export function unsealable(error: unknown): TypeError {
  if (error instanceof TypeError && refusals.has(error)) return error;
  return refusal(
    "cannot seal a message that cannot be read: a getter, a Proxy trap or a toJSON threw (the cause)",
    error,
  );
}

/** The refusal of a sealing string longer than the engine can make, its RangeError the cause. */
const tooLong = (error: unknown): TypeError =>
  refusal("cannot seal a message whose sealing string is longer than a string can hold", error);

/**
 * What a seal throws for `error`, met while joining parts read already (the generated sum of a message's known
 * fields, each part read and flattened in a guard of its own): a refusal as it is; the engine's RangeError, for a
 * string longer than it can make, as the refusal of a string too long.
 */
export function unsealableSum(error: unknown): TypeError {
  return error instanceof RangeError ? tooLong(error) : unsealable(error);
}

/**
 * `text` followed by `part`, both made already: the engine's RangeError for a string longer than it can make is
 * told here from a reader's, which reading `part` would have thrown before.
 */
export function joined(text: string, part: string): string {
  try {
    return text + part;
  } catch (error) {
    throw tooLong(error);
  }
}
