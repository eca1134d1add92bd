// A reader of the message (a getter, a Proxy trap, a toJSON) that throws a
// RangeError: the seal's TypeError says the message cannot be read, the
// RangeError its cause, wherever the read happens. It said the sealing string
// was longer than a string can hold, the engine's RangeError for a string too
// long being told from a reader's by its class alone; that one is still told
// where parts are joined (test/generated/hostile-graphs.test.ts).
import { describe, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { SECRET_KEY, unsealedRequest } from "./samples.js";

const UNREADABLE = "cannot seal a message that cannot be read: a getter, a Proxy trap or a toJSON threw (the cause)";
const request = operations.paymentTokenInitialize.request;
const wallet = operations.getWalletData.response;
const thrownBy = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};
const throwing = (error: RangeError) => () => {
  throw error;
};

/** A message whose reading throws `error`, in each of the ways a seal reads one. */
function unreadable(error: RangeError): { readonly given: string; readonly message: object; readonly seal: typeof request }[] {
  const base = unsealedRequest();
  const getter = (target: object, name: string) =>
    Object.defineProperty(target, name, { enumerable: true, get: throwing(error) });
  return [
    { given: "a known field's getter", message: getter({ ...base }, "sdkVersion"), seal: request },
    { given: "a getter in a field the package does not know", message: { ...base, extra: getter({}, "deep") }, seal: request },
    { given: "a toJSON", message: { ...base, extra: { toJSON: throwing(error) } }, seal: request },
    { given: "the sealAlgorithm field's getter", message: getter({ ...base }, "sealAlgorithm"), seal: request },
    {
      given: "a Proxy trap of a known list",
      message: { walletPaymentMeanDataList: new Proxy([], { get: throwing(error) }), walletResponseCode: "00" },
      seal: wallet as unknown as typeof request,
    },
  ];
}

describe("a reader's RangeError is the reader's error, the RangeError its cause", () => {
  const error = new RangeError("the reader's own range error");
  test.each(unreadable(error))("$given", ({ message, seal }) => {
    const sealed = thrownBy(() => seal.seal(message as never, SECRET_KEY));
    expect(sealed).toBeInstanceOf(TypeError);
    expect((sealed as TypeError).message).toBe(UNREADABLE);
    expect((sealed as TypeError).cause).toBe(error);
    // Its own seal added in place: a spread would call the getter here.
    Object.defineProperty(message, "seal", { value: "0".repeat(64), enumerable: true });
    expect(seal.verify(message as never, SECRET_KEY)).toBe(false);
  });
});
