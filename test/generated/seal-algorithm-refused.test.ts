// A message whose sealAlgorithm names no known algorithm is refused with the
// value it holds, quoted as an option's is: escaped, and cut short when long.
import { expect, test } from "vitest";
import { operations, SEAL_ALGORITHM_NAMES } from "../../generated/index.js";
import { SECRET_KEY, unsealedRequest } from "./samples.js";

const { request } = operations.paymentTokenInitialize;

/** The message of the TypeError sealing the sample request with `sealAlgorithm: named` throws. */
function refusal(named: unknown): string {
  try {
    request.seal({ ...unsealedRequest(), sealAlgorithm: named } as never, SECRET_KEY);
  } catch (error) {
    if (error instanceof TypeError) return error.message;
    throw error;
  }
  throw new Error("expected a TypeError");
}

const known = `use one of ${SEAL_ALGORITHM_NAMES.join(", ")}`;

test("the value refused is quoted", () => {
  expect(refusal("MD5")).toBe(`the message's sealAlgorithm is not a known seal algorithm: ${known} (got "MD5")`);
  expect(refusal(256)).toBe(`the message's sealAlgorithm is not a known seal algorithm: ${known} (got number 256)`);
});

test("a value with control or quote characters is escaped, a long one cut short", () => {
  expect(refusal('HMAC"\n\u001b[31m')).toContain(`(got "HMAC\\"\\n\\u001b[31m")`);
  const long = refusal("x".repeat(10_000));
  expect(long).toMatch(/\(got "x+"… \(10000 characters\)\)$/);
  expect(long.length).toBeLessThan(300);
});

test("the value refused is the one read: a getter that answers otherwise a second time is read once", () => {
  let reads = 0;
  const message: Record<string, unknown> = unsealedRequest();
  Object.defineProperty(message, "sealAlgorithm", {
    enumerable: true,
    get: () => (++reads === 1 ? "MD5" : SEAL_ALGORITHM_NAMES[0]),
  });
  expect(() => request.seal(message as never, SECRET_KEY)).toThrow(
    new TypeError(`the message's sealAlgorithm is not a known seal algorithm: ${known} (got "MD5")`),
  );
  expect(reads).toBe(1);
});
