// The page reader on the small page of the Sips layout (test/support/small-page.ts): the defects of the page's head
// (title, summary, recommended interfaceVersion), each at its place, and what is read around them.
import { expect, test } from "vitest";
import { defectsOfChange, type PageDefect, read, small } from "../support/small-page.js";

/** Each case changes the small page once and gives the diagnostics it must produce. */
const defects: PageDefect[] = [
  {
    name: "a malformed recommended interfaceVersion",
    from: "IR_WS_2.50",
    to: "IR_WS_2.5O",
    want: [
      'cardCheck.page.txt:4:1 error page-bad-version recommended interfaceVersion: malformed interface version "IR_WS_2.5O" (expected a version such as 2.37)',
    ],
  },
  {
    // Without it: no summary, and no defect told.
    name: "the summary line missing",
    from: "Checks a card.\n",
    to: "",
    want: [
      "cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
    ],
  },
  {
    name: "the summary and the recommended version missing: told at the section after the title",
    from: "Checks a card.\nRecommended interfaceVersion: IR_WS_2.50\n",
    to: "",
    want: [
      "cardCheck.page.txt:3:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
    ],
  },
  {
    // Without it: the summary was a header line not understood, and the next line was compared as the summary.
    name: "the title line missing: told at the page's first line, the summary read where it is",
    from: "cardCheck\nTo search",
    to: "To search",
    want: [
      "cardCheck.page.txt:1:1 error page-missing-title the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary",
    ],
  },
  {
    name: "the title line blank",
    from: "cardCheck\nTo search",
    to: "\nTo search",
    want: [
      "cardCheck.page.txt:1:1 error page-missing-title the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary",
    ],
  },
  {
    name: "the title and the summary missing: the recommended version is no title",
    from: "cardCheck\nTo search in the page use Ctrl+F on your keyboard\nChecks a card.\n",
    to: "",
    want: [
      "cardCheck.page.txt:1:1 error page-missing-summary the page has no summary; a Sips page prints it on the line after its title (and the search hint)",
      "cardCheck.page.txt:1:1 error page-missing-title the page has no title; a Sips operation page opens with the operation's name (someOperation) on its first line, before its summary",
    ],
  },
  {
    // Without it: a line of the description, and the page gave sync no recommended version to compare.
    name: "a misspelled recommended interfaceVersion line, read as it",
    from: "Recommended interfaceVersion: IR_WS_2.50",
    to: "Recommanded interfaceVersion: IR_WS_2.5O",
    want: [
      'cardCheck.page.txt:4:1 error page-bad-version recommended interfaceVersion: malformed interface version "IR_WS_2.5O" (expected a version such as 2.37)',
      'cardCheck.page.txt:4:1 error page-misspelled-heading "Recommanded interfaceVersion" is not a heading of a Sips page; did you mean "Recommended interfaceVersion"? (read as it)',
    ],
  },
];

test.each(defects)("$name", ({ from, to, want }) => {
  expect(defectsOfChange(from, to)).toEqual(want);
});

test("a page without its title reads its summary and version where they are, and no name", () => {
  const { page } = read(small.replace("cardCheck\nTo search", "To search"));
  expect(page.name).toBeNull();
  expect(page.summary?.value).toBe("Checks a card.");
  expect(page.recommended.map((r) => r.version)).toEqual(["IR_WS_2.50"]);
});
