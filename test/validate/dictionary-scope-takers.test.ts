// Who shows a dictionary text, as the dictionary-scope check counts its takers:
// every operation taking the field sees its notes; its example shows on those
// that give none of their own, and an operation that takes the field in two
// places (request and response) shows it where either place gives none. Each
// operation counts once, and the warning names the operations in name order.
import { expect, test } from "vitest";
import { formatDiagnostic, type Diagnostic } from "../../generator/diagnostics/diagnostic.js";
import { parseSpecFile } from "../../generator/read/parse-spec-file.js";
import type { RawDictionary } from "../../generator/rules/raw-spec.js";
import { checkDictionaryScope } from "../../generator/validate/check-dictionary-scope.js";
import type { Taker } from "../../generator/validate/dictionary-takers.js";
import type { Located } from "../../generator/validate/located.js";

const DICTIONARY = [
  "fields:",
  "  walletId:",
  "    format: ANS21",
  "    notes: [As the Office pages say.]",
  "    example: see https://office-server.sips.example/rs-services",
  "",
].join("\n");

function dictionary(text = DICTIONARY): Located<RawDictionary> {
  const file = {
    relPath: "dictionary/fields.yaml",
    displayPath: "fields.yaml",
    kind: "dictionary",
    text,
  } as const;
  const parsed = parseSpecFile(file);
  return { raw: parsed.data as RawDictionary, file, map: parsed.map };
}

const taker = (operation: string, family: string, takes: Taker["takes"]): Taker => ({
  operation,
  family,
  prefixes: [],
  hosts: family === "Office" ? ["office-server.sips.example"] : ["payment-webinit.sips.example"],
  takes,
});

const warnings = (takers: readonly Taker[]) => checkDictionaryScope([dictionary()], takers).map(formatDiagnostic);

test("a field taken twice by one operation counts it once, in name order", () => {
  const takers = [
    taker("zPaypage", "Paypage", [
      ["walletId", true],
      ["walletId", true],
    ]),
    taker("aOffice", "Office", [["walletId", false]]),
    taker("bPaypage", "Paypage", [
      ["walletId", false],
      ["walletId", false],
    ]),
  ];
  // The note: every taker sees it, the two Paypage ones named once each.
  expect(warnings(takers)).toContainEqual(expect.stringMatching(/fields\.yaml:4:\d+ .*\(not bPaypage, zPaypage\)/));
  expect(warnings(takers)).toHaveLength(2);
});

test("the example shows where either of an operation's places gives none of its own", () => {
  const shown = (takes: Taker["takes"]) =>
    warnings([taker("aOffice", "Office", [["walletId", false]]), taker("bPaypage", "Paypage", takes)]).filter((w) =>
      w.startsWith("fields.yaml:5:"),
    );
  expect(shown([["walletId", true]])).toEqual([]);
  expect(
    shown([
      ["walletId", true],
      ["walletId", true],
    ]),
  ).toEqual([]);
  for (const takes of [
    [
      ["walletId", true],
      ["walletId", false],
    ],
    [
      ["walletId", false],
      ["walletId", true],
    ],
  ] as const)
    // Shown by operations of two families: the address holds for neither.
    expect(shown(takes)).toEqual([expect.stringMatching(/dictionary-text-not-shared .*\(not aOffice, bPaypage\)/)]);
});

test("an operation that does not take the field sees none of its texts", () => {
  expect(warnings([taker("aOffice", "Office", [["walletId", false]]), taker("bPaypage", "Paypage", [])])).toEqual([]);
});

test("a family is named by its whole name as a word, among many families: not inside a longer word", () => {
  const noted = (note: string) => dictionary(`fields:\n  walletId:\n    format: ANS21\n    notes: [${note}]\n`);
  // Many families, as a spec of copied operations has: each text is matched against every one of them.
  const takers = [
    taker("aOffice", "Office", [["walletId", false]]),
    taker("bPaypage", "Paypage", [["walletId", false]]),
    ...Array.from({ length: 40 }, (_, i) => taker(`copy${i}`, `Walletpage ${i}`, [])),
  ];
  const scoped = (note: string) => checkDictionaryScope([noted(note)], takers).map(formatDiagnostic);
  expect(scoped("As the Offices say, and OfficeWide.")).toEqual([]);
  expect(scoped("As the office pages say.")).toEqual([]);
  expect(scoped("As the Office pages say.")).toEqual([
    expect.stringMatching(/fields\.yaml:4:\d+ .*the family Office, .*\(not bPaypage\)/),
  ]);
  expect(scoped("Paypage (Paypage) only.")).toEqual([
    expect.stringMatching(/fields\.yaml:4:\d+ .*the family Paypage, .*\(not aOffice\)/),
  ]);
});

test("each family's pattern, made once for a run, finds the name in every text after the first, and as a word only", () => {
  // Two fields whose notes name one family: the pattern holds no state between texts (a later text naming it
  // earlier on than the first did is found too); a third names it only inside longer words.
  const text = [
    "fields:",
    "  walletId:",
    "    format: ANS21",
    "    notes: [A long first note which names the Office family late.]",
    "  walletName:",
    "    format: ANS21",
    "    notes: [Office only.]",
    "  walletKind:",
    "    format: ANS21",
    "    notes: [As the BackOffice and Office-like pages say.]",
    "",
  ].join("\n");
  const fields = ["walletId", "walletName", "walletKind"].map((f): [string, boolean] => [f, false]);
  const takers = [taker("aOffice", "Office", fields), taker("bPaypage", "Paypage", fields)];
  const placed = (found: readonly Diagnostic[]) => found.map((d) => `${d.file}:${d.line}`);
  expect(placed(checkDictionaryScope([dictionary(text)], takers))).toEqual(["fields.yaml:4", "fields.yaml:7"]);
});

test("a family written with characters a pattern reads as syntax is found as written", () => {
  const text =
    "fields:\n  walletId:\n    format: ANS21\n    notes: ['Only the Office (v2) pages.', 'Not Office v2.']\n";
  const takers = [
    taker("aOffice", "Office (v2)", [["walletId", false]]),
    taker("bPaypage", "Paypage", [["walletId", false]]),
  ];
  expect(checkDictionaryScope([dictionary(text)], takers).map(formatDiagnostic)).toEqual([
    expect.stringMatching(/^fields\.yaml:4:\d+ .*the family Office \(v2\), .*\(not bPaypage\)/),
  ]);
});
