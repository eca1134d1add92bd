// The longest timeout a configuration takes is the longest a timer keeps
// (2^31 - 1 ms): one more would fire at once, and every call would time out.
import { expect, test } from "vitest";
import { createClient } from "../../generated/index.js";

const base = { environment: "test" as const, merchantId: "002001000000001", keyVersion: 1, secretKey: "k" };

test("a client takes a timeout of 2^31 - 1 ms and refuses one of 2^31, naming the limit", () => {
  expect(() => createClient({ ...base, timeoutMs: 2 ** 31 - 1 })).not.toThrow();
  expect(() => createClient({ ...base, timeoutMs: 2 ** 31 })).toThrow(
    new RegExp(`^timeoutMs must be a positive number of milliseconds, at most ${2 ** 31 - 1} `),
  );
});
