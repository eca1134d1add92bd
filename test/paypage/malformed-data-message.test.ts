// A genuine post whose Data cannot be read says in its message which pair, as an invalid response's message names
// its issues: a log that keeps only the message tells where Data broke. The pair is described by its kind and
// length, never quoted: a pair that cannot be read is no field the spec knows, and may be a card number.
import { expect, test } from "vitest";
import { computeSeal } from "../../generated/index.js";
import { decodePaypageResponse } from "../../generated/paypage.js";

const key = "the shop's own key";
const post = (data: string) =>
  new URLSearchParams({ Data: data, Seal: computeSeal(data, key), SealAlgorithm: "HMAC-SHA-256" });

test("the message names the pair that has no '=', by its place, and quotes nothing of it", () => {
  const result = decodePaypageResponse(post("amount=1250|responseCode=00|4100000000000010"), key);
  expect(result.ok).toBe(false);
  if (result.ok || result.error.kind !== "malformed") throw new Error("expected a malformed post");
  expect(result.error.issues).toHaveLength(1);
  expect(result.error.message).toBe(
    'Data is not a list of key=value pairs (1 problem): pair 3 has no "=": a string of 16 characters',
  );
  expect(result.error.message).not.toContain("4100000000000010");
});

test("past three pairs, the message names the first three and counts the rest", () => {
  const result = decodePaypageResponse(post("a|b|c|d|e"), key);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).toMatch(/^Data is not a list of key=value pairs \(5 problems\): pair 1 .*; and 2 more$/);
});
