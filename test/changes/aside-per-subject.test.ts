// What a line says beside its subject is said once in a report for that
// subject: another operation whose change gives the same words (its facts stop
// before the same page), in another section, says them beside its own name.
import { expect, test } from "vitest";
import type { Change } from "../../generator/changes/change.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { OP, edited, goldenInput, modelOf, modelOfGolden } from "../support/golden-changes.js";

test("one page beside two operations in two sections is said beside each", async () => {
  const see = "https://office-server.example.com/docs/cardCheck";
  const release = edited(goldenInput, [
    [OP, "response:\n  fields:", `response:\n  factsStop: { see: ${see} }\n  fields:`],
  ]);
  const stop = compareSpecs(await modelOfGolden(), await modelOf(release)).find((c) => c.kind === "facts-stop");
  expect(stop?.classes).toEqual(["breaking-response"]);
  expect(stop?.line?.aside).toBe(`see ${see}`);
  // The same words from another operation's change, listed in the additive section.
  const other: Change = { ...(stop as Change), operation: "cardRefund", message: "request", classes: ["additive"] };
  const lines = toMarkdown(changesReport([stop as Change, other]), "main")
    .split("\n")
    .filter((l) => l.startsWith("- "));
  expect(lines).toHaveLength(2);
  // Without it, the page said beside cardCheck was left out beside cardRefund.
  expect(lines[0]).toContain(`**cardCheck** (see ${see})`);
  expect(lines[1]).toContain(`**cardRefund** (see ${see})`);
});
