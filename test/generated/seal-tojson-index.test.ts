// A list item's toJSON is given its index as JSON.stringify gives it, as text ("0"): a toJSON that reads it
// seals what is sent, through the message's own sealing string and the generic rule alike.
import { expect, test } from "vitest";
import { genericSealingString, paymentWebInitRequestSealingString } from "../../generated/index.js";

test("a list item's toJSON is asked with its index as text, as JSON sends it", () => {
  const item = { toJSON: (key: unknown) => `${typeof key}:${String(key)}` };
  const message = { amount: 1250, currencyCode: "978", paymentMeanBrandList: [item, item] };
  const sent = JSON.parse(JSON.stringify(message)) as typeof message;
  expect(sent.paymentMeanBrandList).toEqual(["string:0", "string:1"]);
  const none = new Set<string>();
  expect(genericSealingString(message, none)).toBe(genericSealingString(sent, none));
  expect(paymentWebInitRequestSealingString(message as never)).toBe(paymentWebInitRequestSealingString(sent as never));
});
