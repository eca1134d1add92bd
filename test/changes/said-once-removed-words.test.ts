// `npm run changes` in Markdown says a value added to a shared list once, on the list's line, which names the
// operations that take it: the fields' "value V of list l now taken." lines said it again (the JSON keeps them). A
// field's meanings removed say what they said, as reworded ones are quoted before and after.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toJson, toMarkdown } from "../../generator/changes/report.js";
import { LISTS, REFUND, changeLine, edited, goldenInput, modelOf } from "../support/golden-changes.js";

const MOTO = "      MOTO:\n        meaning: Mail order / telephone order\n";

const bullets = (markdown: string): string[] => markdown.split("\n").filter((l) => l.startsWith("- "));

test("a value added to a shared list: one line, the list's, naming who takes it", async () => {
  const after = edited(goldenInput, [[LISTS, MOTO, `${MOTO}      PHONE:\n        meaning: Phone\n`]]);
  const changes = compareSpecs(await modelOf(goldenInput), await modelOf(after));
  // The JSON keeps the fields' changes: a tool reads each field.
  expect(changes.map(changeLine)).toEqual([
    "list channel - - shared-value-added additive",
    "cardCheck request /channels value-added additive",
    "cardCheck request /orderChannel value-added additive",
  ]);
  expect(JSON.parse(toJson(changesReport(changes))).changes).toHaveLength(3);
  // Without it: a second line, "**cardCheck** request `/channels`, `/orderChannel`: value PHONE of list channel now taken."
  expect(bullets(toMarkdown(changesReport(changes), "main"))).toEqual([
    "- **value list channel**: value PHONE added as PHONE, meaning “Phone”; taken by cardCheck only; its type Channel gains it, so an exhaustive switch over that type meets a new case. _(shared-value-added; additive)_",
  ]);
});

test("a value an operation takes anew from a list that had it keeps its own line", async () => {
  const after = edited(goldenInput, [[REFUND, "      values: [INTERNET]\n", "      values: [INTERNET, MOTO]\n"]]);
  const changes = compareSpecs(await modelOf(goldenInput), await modelOf(after));
  expect(bullets(toMarkdown(changesReport(changes), "main"))).toContainEqual(
    expect.stringContaining("value MOTO of list channel now taken"),
  );
});

test("a meaning removed says what it said, a field's and the list's general one", async () => {
  const after = edited(goldenInput, [[LISTS, MOTO, "      MOTO:\n        meaning: []\n"]]);
  const changes = compareSpecs(await modelOf(goldenInput), await modelOf(after));
  const field = changes.find((c) => c.kind === "meaning");
  expect(field?.meanings).toEqual([{ value: "MOTO", before: ["Mail order / telephone order"], after: [] }]);
  // Without it: "…removed: this operation's page gives none.", the words gone named nowhere on the field's line.
  expect(bullets(toMarkdown(changesReport(changes), "main"))).toEqual([
    "- **value list channel**: general meaning of MOTO removed; it said “Mail order / telephone order”. _(shared-meaning; docs)_",
    "- **cardCheck** request `/channels`, `/orderChannel`: meaning of MOTO (list channel) removed: this operation's page gives none; it said “Mail order / telephone order”. _(meaning; docs)_",
  ]);
});
