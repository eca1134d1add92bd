// The likeliest slips of a spec file's YAML, each one error at its place, said
// as the slip is: a tab where YAML counts indentation (at the tab; a tab YAML
// takes as a separation is read as YAML reads it), a colon left out, glued to
// its value or inside a plain value, a line of a note indented as a key, a
// dash before a key, a bracket left open, text after a closing quote or after
// a value starting with *, a list item moved right (valid YAML, read as text
// of the item above). The parser gave up to four errors for one of them (the
// lines after a tab, each measured from the column it moved), and named its
// grammar.
import { parse } from "yaml";
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";

const read = (text: string) =>
  parseSpecFile({ relPath: "operations/x.yaml", displayPath: "x.yaml", kind: "operation", text });
const printed = (text: string) => read(text).diagnostics.map(formatDiagnostic);

const FIELD = "fields:\n  amount:\n    from: dictionary\n    presence: required\n    since: undocumented\n";
const FIELDS = `${FIELD}  currencyCode:\n    from: dictionary\n    notes:\n      - first line of a note\n        that goes on\n`;
const slip = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const at = (line: number, column: number, words: string) =>
  `x.yaml:${line}:${column} error yaml-syntax invalid YAML: ${words}`;
const indentTab = (line: number, column: number) =>
  `Tabs are not allowed as indentation: line ${line} is indented with a tab (column ${column}), which YAML does not count as indentation; indent with spaces`;
const dashTab = (line: number, column: number) =>
  `Tabs are not allowed as indentation: the tab after the dash on line ${line} (column ${column}) would set the column of the key or dash after it; YAML takes a tab after a dash only before a value on its line: put spaces`;

test.each([
  {
    about: "a tab as a key's indentation: one error, not one more per line after it",
    text: slip(FIELDS, "    presence:", "\tpresence:"),
    want: [at(4, 1, indentTab(4, 1))],
  },
  {
    about: "a tab after spaces in a key's indentation, which the parser read as a key a column off: said at the tab",
    text: slip(FIELDS, "    presence:", "   \tpresence:"),
    want: [at(4, 4, indentTab(4, 4))],
  },
  {
    about: "a tab indenting a line of a note's text: said at the tab",
    text: slip(FIELDS, "        that goes on", "\tthat goes on"),
    want: [at(10, 1, indentTab(10, 1))],
  },
  {
    about: "a tab indenting a block scalar's line, which the parser said of the scalar's lines: said at the tab",
    text: slip(FIELDS, "    since: undocumented", "    since: |\n      first\n\tsecond"),
    want: [at(7, 1, indentTab(7, 1))],
  },
  {
    about:
      "a tab indenting a block scalar's line, a colon left out below it: the tab alone, as after a tab the parser reads each line from a column it moved",
    text: slip(
      slip(FIELDS, "    since: undocumented", "    since: |\n      first\n\tsecond"),
      "    notes:",
      "    notes",
    ),
    want: [at(7, 1, indentTab(7, 1))],
  },
  {
    about: "a tab after spaces in two keys' indentation: the first alone",
    text: slip(
      slip(FIELDS, "    presence:", "   \tpresence:"),
      "    from: dictionary\n    notes",
      "   \tfrom: dictionary\n    notes",
    ),
    want: [at(4, 4, indentTab(4, 4))],
  },
  {
    about: "a tab alone on an empty line of a block scalar: said at the tab, not at the next key",
    text: slip(FIELDS, "    since: undocumented", "    since: |\n\t\n      text"),
    want: [at(6, 1, indentTab(6, 1))],
  },
  {
    about: "a tab among a quoted value's lines, where YAML takes it, and an error further on its line: that error",
    text: slip(FIELDS, "since: undocumented", 'since: "not\n      \tsaid" here'),
    want: [
      at(6, 14, "Unexpected scalar at node end: line 6 goes on after a closing quote; put the whole value in quotes"),
    ],
  },
  {
    about: "a tab after a list's dash, before a key: said at the tab",
    text: slip(FIELDS, "      - first line of a note\n        that goes on", "      -\tsee: the page"),
    want: [at(9, 8, dashTab(9, 8))],
  },
  {
    about: "a tab after a list's dash and a space, before a dash: said at the tab, not at the space",
    text: slip(FIELDS, "      - first line of a note\n        that goes on", "      - \t- nested"),
    want: [at(9, 9, dashTab(9, 9))],
  },
  {
    about: "a colon left out after a key",
    text: slip(FIELDS, "presence: required", "presence required"),
    want: [
      at(
        4,
        5,
        'Implicit keys need to be on a single line: line 4 has no ": " after a key (a colon left out, or text indented as a key)',
      ),
    ],
  },
  {
    about: "a colon with no space after it",
    text: slip(FIELDS, "presence: required", "presence:required"),
    want: [
      at(
        4,
        5,
        'Implicit keys need to be on a single line: the colon on line 4 has no space after it ("presence: required")',
      ),
    ],
  },
  {
    about: "a colon with no space after it, before a quoted value holding a #: the value given whole",
    text: slip(FIELDS, "presence: required", 'presence:"required #1"'),
    want: [
      at(
        4,
        5,
        'Implicit map keys need to be followed by map values: the colon on line 4 has no space after it ("presence: "required #1"")',
      ),
    ],
  },
  {
    about:
      "a colon with no space after it, a value with an apostrophe and a # glued to a word: its comment alone left out",
    text: slip(FIELDS, "since: undocumented", "since:don't know#2 # see the page"),
    want: [
      at(
        5,
        5,
        'Implicit map keys need to be followed by map values: the colon on line 5 has no space after it ("since: don\'t know#2")',
      ),
    ],
  },
  {
    about: "a colon left out, a quoted value holding a # and a colon: the colon is the value's",
    text: slip(FIELDS, "presence: required", 'presence "see #2: the page"'),
    want: [
      at(
        4,
        5,
        'Implicit map keys need to be followed by map values: line 4 has no ": " after a key (a colon left out, or text indented as a key)',
      ),
    ],
  },
  {
    about: "a line of a note indented as a key",
    text: slip(FIELDS, "        that goes on", "    that goes on"),
    want: [
      at(
        10,
        5,
        'Implicit map keys need to be followed by map values: line 10 has no ": " after a key (a colon left out, or text indented as a key)',
      ),
    ],
  },
  {
    about: "a link on a line of a note indented as a key: no colon slip",
    text: slip(FIELDS, "        that goes on", "    https://example.com/page"),
    want: [
      at(
        10,
        5,
        'Implicit map keys need to be followed by map values: line 10 has no ": " after a key (a colon left out, or text indented as a key)',
      ),
    ],
  },
  {
    about: "a plain value holding a colon and a space",
    text: slip(FIELDS, "since: undocumented", "since: not said: see the page"),
    want: [
      at(
        5,
        12,
        'Nested mappings are not allowed in compact mappings: the value on line 5 holds ": ", which starts a mapping; put the value in quotes',
      ),
    ],
  },
  {
    about: "a dash before a key of a mapping: one error, at the dash, where the parser gave three on its line",
    text: slip(FIELDS, "    since:", "    - since:"),
    want: [at(5, 5, "A block sequence may not be used as an implicit map key")],
  },
  {
    about: "a flow mapping not closed: said at its brace, not at the next line's key",
    text: slip(FIELDS, "  amount:\n    from: dictionary\n", "  amount: { from: dictionary\n"),
    want: [
      at(
        2,
        11,
        "Flow map in block collection must be sufficiently indented and end with a }: this { is not closed before line 5",
      ),
    ],
  },
  {
    about: "a flow sequence not closed: said at its bracket",
    text: slip(
      FIELDS,
      "    notes:\n      - first line of a note\n        that goes on\n",
      "    notes: [a, b\n  next: x\n",
    ),
    want: [
      at(
        8,
        12,
        "Flow sequence in block collection must be sufficiently indented and end with a ]: this [ is not closed before line 9",
      ),
    ],
  },
  {
    about: "a flow mapping not closed, a quoted } in it and a quoted { below it: said at its own brace",
    text: slip(
      slip(FIELDS, "since: undocumented", 'since: "{"'),
      "  amount:\n    from: dictionary\n",
      '  amount: { from: "}", x: y\n',
    ),
    want: [
      at(
        2,
        11,
        "Flow map in block collection must be sufficiently indented and end with a }: this { is not closed before line 5",
      ),
    ],
  },
  {
    about: "a flow sequence not closed, a ] in its line's comment: said at its bracket",
    text: slip(
      FIELDS,
      "    notes:\n      - first line of a note\n        that goes on\n",
      "    notes: [a, b # c]\n  next: x\n",
    ),
    want: [
      at(
        8,
        12,
        "Flow sequence in block collection must be sufficiently indented and end with a ]: this [ is not closed before line 9",
      ),
    ],
  },
  {
    about: "a flow mapping not closed, holding one closed: said at the outer brace",
    text: slip(FIELDS, "  amount:\n    from: dictionary\n", "  amount: { from: {x: y}, to: z\n"),
    want: [
      at(
        2,
        11,
        "Flow map in block collection must be sufficiently indented and end with a }: this { is not closed before line 5",
      ),
    ],
  },
  {
    about: "two flow mappings not closed: each said at its own brace",
    text: slip(
      slip(FIELDS, "  amount:\n    from: dictionary\n", "  amount: { from: dictionary\n"),
      "    notes:\n",
      "    notes: {a: b\n",
    ),
    want: [
      at(
        2,
        11,
        "Flow map in block collection must be sufficiently indented and end with a }: this { is not closed before line 5",
      ),
      at(
        7,
        12,
        "Flow map in block collection must be sufficiently indented and end with a }: this { is not closed before line 10",
      ),
    ],
  },
  {
    about: "a flow mapping closed on a line indented too little: said so, not that it is left open",
    text: "since: undocumented\nvalues: { A: one,\nB: two }\nformat: text\n",
    want: [
      at(
        2,
        9,
        "Flow map in block collection must be sufficiently indented and end with a }: this { is closed on line 3, indented no further than the line that opens it",
      ),
    ],
  },
  {
    about: "a flow mapping left open before a line holding one closed: not closed",
    text: "since: undocumented\nvalues: { A: one,\nB: {x: y}\nformat: text\n",
    want: [
      at(
        2,
        9,
        "Flow map in block collection must be sufficiently indented and end with a }: this { is not closed before line 3",
      ),
    ],
  },
  {
    about: "text after a value's closing quote",
    text: slip(FIELDS, "since: undocumented", 'since: "1.0" or later'),
    want: [
      at(5, 18, "Unexpected scalar at node end: line 5 goes on after a closing quote; put the whole value in quotes"),
    ],
  },
  {
    about: "text after a value's closing single quote",
    text: slip(FIELDS, "since: undocumented", "since: '1.0' or later"),
    want: [
      at(5, 18, "Unexpected scalar at node end: line 5 goes on after a closing quote; put the whole value in quotes"),
    ],
  },
  {
    about: "a list's item that starts with *",
    text: slip(FIELDS, "      - first line of a note\n        that goes on\n", "      - *see the page\n"),
    want: [
      at(
        9,
        14,
        "Unexpected scalar at node end: a value that starts with * (line 9) is read as an alias of an anchor; put the value in quotes",
      ),
    ],
  },
  {
    about: "a plain value that starts with *",
    text: slip(FIELDS, "since: undocumented", "since: *see the page"),
    want: [
      at(
        5,
        17,
        "Unexpected scalar at node end: a value that starts with * (line 5) is read as an alias of an anchor; put the value in quotes",
      ),
    ],
  },
  {
    about: "a note moved a column right of the one above: valid YAML that joins them, said at its dash",
    text: slip(FIELDS, "        that goes on\n", "        that goes on\n       - a second note\n"),
    want: [
      at(
        11,
        8,
        'All sequence items must start at the same column: this item starts at column 8, the first of its sequence (line 9) at column 7; it is read as text of the item on line 9 ("first line of a note that goes on - a second note")',
      ),
    ],
  },
  {
    about: "a list's value moved a column right: said at its dash, not read as one value",
    text: slip(FIELDS, "    presence: required\n", "    presence: required\n    values:\n      - 01\n       - 02\n"),
    want: [
      at(
        7,
        8,
        'All sequence items must start at the same column: this item starts at column 8, the first of its sequence (line 6) at column 7; it is read as text of the item on line 6 ("01 - 02")',
      ),
    ],
  },
  {
    // Text under a key's value may go on at any column: a "- " line there is as often a markdown list as a slip.
    about: "a line starting with a dash under a key's value: text of that value, as YAML reads it",
    text: slip(FIELDS, "since: undocumented\n", "since: undocumented\n      - 1.0\n"),
    want: [],
  },
])("$about", ({ text, want }) => {
  expect(printed(text)).toEqual(want);
});

test("a parser's warning is said as an error too", () => {
  expect(printed(`%YAML 1.3\n---\n${FIELDS}`)).toEqual([at(1, 7, "Unsupported YAML version 1.3")]);
});

test("a colon in a quoted value, and a key's own colon, are no slip", () => {
  expect(printed(slip(FIELDS, "since: undocumented", 'since: "not said: see the page"'))).toEqual([]);
  expect(printed(FIELDS)).toEqual([]);
});

test("a tab YAML takes as a separation (after a dash before a value, after a key's colon, among a value's lines): no error, the data the YAML library reads", () => {
  const texts = [
    slip(
      FIELDS,
      "      - first line of a note\n        that goes on",
      "      -\tfirst line of a note\n        that goes on",
    ),
    slip(FIELDS, "      - first line of a note\n        that goes on", '      -\t"first line"\n      - \tsecond'),
    slip(FIELDS, "presence: required", "presence:\trequired"),
    slip(FIELDS, "        that goes on", "       \tthat goes on"),
    slip(FIELDS, "    since: undocumented", "    since: |\n      first\n      \tindented by a tab"),
  ];
  for (const text of texts) {
    expect(printed(text), text).toEqual([]);
    expect(read(text).data, text).toEqual(parse(text, { schema: "failsafe" }));
  }
});
