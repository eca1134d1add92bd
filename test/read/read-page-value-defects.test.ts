// The page reader on the small page of the Sips layout (test/support/small-page.ts): the defects of a list of values,
// each at its place, and the lines like values that are none.
import { expect, test } from "vitest";
import { defectsOfChange, type PageDefect } from "../support/small-page.js";

/** Each case changes the small page once and gives the diagnostics it must produce. */
const defects: PageDefect[] = [
  {
    // Without it: the meanings printed last read as the value's, and the others went unread.
    name: "a value listed twice, with another meaning",
    from: "- Or a charge card\n",
    to: "- Or a charge card\nDEBIT\n- Deferred debit card\n",
    want: [
      'cardCheck.page.txt:54:1 error page-duplicate-value value "DEBIT" is listed twice in the values of field "cardKind" of the Request\n  cardCheck.page.txt:49:1 first listed here',
    ],
  },
  {
    name: "a value listed twice, with the same meaning",
    from: "- Or a charge card\n",
    to: "- Or a charge card\nCREDIT\n- Credit card\n",
    want: [
      'cardCheck.page.txt:54:1 error page-duplicate-value value "CREDIT" is listed twice in the values of field "cardKind" of the Request\n  cardCheck.page.txt:51:1 first listed here',
    ],
  },
  {
    name: "a lone dash after a list of values, no field after it: not a value",
    from: "- Or a charge card\n",
    to: "- Or a charge card\n-\n",
    want: ['cardCheck.page.txt:54:1 error page-unreadable-line line not understood in the values of "cardKind": "-"'],
  },
  {
    // Without it: the list read as lines of the description, silently, and sync wrote it there.
    name: "a list of values that lost its heading",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\n",
    want: [
      'cardCheck.page.txt:48:1 error page-unreadable-line line not understood in the description of "cardKind": "DEBIT" (and the 4 lines after it)',
    ],
  },
  {
    name: "one word and a bullet in a description, as a note and its item, stay the description",
    from: "Identifier of the shop.\n",
    to: "Identifier of the shop.\nExample:\n- 002001000000001\n",
    want: [],
  },
  {
    // Without it: read with no meanings, and sync gave the value its code as its meaning.
    name: "a value printed without its meaning",
    from: "DEBIT\n- Debit card\n",
    to: "DEBIT\n",
    want: [
      'cardCheck.page.txt:49:1 error page-value-without-meaning value "DEBIT" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
    ],
  },
  {
    name: "the last value printed without its meaning, as a copy cut after it gives",
    from: "- Or a charge card\n",
    to: "- Or a charge card\nCHARGE\n",
    want: [
      'cardCheck.page.txt:54:1 error page-value-without-meaning value "CHARGE" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
    ],
  },
  {
    // Read as a value (one without a meaning), not as the heading of the field after it.
    name: "a value in capitals that resembles a heading stays a value",
    from: "- Or a charge card\nRequest sample",
    to: "- Or a charge card\nOPTIONAL\n-\nbin\n- presence\n- Optional\n- Interface version\n- 2.50\nFirst digits.\nRequest sample",
    want: [
      'cardCheck.page.txt:54:1 error page-value-without-meaning value "OPTIONAL" of field "cardKind" of the Request has no meaning: the pages print one or more "- " lines under each value',
    ],
  },
  {
    // Without it: the list's every line is part of the field's description, and sync writes it into the spec.
    name: "a values heading in other capitals, read as the heading",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nList of Values\n",
    want: [
      'cardCheck.page.txt:48:1 error page-misspelled-heading "List of Values" is not a heading of a Sips page; did you mean "List of values"? (read as it)',
    ],
  },
  {
    // Without it: the list's every line is part of the field's description, and its values unchecked.
    name: "a values heading reworded, before a value and its meaning, read as the heading",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nPossible values\n",
    want: [
      'cardCheck.page.txt:48:1 error page-misspelled-heading "Possible values" is not a heading of a Sips page; did you mean "List of values"? (read as it)',
    ],
  },
  {
    name: "a line of the description that names values, before no list, stays in the description",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nSee the values\nList of values\n",
    want: [],
  },
  {
    // Only a value followed by its first meaning tells a reworded heading: a word alone after it is description.
    name: "a few words ending in values, then a word but no meaning, stay in the description",
    from: "Kind of card.\nList of values\n",
    to: "Kind of card.\nAccepted values\nbelow\nList of values\n",
    want: [],
  },
  {
    // Without it: each line is a value, which sync adds to the shared list and writes out for every other operation.
    // A note after a wrapped meaning, after the meaning's end, is no part of it.
    name: "a note after a list and a table row: not values",
    from: "DEBIT\n- Debit card\nCREDIT\n- Credit card\n- Or a charge card\n",
    to: "DEBIT | Debit card\nCREDIT\n- Credit card\n- Or a\ncharge card\nA card may be both.\n",
    want: [
      'cardCheck.page.txt:49:1 error page-unreadable-line line not understood in the values of "cardKind": "DEBIT | Debit card"',
      'cardCheck.page.txt:54:1 error page-unreadable-line line not understood in the values of "cardKind": "A card may be both."',
    ],
  },
];

test.each(defects)("$name", ({ from, to, want }) => {
  expect(defectsOfChange(from, to)).toEqual(want);
});
