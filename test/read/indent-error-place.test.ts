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

test("a key a column past its siblings after a key with its value on its line: one error at it, not at that value", () => {
  // yaml reads the moved line as more of the value above, then finds a mapping in that value.
  expect(printed("m:\n  a: 1\n   b: 2\n  c: 3\n")).toEqual([offColumn(3, 4, 2, 3)]);
  expect(printed("a: 1\n b: 2\nc: 3\n")).toEqual([offColumn(2, 2, 1, 1)]);
  expect(printed("m:\n  - x: 1\n     y: 2\n")).toEqual([offColumn(3, 6, 2, 5)]);
  // A value whose own line holds ": " is still said as a value to quote.
  expect(printed("m:\n  a: see: this\n  b: 2\n")[0]).toContain('holds ": "');
  // Words that run on to a line holding ": " are no key moved: the parser's words stand.
  expect(printed("m:\n  a: some text\n   that goes on: here\n")).toEqual([
    "x.yaml:2:6 error yaml-syntax invalid YAML: Nested mappings are not allowed in compact mappings",
  ]);
});

test("a key under a value whose text runs on over lines, a column short of that text: one error at the key", () => {
  // yaml reads the lines below the value's, the key's too, as one plain value, then finds a mapping in it.
  expect(printed("a: text\n    more\n   b: 2\n")).toEqual([offColumn(3, 4, 1, 1)]);
  expect(printed("m:\n  a: text\n      more\n     b: 2\n  c: 3\n")).toEqual([offColumn(4, 6, 2, 3)]);
  // Its siblings after it, at its column, follow from it; so do blank lines and links among the text.
  expect(printed("a: text\n    more\n   b: 2\n   c: 3\n")).toEqual([offColumn(3, 4, 1, 1)]);
  expect(printed("m:\n  a: see https://example.com\n\n    more\n\n   b: 2\n")).toEqual([offColumn(6, 4, 2, 3)]);
  // A line of the text holding ": " is no key moved: the parser's words stand.
  expect(printed("m:\n  a: some text\n   more\n   that goes on: here\n")).toEqual([
    "x.yaml:2:6 error yaml-syntax invalid YAML: Nested mappings are not allowed in compact mappings",
  ]);
});

test("a file's first key indented: one error, at the next key, not one more for each line after it", () => {
  expect(printed("# about\n\n a: 1\nb: 2\nc:\n  x: 1\n")).toEqual([offColumn(4, 1, 3, 2)]);
  expect(printed("  a:\n    x: 1\n  b: 2\nc: 3\nd: 4\n")).toEqual([offColumn(4, 1, 1, 3)]);
  // Lines before the first key that hold none: a blank line ended by CRLF, a document start, a directive.
  expect(printed("\r\n  a: 1\r\nb: 2\r\nc: 3\r\n")).toEqual([offColumn(3, 1, 2, 3)]);
  expect(printed("---\n  a: 1\nb: 2\nc: 3\n")).toEqual([offColumn(3, 1, 2, 3)]);
  expect(printed("%YAML 1.2\n--- # spec\n  a: 1\nb: 2\nc: 3\n")).toEqual([offColumn(4, 1, 3, 3)]);
});

/** The error of a list item at line:column, against its list's first item at its line and column. */
const item = (line: number, column: number, first: number, firstColumn: number) =>
  `x.yaml:${line}:${column} error yaml-syntax invalid YAML: All sequence items must start at the same column: this item starts at column ${column}, the first of its sequence (line ${first}) at column ${firstColumn}`;

test("a list item a column short of the others: one error at its dash, naming the list's first item", () => {
  expect(printed("m:\n  - 1\n - 2\n  - 3\n")).toEqual([item(3, 2, 2, 3)]);
  expect(printed("m:\n  n:\n    - 1\n    - 2\n   - 3\nz: 1\n")).toEqual([item(5, 4, 3, 5)]);
  // An item moved whose quoted value runs on to a second line: the item after it, which is right, is not said.
  expect(printed('m:\n  - a\n - "b\n   c"\n  - d\n')).toEqual([item(3, 2, 2, 3)]);
  // After a blank line or a comment at the line's start, where the parser starts its error: said at the dash still.
  expect(printed("m:\n  - 1\n\n - 2\n  - 3\n")).toEqual([item(4, 2, 2, 3)]);
  expect(printed("m:\n  - 1\n# two\n - 2\n  - 3\n")).toEqual([item(4, 2, 2, 3)]);
  expect(printed("m:\n  n:\n    - 1\n\n    # three\n   - 3\nz: 1\n")).toEqual([item(6, 4, 3, 5)]);
  // A dash a column left of keys is no list item moved: the parser's words stand, at the dash.
  expect(printed("m:\n  a: 1\n - b: 2\n")).toEqual([
    "x.yaml:3:2 error yaml-syntax invalid YAML: A block sequence may not be used as an implicit map key",
  ]);
});

test("a list item a column past the others where the parser says so (after a comment, beside a mapping): named against the list's first item", () => {
  expect(printed("m:\n  - 1\n  - 2\n  # three\n   - 3\n")).toEqual([item(5, 4, 2, 3)]);
  expect(printed("m:\n  - 1\n  - 2 # two\n   - 3\n")).toEqual([item(4, 4, 2, 3)]);
  expect(printed("m:\n  - a: 1\n   - b: 2\n")).toEqual([item(3, 4, 2, 3)]);
  // Under the keys of the item above, nearer the dash than a key: still the list's.
  expect(printed("m:\n  - a: 1\n    b: 2\n   - c\n")).toEqual([item(4, 4, 2, 3)]);
});

test("a key of a list item's mapping a column short of its siblings, right of the dash: one error at it, naming the item's first key", () => {
  // yaml reads it as an item of the list with its dash left out.
  expect(printed("m:\n  - a: 1\n    b: 2\n   c: 3\n")).toEqual([offColumn(4, 4, 2, 5)]);
  expect(printed("- a: 1\n  b: 2\n c: 3\n")).toEqual([offColumn(3, 2, 1, 3)]);
  // Holding a mapping, with the list's next item after it: the lines below follow from it.
  expect(printed("m:\n  -   a: 1\n      b: 2\n     c:\n       x: 1\n  - d: 1\n")).toEqual([offColumn(4, 6, 2, 7)]);
  // A line with no key there is no key moved: the parser's words stand, at the line's text.
  expect(printed("m:\n  - a: 1\n    b: 2\n   c d\n")).toEqual([
    "x.yaml:4:4 error yaml-syntax invalid YAML: Sequence item without - indicator",
  ]);
});

test("a comment line just above a line moved is read as a blank line is: the same one error, at the line moved", () => {
  // The parser starts its error at the comment (at the blank line too, in the second), so the moved line's own
  // errors came out beside it: text after a quote, a colon left out.
  for (const between of ["", "# c", "  # c", "    # c"]) {
    const above = (text: string) => text.replace("@", `${between}\n`);
    expect(printed(above('m:\n  a: 1\n@   b: "x" y\n  c: 3\n')), between).toEqual([offColumn(4, 4, 2, 3)]);
    expect(printed(above('m:\n  a:\n    x: 1\n@ b: "x" y\n')), between).toEqual([offColumn(5, 2, 2, 3)]);
    // After a blank line, words a column right of a key run on its value: valid YAML, read as YAML reads it.
    expect(printed(above("m:\n  a: 1\n@   b c\n")), between).toEqual(between === "" ? [] : [offColumn(4, 4, 2, 3)]);
    // Errors the parser words its own way are said at the line's first token, not at the comment above it.
    expect(printed(above("m:\n  a: 1\n@ - b\n")), between).toEqual([
      "x.yaml:4:2 error yaml-syntax invalid YAML: A block sequence may not be used as an implicit map key",
    ]);
    expect(printed(above("m:\n  - a: 1\n    b: 2\n@   c: 3\n")), between).toEqual([offColumn(5, 4, 2, 5)]);
  }
});
