// A configuration refused says what it was given, not only what it takes: a
// keyVersion read from the environment is a string, and "must be an integer"
// alone does not tell that it is the type, not the number, that is wrong.
import { expect, test } from "vitest";
import { createClient, paypagePostForm, type ClientConfig } from "../../generated/index.js";

const good = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "config-error-key" };

test.each([
  [{ keyVersion: "1" }, 'keyVersion must be a non-negative integer, got "1"'],
  [{ keyVersion: -1 }, "keyVersion must be a non-negative integer, got number -1"],
  [{ merchantId: 2001000000001 }, "merchantId must be a non-empty string, got number 2001000000001"],
  [{ maxReplyBytes: "1000" }, 'maxReplyBytes must be a positive integer number of bytes, got "1000"'],
])("the client refuses %o and says what it was given", (change, message) => {
  expect(() => createClient({ ...good, ...change } as unknown as ClientConfig)).toThrow(new TypeError(message));
});

test("a Paypage form's configuration is refused so too", () => {
  const config = { ...good, keyVersion: "1" } as unknown as Parameters<typeof paypagePostForm>[1];
  expect(() => paypagePostForm({ amount: 1250, currencyCode: "978" }, config)).toThrow(
    new TypeError('keyVersion must be a non-negative integer, got "1"'),
  );
});
