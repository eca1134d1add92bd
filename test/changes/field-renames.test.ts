// A field renamed in a release: `npm run changes` still reports its removal
// and its addition, classed as the contract says, and says in each that the
// other may be the same field renamed, when they look alike
// (changes/field-renames.ts); fields that differ in any of that are not paired.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport, toMarkdown } from "../../generator/changes/report.js";
import { OP, changeLine, edited, goldenInput, modelOf, modelOfGolden, type Edit } from "../support/golden-changes.js";
import { repoRoot } from "../support/paths.js";

const REFERENCE =
  "    referenceId:\n      presence: undocumented\n      since: undocumented\n      format: AN35\n      description: Reference of the check.\n";

async function changesOf(edits: readonly Edit[]) {
  return compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, edits)));
}

test("a field renamed in its place, with nothing else changed: a removal and an addition, each naming the other", async () => {
  const changes = await changesOf([[OP, REFERENCE, REFERENCE.replace("referenceId:", "checkReference:")]]);
  expect(changes.map(changeLine)).toEqual([
    "cardCheck request /referenceId field-removed breaking-request",
    "cardCheck request /checkReference field-added additive",
  ]);
  expect(changes.map((c) => c.summary)).toEqual([
    "request field referenceId removed: requests carrying it are refused and code setting it stops compiling. Its message's seal field list changes; no existing seal does. It may have been renamed checkReference: checkReference is added, with the same presence, type, format, values and interface version, between the same fields.",
    "request field checkReference added (its presence and interface version undocumented: validated as optional, in every version). Its message's seal field list changes; no existing seal does. It may be referenceId renamed: referenceId is removed, with the same presence, type, format, values and interface version, between the same fields.",
  ]);
  expect(changesReport(changes).semver).toBe("major");
  expect(toMarkdown(changesReport(changes), "main")).toContain("It may have been renamed checkReference");
  // docs/renamed-fields.md quotes this summary as the command prints it.
  const doc = readFileSync(path.join(repoRoot, "docs", "renamed-fields.md"), "utf8");
  expect(doc).toContain(`\n${changes[0]?.summary}\n`);
});

test("a field removed and an unrelated one added are not paired: another format, or another place", async () => {
  const otherFormat = await changesOf([
    [OP, REFERENCE, REFERENCE.replace("referenceId:", "checkReference:").replace("AN35", "AN20")],
  ]);
  const elsewhere = await changesOf([
    [OP, REFERENCE, ""],
    [
      OP,
      "    merchantId: { from: dictionary",
      `${REFERENCE.replace("referenceId:", "checkReference:")}    merchantId: { from: dictionary`,
    ],
  ]);
  for (const changes of [otherFormat, elsewhere]) {
    expect(changes.map(changeLine)).toEqual([
      "cardCheck request /referenceId field-removed breaking-request",
      "cardCheck request /checkReference field-added additive",
    ]);
    expect(changes.filter((c) => c.summary.includes("renamed"))).toEqual([]);
  }
});

test("two fields removed that look alike, and one added like them: in doubt, none is said to be a rename", async () => {
  const second = REFERENCE.replace("referenceId:", "otherReference:");
  const before = await modelOf(edited(goldenInput, [[OP, REFERENCE, `${REFERENCE}${second}`]]));
  const after = await modelOf(
    edited(goldenInput, [[OP, REFERENCE, REFERENCE.replace("referenceId:", "checkReference:")]]),
  );
  const changes = compareSpecs(before, after);
  expect(changes.filter((c) => c.kind === "field-removed" || c.kind === "field-added")).toHaveLength(3);
  expect(changes.filter((c) => c.summary.includes("renamed"))).toEqual([]);
});

// A release that renames a field most often prints the new name with a version of its own.
const renamedSince = (description: string) =>
  REFERENCE.replace("referenceId:", "checkReference:")
    .replace("since: undocumented", 'since: "2.45"')
    .replace("Reference of the check.", description);

test("a field renamed in its place with a version of its own, its description kept: each names the other, by its description", async () => {
  const changes = await changesOf([[OP, REFERENCE, renamedSince("Reference of the check.")]]);
  expect(changes.map(changeLine)).toEqual([
    "cardCheck request /referenceId field-removed breaking-request",
    "cardCheck request /checkReference field-added additive",
  ]);
  const alike = "with the same presence, type, format, values and description, between the same fields.";
  expect(changes.map((c) => c.summary)).toEqual([
    `request field referenceId removed: requests carrying it are refused and code setting it stops compiling. Its message's seal field list changes; no existing seal does. It may have been renamed checkReference: checkReference is added, ${alike}`,
    `request field checkReference added (since 2.45; its presence undocumented: validated as optional). Its message's seal field list changes; no existing seal does. It may be referenceId renamed: referenceId is removed, ${alike}`,
  ]);
});

test("a field removed and one added in its place with another version and another description are not paired", async () => {
  const changes = await changesOf([[OP, REFERENCE, renamedSince("Reference the shop gives the check.")]]);
  expect(changes.map(changeLine)).toEqual([
    "cardCheck request /referenceId field-removed breaking-request",
    "cardCheck request /checkReference field-added additive",
  ]);
  expect(changes.filter((c) => c.summary.includes("renamed"))).toEqual([]);
});

test("a field dropped for two added in its place, one of its version and one described as it was: in doubt, none is said to be a rename", async () => {
  // otherCode has referenceId's version (undocumented), checkReference its description: each likeness names another.
  const otherCode = REFERENCE.replace("referenceId:", "otherCode:").replace(
    "Reference of the check.",
    "Code the shop gives the check.",
  );
  const changes = await changesOf([[OP, REFERENCE, `${otherCode}${renamedSince("Reference of the check.")}`]]);
  expect(changes.map(changeLine)).toEqual([
    "cardCheck request /referenceId field-removed breaking-request",
    "cardCheck request /checkReference field-added additive",
    "cardCheck request /otherCode field-added additive",
  ]);
  // Without the doubt: referenceId "may have been renamed otherCode", by version alone, beside the field described as it.
  expect(changes.filter((c) => c.summary.includes("renamed"))).toEqual([]);
});
