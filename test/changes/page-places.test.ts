// A release of a saved page, as `npm run changes` reports it: each change of a
// field names where the working tree's page prints what changed (its version,
// its presence, a value added), so that a reviewer reads the change against
// the page; a field the page no longer prints names no place. On the sync
// fixture, whose cardCheck cites its page.
import path from "node:path";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { withPagePlaces } from "../../generator/changes/page-places.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput, type SpecInput } from "../../generator/read/spec-files.js";
import { withFiles } from "../support/sync-memory.js";
import { fixturesDir } from "../support/paths.js";

const PAGE = "sources/cardCheck.page.txt";
const OP = "operations/office/cardCheck.yaml";
const LISTS = "dictionary/lists.yaml";
const input = await readSpecInput(path.join(fixturesDir, "sync", "spec"));

/** `text` with each `from` replaced by its `to`, failing where `from` is not there once (a stale case). */
function replaced(text: string, edits: readonly (readonly [string, string])[]): string {
  let out = text;
  for (const [from, to] of edits) {
    expect(out.split(from)).toHaveLength(2);
    out = out.replace(from, to);
  }
  return out;
}

const fileText = (spec: SpecInput, relPath: string): string => {
  const file = spec.files.find((f) => f.relPath === relPath);
  if (file === undefined) throw new Error(`no ${relPath}`);
  return file.text;
};

/** Where `text` first holds `words`: "line:column", 1-based, as a diagnostic counts. */
function placeIn(text: string, words: string): string {
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes(words));
  expect(line).toBeGreaterThanOrEqual(0);
  return `${line + 1}:${(lines[line] as string).indexOf(words) + 1}`;
}

async function modelOf(spec: SpecInput) {
  const result = await specModel(spec);
  if ("diagnostics" in result) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result;
}

/** The changes from `before` to `after`, placed on the pages of `after`, and the model of `after`. */
async function placedChanges(before: SpecInput, after: SpecInput) {
  const [was, now] = [await modelOf(before), await modelOf(after)];
  return {
    now,
    changes: withPagePlaces(compareSpecs(was.model, now.model), { before: was.model, after: now.model }, now.pages),
  };
}

test("a release's changes of fields name where the page prints what changed, in the JSON and on their lines", async () => {
  const page = input.pages?.get(PAGE) ?? "";
  // The release: cardKind appears in 2.55, not 2.50, and takes a new value, PREPAID.
  const released = replaced(page, [
    ["- Interface version\n- 2.50\nKind of card.", "- Interface version\n- 2.55\nKind of card."],
    ["DEBIT\n- Debit card\n", "DEBIT\n- Debit card\nPREPAID\n- Prepaid card\n"],
    ["2.50 |\ncardKind", "2.55 |\ncardKind"],
  ]);
  const after = withFiles(
    input,
    [[PAGE, released]],
    new Map([
      [OP, replaced(fileText(input, OP), [['since: "2.50"\n      valueList', 'since: "2.55"\n      valueList']])],
      [
        LISTS,
        replaced(fileText(input, LISTS), [
          ["meaning: Debit card\n", "meaning: Debit card\n      PREPAID:\n        meaning: Prepaid card\n"],
        ]),
      ],
    ]),
  );
  const { now, changes } = await placedChanges(input, after);
  const file = now.pages.get(PAGE)?.page.file ?? "";
  expect(file.endsWith(PAGE)).toBe(true);
  const at = (words: string): string => `${file}:${placeIn(released, words)}`;
  // The version where the page prints it; the value on its own line, for the field and for the list's line.
  expect(changes.map((c) => [c.kind, c.field ?? c.list, c.pages])).toEqual([
    ["since", "/cardKind", [at("2.55")]],
    ["shared-value-added", "cardKind", [at("PREPAID")]],
    ["value-added", "/cardKind", [at("PREPAID")]],
  ]);
  const json = JSON.parse(toJson(changesReport(changes))) as { changes: { kind: string; pages?: string[] }[] };
  expect(json.changes.map((c) => c.pages)).toEqual([[at("2.55")], [at("PREPAID")], [at("PREPAID")]]);
  const lines = toMarkdown(changesReport(changes), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^- \*\*cardCheck\*\* request `\/cardKind`: since 2\.50 → 2\.55\./u);
  expect(lines[0]).toContain(` Page: \`${at("2.55")}\`. _(since;`);
  expect(lines[1]).toMatch(/^- \*\*value list cardKind\*\*: value PREPAID added/u);
  expect(lines[1]).toContain(` Page: \`${at("PREPAID")}\`. _(shared-value-added;`);
});

test("a field the page no longer prints, and a field of an operation that cites no page, name no place", async () => {
  const page = input.pages?.get(PAGE) ?? "";
  const cardKind = page.slice(page.indexOf("-\ncardKind\n"), page.indexOf("Request sample"));
  const released = replaced(page, [
    [cardKind, ""],
    ["2.50 |\ncardKind\n|\nRequest | |\n", ""],
  ]);
  const op = fileText(input, OP);
  const withoutCardKind = `${op.slice(0, op.indexOf("    cardKind:\n"))}${op.slice(op.indexOf("response:\n"))}`;
  const removed = withFiles(input, [[PAGE, released]], new Map([[OP, withoutCardKind]]));
  const { changes: gone } = await placedChanges(input, removed);
  expect(gone.map((c) => [c.kind, c.field, c.pages])).toEqual([["field-removed", "/cardKind", undefined]]);
  // Without its page cited, the operation's field changed names no place, though the page is still saved.
  const unpaged = (text: string): string => replaced(text, [["source:\n  page: sources/cardCheck.page.txt\n", ""]]);
  const before = withFiles(input, [], new Map([[OP, unpaged(op)]]));
  const after = withFiles(input, [], new Map([[OP, unpaged(replaced(op, [['since: "2.50"', 'since: "2.55"']]))]]));
  const { changes: since } = await placedChanges(before, after);
  expect(since.map((c) => [c.kind, c.field, c.pages])).toEqual([["since", "/cardKind", undefined]]);
});

test("an operation's summary reworded names where the page prints it", async () => {
  const released = replaced(input.pages?.get(PAGE) ?? "", [["\nChecks a card.\n", "\nChecks a payment card.\n"]]);
  const after = withFiles(
    input,
    [[PAGE, released]],
    new Map([[OP, replaced(fileText(input, OP), [["summary: Checks a card.", "summary: Checks a payment card."]])]]),
  );
  const { now, changes } = await placedChanges(input, after);
  const file = now.pages.get(PAGE)?.page.file ?? "";
  expect(changes.map((c) => [c.kind, c.changed, c.pages])).toEqual([
    ["description", "summary", [`${file}:${placeIn(released, "Checks a payment card.")}`]],
  ]);
});

test("a field's presence changed names the page's presence line, and a meaning reworded its value's line", async () => {
  const page = input.pages?.get(PAGE) ?? "";
  const released = replaced(page, [
    [
      "Message seal.\nOptional\n-\ncardKind\n- presence\n- Optional\n",
      "Message seal.\n-\ncardKind\n- presence\n- Required\n",
    ],
    ["CREDIT\n- Credit card\n- Or a charge card\n", "CREDIT\n- Credit or charge card\n"],
  ]);
  const op = replaced(fileText(input, OP), [
    ["      presence: optional\n", "      presence: required\n"],
    [
      "      valueList: cardKind\n",
      "      valueList: cardKind\n      meanings:\n        CREDIT: Credit or charge card\n",
    ],
  ]);
  const after = withFiles(input, [[PAGE, released]], new Map([[OP, op]]));
  const { now, changes } = await placedChanges(input, after);
  const file = now.pages.get(PAGE)?.page.file ?? "";
  // The presence's word is printed two lines under the field's name (the first line that names it), after "- ".
  const [name = 0] = placeIn(released, "cardKind").split(":").map(Number);
  const credit = `${file}:${placeIn(released, "CREDIT")}`;
  expect(changes.map((c) => [c.kind, c.field, c.pages])).toEqual([
    ["presence", "/cardKind", [`${file}:${name + 2}:3`]],
    // The operation's own constants, named by its own meaning: at the field.
    ["exported-names", "/cardKind", [`${file}:${name}:1`]],
    ["meaning", "/cardKind", [credit]],
  ]);
});

test("a value added to a shared list names the place on each page of the operations that take it", async () => {
  const page = input.pages?.get(PAGE) ?? "";
  const op = fileText(input, OP);
  // A second operation taking the list, with a page of its own.
  const TWO = "operations/office/cardCheckTwo.yaml";
  const PAGE_TWO = "sources/cardCheckTwo.page.txt";
  const two = (text: string): string => text.replaceAll("cardCheck", "cardCheckTwo");
  const prepaid = (text: string): string =>
    replaced(text, [["DEBIT\n- Debit card\n", "DEBIT\n- Debit card\nPREPAID\n- Prepaid card\n"]]);
  const base = withFiles(input, [[PAGE_TWO, two(page)]], new Map([[TWO, two(op)]]));
  const after = withFiles(
    base,
    [
      [PAGE, prepaid(page)],
      [PAGE_TWO, prepaid(two(page))],
    ],
    new Map([
      [
        LISTS,
        replaced(fileText(input, LISTS), [
          ["meaning: Debit card\n", "meaning: Debit card\n      PREPAID:\n        meaning: Prepaid card\n"],
        ]),
      ],
    ]),
  );
  const { now, changes } = await placedChanges(base, after);
  const at = (relPath: string): string =>
    `${now.pages.get(relPath)?.page.file ?? ""}:${placeIn(prepaid(page), "PREPAID")}`;
  expect(changes.find((c) => c.kind === "shared-value-added")?.pages).toEqual([at(PAGE), at(PAGE_TWO)]);
});
