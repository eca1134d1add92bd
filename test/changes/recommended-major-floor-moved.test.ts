// A recommended version moved to another major says the interface's value stayed only where it did: where the
// lowest version a request may declare moved to that major too, the change says nothing of it.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { edited, goldenInput, LISTS, modelOf, modelOfGolden, OP } from "../support/golden-changes.js";

test("a recommended version of another major, with the interface's value moved to that major, says no value stayed", async () => {
  const changes = await compareSpecs(
    await modelOfGolden(),
    await modelOf(
      edited(goldenInput, [
        [OP, "recommended: IR_WS_2.46", "recommended: IR_WS_3.0"],
        [LISTS, "IR_WS_2.4:", "IR_WS_3.0:"],
        ["operations/office/cardRefund.yaml", "values: [IR_WS_2.4]", "values: [IR_WS_3.0]"],
      ]),
    ),
  );
  const moved = changes.find((c) => c.operation === "cardCheck" && c.kind === "recommended-interface-version");
  expect(moved?.summary).toMatch(/IR_WS_3\.0 is of another major version than IR_WS_2\.46: /);
  expect(moved?.summary).not.toMatch(/The lowest version a request may declare is still/);
});
