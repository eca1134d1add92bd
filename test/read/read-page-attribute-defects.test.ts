// The page reader on the small page of the Sips layout (test/support/small-page.ts): the defects of a field's
// attributes (presence, version, the dash that opens a field), each at its place.
import { expect, test } from "vitest";
import { defectsOfChange, type PageDefect } from "../support/small-page.js";

/** Each case changes the small page once and gives the diagnostics it must produce. */
const defects: PageDefect[] = [
  {
    name: "a misspelled presence, with a suggestion",
    from: "cardKind\n- presence\n- Optional",
    to: "cardKind\n- presence\n- Optinal",
    want: [
      'cardCheck.page.txt:44:3 error page-unknown-presence field "cardKind" has an unknown presence "Optinal"; did you mean "Optional"? (the pages print Required, Conditional or Optional)',
    ],
  },
  {
    name: "a malformed interface version",
    from: "- 2.50\nKind",
    to: "- 2.5O\nKind",
    want: [
      'cardCheck.page.txt:46:3 error page-bad-version field "cardKind": malformed interface version "2.5O" (expected a version such as 2.37)',
    ],
  },
  {
    name: "a presence that contradicts its section",
    from: "merchantId\n- presence\n- Required",
    to: "merchantId\n- presence\n- Optional",
    want: [
      'cardCheck.page.txt:29:3 error page-presence-section field "merchantId" is printed Optional but listed under Required',
    ],
  },
  {
    name: "a field listed twice",
    from: "Optional\n-\ncardKind",
    to: "-\nmerchantId\n- presence\n- Required\n- Interface version\n- 2.0\nAgain.\nOptional\n-\ncardKind",
    want: [
      'cardCheck.page.txt:41:1 error page-duplicate-field field "merchantId" is listed twice in the Request\n  cardCheck.page.txt:27:1 first listed here',
    ],
  },
  // Without them: the bullets left over read as the description's first lines (or a dash as a value), silently; the
  // field went without its version or presence, and sync wrote the bullets into the spec.
  {
    name: "an interface version printed without its value",
    from: "- Interface version\n- 2.0\nIdentifier of the shop.",
    to: "- Interface version\nIdentifier of the shop.",
    want: [
      'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- Interface version"',
    ],
  },
  {
    name: "a presence printed twice: the second does not read, the version after it does",
    from: "merchantId\n- presence\n- Required\n",
    to: "merchantId\n- presence\n- Required\n- Required\n",
    want: [
      'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- Required"',
    ],
  },
  {
    name: "an attribute and its value printed the wrong way round",
    from: "- Interface version\n- 2.0\nIdentifier of the shop.",
    to: "- 2.0\n- Interface version\nIdentifier of the shop.",
    want: [
      'cardCheck.page.txt:30:1 error page-unreadable-line line not understood in the attributes of "merchantId": "- 2.0" (and the 1 line after it)',
    ],
  },
  {
    name: "a field's dash lost: its attributes inside the description of the field before it",
    from: "Identifier of the shop.\n-\nseal\n",
    to: "Identifier of the shop.\nseal\n",
    want: [
      'cardCheck.page.txt:34:1 error page-unreadable-line line not understood in the description of "merchantId": "- presence"',
      'cardCheck.page.txt:36:1 error page-unreadable-line line not understood in the description of "merchantId": "- Interface version"',
      'cardCheck.page.txt:71:1 error page-changelog-field the changelog has a row for "seal" (Request/Response) but the field lists have no such field',
    ],
  },
  {
    // Without it: the field is no field start, and its lines are read as values of the list before it.
    name: "a misspelled presence attribute, read as the attribute",
    from: "cardKind\n- presence",
    to: "cardKind\n- presense",
    want: [
      'cardCheck.page.txt:43:3 error page-misspelled-attribute field "cardKind" has an attribute "presense"; did you mean "presence"? (read as it)',
    ],
  },
  {
    // Without it: the field has no version and its description starts with the attribute's two lines.
    name: "a misspelled version attribute, read as the attribute",
    from: "merchantId\n- presence\n- Required\n- Interface version",
    to: "merchantId\n- presence\n- Required\n- Interface versoin",
    want: [
      'cardCheck.page.txt:30:3 error page-misspelled-attribute field "merchantId" has an attribute "Interface versoin"; did you mean "Interface version"? (read as it)',
    ],
  },
];

test.each(defects)("$name", ({ from, to, want }) => {
  expect(defectsOfChange(from, to)).toEqual(want);
});
