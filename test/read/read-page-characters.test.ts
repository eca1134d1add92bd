// The page reader on the small page of the Sips layout (test/support/small-page.ts): characters as a browser's copy
// gives them (no-break hyphens and spaces, tabs, bytes that were not UTF-8), read as shown and places kept.
import { expect, test } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics/diagnostic.js";
import { defectsOfChange, type PageDefect, read, small } from "../support/small-page.js";

/** Each case changes the small page once and gives the diagnostics it must produce. */
const defects: PageDefect[] = [
  {
    // Without it: sync writes "Kind of card\uFFFDs." into the spec, a text like any other, and generate into the package.
    name: "bytes that are not UTF-8 (a page saved as windows-1252), once, where the first is",
    from: "Kind of card.\nList",
    to: "  Kind of card\uFFFDs \uFFFD.\nList",
    want: [
      'cardCheck.page.txt:47:15 error page-bad-encoding the page holds "\uFFFD", what a reader puts for bytes that are not UTF-8 text (a page saved as windows-1252): save the page again as UTF-8',
    ],
  },
];

test.each(defects)("$name", ({ from, to, want }) => {
  expect(defectsOfChange(from, to)).toEqual(want);
});

test("a no-break hyphen a browser's copy gives reads as the hyphen it shows", () => {
  // Without it: a value "CREDIT\u2011CARD" that reads as CREDIT-CARD and is another, which sync adds to the list.
  const hyphens = (text: string) =>
    text.replace("\nCREDIT\n", "\nCREDIT-CARD\n").replace("- Debit card", "- Debit-card");
  const text = hyphens(small).replace("CREDIT-CARD", "CREDIT\u2011CARD").replace("Debit-card", "Debit\u2011card");
  expect(read(text).diagnostics.map(formatDiagnostic)).toEqual([]);
  const values = (t: string) => read(t).page.request.fields.find((f) => f.name === "cardKind")?.values;
  expect(JSON.stringify(values(text))).toBe(JSON.stringify(values(hyphens(small))));
});

test("spaces a browser's copy gives as no-break spaces read as spaces", () => {
  const text = small
    .replace(
      "cardKind\n- presence\n- Optional\n- Interface version",
      "cardKind\n-\u00a0presence\n- Optional\n- Interface\u00a0version",
    )
    .replace("Kind of card.", "Kind\u00a0of card.");
  const { page, diagnostics } = read(text);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  const field = page.request.fields.find((f) => f.name === "cardKind");
  expect([field?.presence?.value, field?.since?.value, field?.description.value]).toEqual([
    "optional",
    "2.50",
    "Kind of card.",
  ]);
});

test("a tab or a run of blanks inside a line reads as one space, as a browser shows it; places stay the saved file's", () => {
  const blanks = small
    .replace("- Debit card", "- Debit\tcard")
    .replace("- Or a charge card", "- Or a  charge\u2003card")
    .replace("Kind of card.", "Kind\t\tof card.");
  const { page, diagnostics } = read(blanks);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  const field = page.request.fields.find((f) => f.name === "cardKind");
  // Without it: "Debit\tcard", which sync wrote into the spec's list as it was.
  expect([field?.description.value, field?.values.map((v) => v.meanings)]).toEqual([
    "Kind of card.",
    [["Debit card"], ["Credit card", "Or a charge card"]],
  ]);
  // A defect after the blanks: at the column an editor shows, each blank counted.
  const flawed = blanks.replace("Kind\t\tof card.", "Kind\t\tof\u200bcard.");
  expect(read(flawed).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
    ["page-invisible-character", 47, 9],
  ]);
});
