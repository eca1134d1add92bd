// A list item moved a column right is valid YAML that reads it as text of the
// item above: said at its dash where the line reads as an item typed a column
// off and as nothing else; text that holds a "- " line on purpose (a markdown
// list, a long value folded before a dash) is read as YAML reads it.
import { parse } from "yaml";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";

const read = (text: string) =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "x.yaml", kind: "operation", text });
const printed = (text: string) => read(text).diagnostics.map(formatDiagnostic);

const moved = (line: number, column: number, first: number, firstColumn: number, itemLine: number, shown: string) =>
  `x.yaml:${line}:${column} error yaml-syntax invalid YAML: All sequence items must start at the same column: this item starts at column ${column}, the first of its sequence (line ${first}) at column ${firstColumn}; it is read as text of the item on line ${itemLine} ("${shown}")`;

test("an item a column right of the one above: one error at its dash, naming the list's first item", () => {
  expect(printed("values:\n  - 01\n  - 02\n   - 03\n  - 04\n")).toEqual([moved(4, 4, 2, 3, 3, "02 - 03")]);
  // Under a line of the item's text, in a list of a list's item: the item's own dash is the column.
  expect(printed("m:\n  - a: 1\n    notes:\n      - one\n        more\n       - two\n")).toEqual([
    moved(6, 8, 4, 7, 4, "one more - two"),
  ]);
  // Two moved under one item: the first is said.
  expect(printed("values:\n  - 01\n   - 02\n   - 03\n")).toEqual([moved(3, 4, 2, 3, 2, "01 - 02 - 03")]);
});

test("an item moved right in a file the parser finds an error in: the parser's error alone, the item said once it is fixed", () => {
  const keyMoved =
    "x.yaml:2:2 error yaml-syntax invalid YAML: All mapping items must start at the same column: this item starts at column 2, the first of its mapping (line 1) at column 1";
  expect(printed("a: 1\n b: 2\nvalues:\n  - 01\n   - 02\n")).toEqual([keyMoved]);
  expect(printed("values:\n  - 01\n   - 02\na: 1\n b: 2\n")).toEqual([keyMoved.replace("2:2", "5:2")]);
  expect(printed("a: 1\nb: 2\nvalues:\n  - 01\n   - 02\n")).toEqual([moved(5, 4, 4, 3, 4, "01 - 02")]);
});

test("a line starting with a dash that is text, as the YAML library writes it or a maintainer types it: no error", () => {
  const texts = {
    // A line break of the text written plain: a blank line, then the text at the item's text's column.
    "markdown list in an item": "notes:\n  - A note# heading\n\n    - item\n\n    1. one\n",
    // The same a column right of the dash, after a blank line.
    "blank line before": "values:\n  - 01\n\n   - 02\n",
    // A long value folded at the width before a dash: two columns past the item's dash.
    "folded item": "notes:\n  - one - two - three\n    - four - five\n",
    // Under a key's value, text goes on at any column.
    "under a key": "notes: A note\n - item\nsummary: text\n  - item\n",
    // The item's text begun on the line after its dash: a column right of the dash is where that text is.
    "item begun below its dash": "values:\n  -\n   01\n   - 02\n",
  };
  for (const [what, text] of Object.entries(texts)) {
    expect(printed(text), what).toEqual([]);
    expect(read(text).data, what).toEqual(parse(text, { schema: "failsafe" }));
  }
});
