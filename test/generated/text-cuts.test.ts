// Every place the runtime cuts a text for a message (a value shown in an
// issue, a hostile key in a JSON Pointer, an error reply's excerpt) cuts
// before a surrogate pair it would split: a lone half shows as U+FFFD, or as
// an escape, and a strict UTF-8 log refuses it. Each cut is tried at every
// offset of an emoji around its limit.
import { expect, test } from "vitest";
import { BODY_EXCERPT_LENGTH, excerptOf } from "../../generated/runtime/client-reply.js";
import { describe as describeValue } from "../../generated/runtime/issue-format.js";
import { pointer, topPointer } from "../../generated/runtime/json-pointer.js";

const EMOJI = "\u{1F600}";
/** Half of a surrogate pair without its other half. */
const LONE_HALF = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Texts of `length` units and more with an emoji starting at each unit near `limit`. */
const around = (limit: number): string[] =>
  Array.from({ length: 6 }, (_, i) => `${"a".repeat(limit - 3 + i)}${EMOJI.repeat(4)}b`);

test.each([
  ["a value shown in an issue", (text: string) => JSON.parse(describeValue(text).split("…")[0] ?? "") as string, 40],
  ["a key in a JSON Pointer", (text: string) => pointer("/x", text), 100],
  ["a top-level key in a JSON Pointer", (text: string) => topPointer(text), 100],
  ["an error reply's excerpt", (text: string) => excerptOf(text), 1000],
] as const)("%s is never cut in the middle of a character", (_, cut, limit) => {
  const broken = around(limit).filter((text) => LONE_HALF.test(cut(text)));
  expect(broken).toEqual([]);
});

test("an excerpt is the text whole up to its length, else its start and an ellipsis, that length at most in all", () => {
  const excerpts = [998, 999, 1000, 1001, 5000].map((length) => excerptOf("x".repeat(length)));
  expect(excerpts.map((excerpt) => excerpt.length)).toEqual([998, 999, 1000, 1000, 1000]);
  expect(excerpts.slice(3).every((excerpt) => excerpt.endsWith("…"))).toBe(true);
  expect(BODY_EXCERPT_LENGTH).toBe(1000);
});
