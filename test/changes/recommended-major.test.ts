// A recommended version moved to another major of the operation's interface (IR_WS_2.46 → IR_WS_3.0) breaks
// senders: the client declares it in every request that gives none, and Sips answers as that major does. Where the
// interface's value (the lowest version a request may declare) did not move with it, as when another operation
// holds a page's move of the prefix (page-prefix-held, kept by a deviation), the change says so too. It was said
// additive, as a minor's move is.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { changesReport } from "../../generator/changes/report.js";
import { changeLine, edited, goldenInput, modelOf, modelOfGolden, OP } from "../support/golden-changes.js";

async function changesOf(from: string, to: string) {
  return compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, [[OP, from, to]])));
}

test("a recommended version of another major breaks senders, and says the interface's value stayed", async () => {
  const changes = await changesOf("recommended: IR_WS_2.46", "recommended: IR_WS_3.0");
  expect(changes.map(changeLine)).toEqual(["cardCheck - - recommended-interface-version breaking-request"]);
  expect(changes[0]?.summary).toBe(
    "recommended interfaceVersion IR_WS_2.46 → IR_WS_3.0; the examples and the client use it. IR_WS_3.0 is of another major version than IR_WS_2.46: a request sent by the client without an interfaceVersion declares it, and Sips answers it as that version does; code written for IR_WS_2.46 is to be read again. The lowest version a request may declare is still IR_WS_2.4: the interface's value did not move with it.",
  );
  expect(changesReport(changes).semver).toBe("major");
});

test("a recommended version moved within its major stays additive", async () => {
  const changes = await changesOf("recommended: IR_WS_2.46", "recommended: IR_WS_2.50");
  expect(changes.map(changeLine)).toEqual(["cardCheck - - recommended-interface-version additive"]);
});
