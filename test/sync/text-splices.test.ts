import { expect, test } from "vitest";
import { type Splice, TextSplices } from "../../generator/sync/text-splices.js";

/** `text` with `splices` added in this order and applied. */
function applied(text: string, splices: readonly Splice[]): string {
  const edits = new TextSplices();
  for (const splice of splices) edits.add(splice);
  return edits.applyTo(text);
}

test("each edit is placed by the offsets of the text as it was, whatever the edits before it do", () => {
  const splices = [
    { start: 0, end: 1, text: "AAA" },
    { start: 2, end: 3, text: "" },
    { start: 4, end: 4, text: "!" },
  ];
  expect(applied("abcd", splices)).toBe("AAAbd!");
  expect(applied("abcd", [...splices].reverse())).toBe("AAAbd!");
});

test("the same edit asked twice is made once", () => {
  expect(
    applied("ab", [
      { start: 1, end: 1, text: "x" },
      { start: 1, end: 1, text: "x" },
    ]),
  ).toBe("axb");
});

test("insertions at one place keep the order they were asked in", () => {
  expect(
    applied("ab", [
      { start: 1, end: 1, text: "2" },
      { start: 1, end: 1, text: "1" },
    ]),
  ).toBe("a21b");
});

test("ranked insertions at one place are in the order of their rank, whatever order they were asked in", () => {
  const two = { start: 1, end: 1, text: "2", rank: "b" };
  const one = { start: 1, end: 1, text: "1", rank: "a" };
  expect(applied("ab", [two, one])).toBe("a12b");
  expect(applied("ab", [one, two])).toBe("a12b");
});

test("an edit replaced is made once, as last asked; one never asked is added", () => {
  const edits = new TextSplices();
  edits.add({ start: 1, end: 2, text: "X" });
  edits.add({ start: 2, end: 2, text: "!" });
  edits.replace({ start: 1, end: 2, text: "Y" });
  edits.replace({ start: 1, end: 2, text: "Z" });
  edits.replace({ start: 3, end: 3, text: "?" });
  expect(edits.applyTo("abc")).toBe("aZ!c?");
});
