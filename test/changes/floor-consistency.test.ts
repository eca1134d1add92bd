// What `npm run changes` classes a request field's `since` as, held to what the
// generated validators accept: on the golden fixture (IR_WS_2.4: no request
// declares a version before 2.4), a change it calls `docs` leaves every
// verdict as it was, whatever version a request declares, and one it calls
// breaking refuses a request accepted before.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { generateFromInput } from "../../generator/index.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import type * as Repository from "../../generated/index.js";
import { keptOutput } from "../support/kept-output.js";
import { OP, changeLine, edited, goldenInput, modelOf } from "../support/golden-changes.js";

/** cardCheck's request validator as the spec `input` generates it. */
async function validatorOf(input: SpecInput, name: string) {
  const result = await generateFromInput(input);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  const dir = keptOutput(name, result.files, "javascript");
  const loaded = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
  const operations = loaded.operations as unknown as Record<string, (typeof Repository.operations)["getWalletData"]>;
  const check = operations.cardCheck;
  if (!check) throw new Error("the golden fixture has no cardCheck");
  return check.request.validate;
}

const referenceSince = (version: string) =>
  [
    OP,
    "    referenceId:\n      presence: undocumented\n      since: undocumented",
    `    referenceId:\n      presence: undocumented\n      since: "${version}"`,
  ] as const;

/** Versions either side of the fixture's floor (2.4) and of the edits' versions, as a request may declare them. */
const VERSIONS = ["1.0", "2.0", "2.3", "2.4", "2.5", "2.46", "3.0"];
const request = (version: string) => ({
  interfaceVersion: `IR_WS_${version}`,
  keyVersion: 1,
  merchantId: "123456789012345",
  referenceId: "ref1",
  seal: "0".repeat(64),
});

test.each([
  { since: "2.0", classes: "docs", verdicts: "same" },
  { since: "2.4", classes: "docs", verdicts: "same" },
  { since: "2.5", classes: "breaking-request", verdicts: "changed" },
])("referenceId since undocumented → $since: $classes, verdicts $verdicts", async ({ since, classes, verdicts }) => {
  const after = edited(goldenInput, [referenceSince(since)]);
  const changes = compareSpecs(await modelOf(goldenInput), await modelOf(after));
  expect(changes.map(changeLine)).toEqual([`cardCheck request /referenceId since ${classes}`]);
  const [before, now] = [await validatorOf(goldenInput, "golden"), await validatorOf(after, `golden-since-${since}`)];
  const changed = VERSIONS.filter((v) => before(request(v)).ok !== now(request(v)).ok);
  expect(changed.length === 0 ? "same" : "changed").toBe(verdicts);
  // Below the floor every request is refused, whichever spec: no valid one declares 2.3.
  expect(before(request("2.3")).ok || now(request("2.3")).ok).toBe(false);
});
