// The Markdown line names a change's place (operation, value list, field) before
// its summary, and the summary drops its own mention of it. The summaries here are
// those the writers make of a release of the golden fixture, not texts copied
// from them: a writer whose words for its place drift from what line-summary.ts
// takes out fails here, where a copied summary would keep passing.
import { expect, test } from "vitest";
import type { Change, ChangeKind } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { lineSummary } from "../../generator/changes/line-summary.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import {
  LISTS,
  OP,
  PAYPAGE,
  REFUND,
  edited,
  goldenInput,
  modelOf,
  modelOfGolden,
  textOf,
  type Edit,
} from "../support/golden-changes.js";

const STATUS = "      valueList: statusCode\n      description: Outcome.\n";
const ITEM = "          panExpiryDate:\n";
const PAGE = "https://office-server.example.com/docs/";

/** One release: each edit makes a change whose writer names its place. */
const EDITS: readonly Edit[] = [
  [OP, "effect: changes", "effect: reads"],
  [REFUND, "effect: changes", "effect: reads"],
  [OP, STATUS, `${STATUS}      values: ["00"]\n      meanings: { "00": [] }\n`],
  [OP, "      description: Amount to reserve.", "      description: Amount to hold."],
  [OP, "condition: When the check reserves an amount.", "condition: When the check holds an amount."],
  [OP, "        - Defaults to INTERNET.", "        - Defaults to MOTO."],
  [OP, "    keyVersion:\n      presence: required", "    keyVersion:\n      presence: optional"],
  [OP, '      presence: optional\n      since: "2.5"', '      presence: optional\n      since: "2.6"'],
  [OP, "            format: N6", "            format: N4\n            sensitive: the card's expiry date"],
  [
    OP,
    ITEM,
    `          cardLabel: { presence: optional, since: "2.40", description: A label. }\n          cardName: { presence: optional, since: "2.40", description: A name. }\n${ITEM}`,
  ],
  [OP, "request:\n  notes:", `request:\n  factsStop: { see: ${PAGE}cardCheck }\n  notes:`],
  [REFUND, "request:\n", `request:\n  factsStop: { see: ${PAGE}cardRefund }\n`],
  [PAYPAGE, "    after: merchantId\n", "    after: captureDay\n"],
  [LISTS, "      MOTO:\n", "      MOBILE:\n        meaning: Mobile\n      MOTO:\n"],
  [LISTS, "  channel:\n    values:", "  channel:\n    description: Where the order was taken.\n    values:"],
  // A list's value reworded and its constant renamed: "… of 99 in list statusCode …", said on the list's line.
  [LISTS, "meaning: Internet", "meaning: The Internet"],
  [LISTS, "name: INTERNAL_ERROR", "name: SERVER_ERROR"],
  [
    LISTS,
    "valueLists:\n",
    "valueLists:\n  cardKind:\n    values:\n      CB:\n        meaning: CB\n  cardLevel:\n    values:\n      GOLD:\n        meaning: Gold\n      PLATINUM:\n        meaning: Platinum\n",
  ],
];

/** The release's changes, both ways: what it adds and changes, and, back to the fixture, what it removes. */
async function releaseChanges(): Promise<Change[]> {
  const golden = await modelOfGolden();
  const release = edited(goldenInput, EDITS);
  // cardCheck as released, copied under another name: an operation added.
  const spec = edited(release, [], {
    "operations/office/cardVerify.yaml": textOf(release, OP)
      .replace("operation: cardCheck", "operation: cardVerify")
      .replaceAll("/cardCheck", "/cardVerify"),
  });
  const model = await modelOf(spec);
  return [...compareSpecs(golden, model), ...compareSpecs(model, golden)];
}

/** How often `name` is in `text` as a whole name (not as a part of a longer one). */
const mentions = (text: string, name: string): number =>
  [
    ...text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}_])${name.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}_])`, "gu"),
    ),
  ].length;

/** `text` without the spec's words it quotes (a text reworded, before and after), which may name anything. */
const unquoted = (text: string): string => text.replace(/“[^”]*”/gu, "“”");

/** The names the line of `change` gives before its summary. */
const placeNames = (c: Change): string[] =>
  c.field !== null
    ? [c.field.split("/").at(-1) ?? ""]
    : c.operation === null
      ? c.list === undefined
        ? []
        : [c.list]
      : c.message === null
        ? [c.operation]
        : [];

// A rename names the place's other name (operation b renamed a): the line keeps it, as its place is the new name.
const RENAMES: readonly ChangeKind[] = ["operation-renamed", "shared-list-renamed"];

test("each writer's summary that names its place says it no more on its line, the field's list named like it included", async () => {
  const changes = await releaseChanges();
  const named = changes.filter(
    (c) => !RENAMES.includes(c.kind) && placeNames(c).some((n) => mentions(c.summary, n) > 0),
  );
  for (const c of named)
    for (const name of placeNames(c))
      expect({ summary: c.summary, line: mentions(unquoted(lineSummary(c)), name) }).toEqual({
        summary: c.summary,
        line: 0,
      });
  // The release reaches the writers that name a place: each kind below is met naming it, so none passes unread.
  const kinds = new Set(named.map((c) => c.kind));
  const want: ChangeKind[] = [
    "effect",
    "operation-added",
    "operation-removed",
    "description",
    "presence",
    "since",
    "type-format",
    "sensitive",
    "field-added",
    "field-removed",
    "value-removed",
    "value-added",
    "meaning",
    "shared-value-added",
    "shared-value-removed",
    "shared-meaning",
    "shared-value-renamed",
    "shared-list-added",
    "shared-list-removed",
  ];
  expect(want.filter((k) => !kinds.has(k))).toEqual([]);
});

test("facts that stop before two operations' pages: one line, each page beside its operation, none in the summary", async () => {
  const changes = await releaseChanges();
  const stops = changes.filter((c) => c.kind === "facts-stop" && c.classes.includes("additive"));
  expect(stops.map((c) => c.operation)).toEqual(["cardCheck", "cardRefund"]);
  for (const c of stops) expect(lineSummary(c)).not.toContain(PAGE);
  const lines = toMarkdown(changesReport(stops), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));
  expect(lines).toEqual([
    `- **cardCheck** (see ${PAGE}cardCheck), **cardRefund** (see ${PAGE}cardRefund) request: ${lineSummary(stops[0] as Change)} _(facts-stop; additive)_`,
  ]);
  // The page moved is said beside its operation too, the summary no longer naming it.
  const moved = changes.find(
    (c) => c.kind === "facts-stop" && c.operation === "cardPaymentInit" && c.message === "request",
  );
  expect(lineSummary(moved as Change)).toBe("the request's saved facts now stop after captureDay.");
});

test("effects changed alike are one line, whatever operation's entry each summary names", async () => {
  const changes = await releaseChanges();
  const effects = changes.filter((c) => c.kind === "effect" && c.classes.includes("additive"));
  expect(effects.map((c) => c.operation)).toEqual(["cardCheck", "cardRefund"]);
  expect(new Set(effects.map((c) => c.summary)).size).toBe(2);
  const lines = toMarkdown(changesReport(effects), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^- \*\*cardCheck\*\*, \*\*cardRefund\*\*: effect changes → reads: /u);
});

test("value lists added are one line, each list's count of values beside it", async () => {
  const changes = await releaseChanges();
  const added = changes.filter((c) => c.kind === "shared-list-added");
  expect(added.map((c) => c.list)).toEqual(["cardKind", "cardLevel"]);
  const lines = toMarkdown(changesReport(added), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));
  expect(lines).toEqual([
    "- value lists **cardKind** (1 value), **cardLevel** (2 values): added. _(shared-list-added; additive)_",
  ]);
});
