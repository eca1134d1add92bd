// A sealing string is a message's: every operation's sealing string helpers,
// and the generic rule, refuse what is not an object (a string, a number,
// null) before reading anything, with the TypeError its seal throws. A string
// was walked as a record of its characters (a 10 MB one took over a minute,
// a key sorted per character; "abc" gave "abc"), null and a number gave "":
// each a sealing string of no message.
import { describe, expect, test } from "vitest";
import { genericSealingString, operations } from "../../generated/index.js";
import { thrown } from "../support/thrown.js";

const KEY = "not-object-key-0123456789";

const notObjects: [unknown, string][] = [
  ["abc", "a string"],
  ["", "a string"],
  [42, "a number"],
  [null, "null"],
  [undefined, "undefined"],
  [true, "a boolean"],
  [() => "x", "a function"],
];

const messages = Object.values(operations).flatMap((operation) => [
  [`${operation.name} request`, operation.request] as const,
  [`${operation.name} response`, operation.response] as const,
]);

describe.each(messages)("%s", (_name, message) => {
  test.each(notObjects)("sealingString(%j) is the seal's TypeError, and verify is false", (value) => {
    const bySeal = thrown(() => message.seal(value as never, KEY));
    const error = thrown(() => message.sealingString(value as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(bySeal.message);
    expect(message.verify(value as never, KEY)).toBe(false);
  });
});

test.each(notObjects)("genericSealingString(%j) is a TypeError saying what it got", (value, got) => {
  const error = thrown(() => genericSealingString(value as never, new Set()));
  expect(error).toBeInstanceOf(TypeError);
  expect(error.message).toBe(`message must be an object, got ${got}`);
});
