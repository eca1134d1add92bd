// A refused configuration value is quoted escaped in the TypeError ("got ..."),
// as any value an issue describes: a quote or a line break the value holds
// cannot end the quote nor start a line of its own in a log.
import { expect, test } from "vitest";
import { createClient, paypagePostForm, type ClientConfig } from "../../generated/index.js";

const good = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey: "config-error-key" };
const ODD = 'v"1\n2';
const ODD_QUOTED = '"v\\"1\\n2"';

test.each([
  [{ keyVersion: ODD }, `keyVersion must be a non-negative integer, got ${ODD_QUOTED}`],
  [{ maxReplyBytes: ODD }, `maxReplyBytes must be a positive integer number of bytes, got ${ODD_QUOTED}`],
  [{ merchantId: null }, "merchantId must be a non-empty string, got null"],
])("the client quotes %o escaped", (change, message) => {
  expect(() => createClient({ ...good, ...change } as unknown as ClientConfig)).toThrow(new TypeError(message));
});

test.each([
  [{ keyVersion: ODD }, `keyVersion must be a non-negative integer, got ${ODD_QUOTED}`],
  [{ merchantId: null }, "merchantId must be a non-empty string, got null"],
])("a Paypage form's configuration %o is quoted so too", (change, message) => {
  const config = { ...good, ...change } as unknown as Parameters<typeof paypagePostForm>[1];
  expect(() => paypagePostForm({ amount: 1250, currencyCode: "978" }, config)).toThrow(new TypeError(message));
});
