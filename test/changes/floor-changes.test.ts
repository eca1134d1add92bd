// `npm run changes` on the golden fixture, whose operations' interfaceVersion
// values (IR_WS_2.4) give the lowest version a request may declare: the
// validators refuse a request below it, so a floor raised breaks senders, and
// one lowered or taken back accepts more.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport } from "../../generator/changes/report.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import { LISTS, OP, REFUND, changeLine, edited, goldenInput, modelOf } from "../support/golden-changes.js";

/** The fixture with its IR_WS_ value (IR_WS_2.4, which cardRefund's own values name) printed as `printed`. */
const printedAs = (printed: string): SpecInput =>
  edited(goldenInput, [
    [LISTS, "      IR_WS_2.4:\n", `      ${printed}:\n`],
    [REFUND, "values: [IR_WS_2.4]", `values: [${printed}]`],
  ]);

async function floorChanges(before: string, after: string) {
  const changes = compareSpecs(await modelOf(printedAs(before)), await modelOf(printedAs(after)));
  const floors = changes.filter((c) => c.kind === "interface-version-floor");
  return { lines: floors.map(changeLine), text: floors.map((c) => c.summary), semver: changesReport(changes).semver };
}

const EVERY_OPERATION = ["cardCheck", "cardPaymentInit", "cardRefund"];
const lines = (classes: string) =>
  EVERY_OPERATION.map((op) => `${op} request /interfaceVersion interface-version-floor ${classes}`);

test.each([
  // Raised: requests declaring a version between the two are refused now.
  { before: "IR_WS_2.", after: "IR_WS_2.4", classes: "breaking-request", semver: "major" },
  // Given where the values said nothing of the version: requests declaring 1.x are refused now.
  { before: "IR_WS_", after: "IR_WS_2.4", classes: "breaking-request", semver: "major" },
  // Lowered, or taken back: more requests are accepted.
  { before: "IR_WS_2.4", after: "IR_WS_2.", classes: "additive", semver: "minor" },
  { before: "IR_WS_2.4", after: "IR_WS_x.x", classes: "additive", semver: "minor" },
])("values $before → $after: $classes", async ({ before, after, classes, semver }) => {
  const found = await floorChanges(before, after);
  expect(found.lines).toEqual(lines(classes));
  expect(found.semver).toBe(semver);
});

test("a value printed otherwise with the same version is no floor change", async () => {
  const found = await floorChanges("IR_WS_2.", "IR_WS_2.x");
  expect(found.lines).toEqual([]);
  expect(found.semver).toBe("patch");
});

test("the summary names both floors and the values that set the new one", async () => {
  expect((await floorChanges("IR_WS_2.", "IR_WS_2.4")).text[0]).toBe(
    "the lowest interfaceVersion a request may declare IR_WS_2.0 → IR_WS_2.4 (the values IR_WS_2.4): requests declaring an earlier version are refused.",
  );
  // Values that say nothing of the version: cardCheck's required request fields (2.0) still set a floor.
  expect((await floorChanges("IR_WS_2.4", "IR_WS_")).text[0]).toBe(
    "the lowest interfaceVersion a request may declare IR_WS_2.4 → IR_WS_2.0 (every request carries its required fields, and interfaceVersion, keyVersion, merchantId, seal appeared in 2.0): requests declaring a version before IR_WS_2.4, from IR_WS_2.0 on, are accepted.",
  );
});

test("a version field added or removed is that change, both ways: no floor beside it", async () => {
  const golden = await modelOf(goldenInput);
  const field = "    interfaceVersion:\n      presence: required\n";
  const text = goldenInput.files.find((f) => f.relPath === OP)?.text ?? "";
  const block = text.slice(text.indexOf(field), text.indexOf("    keyVersion:", text.indexOf(field)));
  const without = await modelOf(edited(goldenInput, [[OP, block, ""]]));
  for (const changes of [compareSpecs(golden, without), compareSpecs(without, golden)])
    expect(changes.filter((c) => c.operation === "cardCheck").map(changeLine)).toEqual([
      expect.stringMatching(/^cardCheck request \/interfaceVersion field-(added|removed) breaking-request$/),
    ]);
});
