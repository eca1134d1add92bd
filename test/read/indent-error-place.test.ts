// A key indented off its mapping's column is one error, at the key, with both
// columns: yaml places it at the line's start and flags each sibling after it
// too, and where the mapping's first key is the one off, it flags the others
// alone, none of which is wrong.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";

const printed = (text: string) =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "x.yaml", kind: "operation", text }).diagnostics.map(
    formatDiagnostic,
  );

const offColumn = (line: number, column: number, first: number, firstColumn: number) =>
  `x.yaml:${line}:${column} error yaml-syntax invalid YAML: All mapping items must start at the same column: this item starts at column ${column}, the first of its mapping (line ${first}) at column ${firstColumn}`;

test("a key a column short of its siblings: one error at it, not one more per sibling after it", () => {
  expect(printed("m:\n  a:\n    x: 1\n b:\n    x: 2\n  c:\n    x: 3\n  d:\n    x: 4\n")).toEqual([
    offColumn(4, 2, 2, 3),
  ]);
});

test("the first key a column deeper than the others: said at the second, naming the first's line and column", () => {
  expect(printed("m:\n   a:\n    x: 1\n  b:\n    x: 2\n  c:\n    x: 3\n")).toEqual([offColumn(4, 3, 2, 4)]);
});

test("in a nested mapping, under a comment and a blank line: the first key is the first line with one", () => {
  expect(printed("m:\n  n:\n    # the values\n\n    a:\n      x: 1\n   b:\n      x: 2\n    c:\n      x: 3\n")).toEqual([
    offColumn(7, 4, 5, 5),
  ]);
});

test("the parser's errors of other lines are said as it gives them; those of the key's line follow from it", () => {
  // A key with its value on its line, a column short: yaml adds errors of its own on that line, which repeat it.
  expect(printed("m:\n  a: 1\n b: 2\n  c: 3\n")).toEqual([offColumn(3, 2, 2, 3)]);
  const lines = printed("m:\n  a: 1\n b: 2\n  c: 3\nd: @x\n");
  expect(lines).toEqual([
    offColumn(3, 2, 2, 3),
    "x.yaml:5:4 error yaml-syntax invalid YAML: Plain value cannot start with reserved character @",
  ]);
});

test("a key a column deeper after a block scalar: the first of its mapping is a key, never a line of the scalar's text", () => {
  // The nearest line above indented less was the key holding the scalar, and the line under it the scalar's text.
  expect(printed("m:\n  a: |\n    note: text\n      more\n   b: 1\n  c: 2\n")).toEqual([offColumn(5, 4, 2, 3)]);
  expect(printed("m:\n  a: |\n    text\n b:\n    x: 1\n  c: 2\n")).toEqual([offColumn(4, 2, 2, 3)]);
});

test("a comment line just above the key: the error is said at the key, not at the comment the parser starts it from", () => {
  expect(printed("m:\n    a:\n        x: 1\n    # the next\n     b:\n        x: 2\n")).toEqual([offColumn(5, 6, 2, 5)]);
  expect(printed("m:\n  a:\n    x: 1\n  # the next\n b:\n    x: 2\n")).toEqual([offColumn(5, 2, 2, 3)]);
});

test("a key a column past its siblings, indented four a level: its siblings' column is named, not that of the mapping above", () => {
  expect(printed("m:\n    a:\n        x: 1\n     b:\n        x: 2\n    c: 1\n")).toEqual([offColumn(4, 6, 2, 5)]);
});
