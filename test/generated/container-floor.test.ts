// A required container is in every request, and so are its required fields:
// they set the lowest version a request may declare as its own required
// fields do. An optional container need not be sent, and a list, however
// required, may be empty: neither sets one. Shown on the golden fixture, whose
// cardCheck takes IR_WS_2.4 and later (its IR_WS_ value), through the model's
// floor, the validators, the reference page, the spec's check of the
// recommended version and `npm run changes`.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { formatDiagnostic, generateFromInput } from "../../generator/index.js";
import { versionFloor } from "../../generator/model/version-floor.js";
import type { SpecInput } from "../../generator/read/spec-files.js";
import type * as Repository from "../../generated/index.js";
import { keptOutput } from "../support/kept-output.js";
import { FIELDS, OP, changeLine, edited, goldenInput, modelOf, type Edit } from "../support/golden-changes.js";

/** cardCheck's customer sent in every request (it is optional in the fixture), as a field of 2.0. */
const customerRequired: Edit = [
  OP,
  'customer: { from: dictionary, presence: optional, since: "2.20"',
  'customer: { from: dictionary, presence: required, since: "2.0"',
];
/** The customer's name, required in it, of 2.21 (after the fixture's floor, 2.4, and before its recommended 2.46). */
const nameOf221: Edit = [
  FIELDS,
  '      name:\n        presence: required\n        since: "2.0"',
  '      name:\n        presence: required\n        since: "2.21"',
];
/** A required list whose items require a field of 2.30. */
const holders: Edit = [
  OP,
  "    referenceId:\n",
  "    holders:\n      presence: required\n      since: \"2.0\"\n      type: list\n      description: Holders.\n" +
    "      items:\n        type: container\n        description: A holder.\n        fields:\n" +
    '          label:\n            presence: required\n            since: "2.30"\n            format: AN10\n            description: Label.\n' +
    "    referenceId:\n",
];

async function cardCheck(input: SpecInput) {
  const run = await generateFromInput(input);
  if (!run.ok) throw new Error(run.diagnostics.map(formatDiagnostic).join("\n"));
  const op = run.model.operations.find((o) => o.name === "cardCheck");
  if (!op) throw new Error("the golden fixture has no cardCheck");
  const dir = keptOutput("golden-container-floor", run.files, "javascript");
  const loaded = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as typeof Repository;
  const operations = loaded.operations as unknown as Record<string, (typeof Repository.operations)["getWalletData"]>;
  const validate = operations["cardCheck"]?.request.validate;
  if (!validate) throw new Error("no cardCheck validator");
  const page = run.files.find((f) => f.path === "docs/cardCheck.md")?.content ?? "";
  const floor = versionFloor(op.request);
  return { validate, page, floor: floor && { version: floor.version.text, required: floor.required } };
}

const request = (version: string, more: Record<string, unknown>) => ({
  interfaceVersion: `IR_WS_${version}`,
  keyVersion: 1,
  merchantId: "123456789012345",
  seal: "0".repeat(64),
  ...more,
});
const issues = (result: { ok: boolean; errors?: readonly { path: string; code: string }[] }) =>
  result.ok ? [] : (result.errors ?? []).map((e) => `${e.path} ${e.code}`);

test("a required container's required field of 2.21 sets the floor: one interface-version issue below it, the page and changes say so", async () => {
  const input = edited(goldenInput, [customerRequired, nameOf221]);
  const { validate, page, floor } = await cardCheck(input);
  expect(floor).toEqual({ version: "2.21", required: ["customer.name"] });
  const customer = { customer: { name: "Ada" } };
  expect(issues(validate(request("2.20", customer)))).toEqual(["/interfaceVersion interface-version"]);
  expect(issues(validate(request("2.21", customer)))).toEqual([]);
  expect(page).toContain("earliest accepted: `IR_WS_2.21`");
  const changes = compareSpecs(await modelOf(edited(goldenInput, [customerRequired])), await modelOf(input));
  expect(changes.map(changeLine)).toContain("cardCheck request /interfaceVersion interface-version-floor breaking-request");
  expect(changes.find((c) => c.kind === "interface-version-floor")?.summary).toBe(
    "the lowest interfaceVersion a request may declare IR_WS_2.4 → IR_WS_2.21 (every request carries its required fields, and customer.name appeared in 2.21): requests declaring an earlier version are refused.",
  );
});

test("a recommended version below a required container's required field is refused where it is written", async () => {
  const lowered: Edit = [OP, "recommended: IR_WS_2.46", "recommended: IR_WS_2.20"];
  const run = await generateFromInput(edited(goldenInput, [customerRequired, nameOf221, lowered]));
  const refusals = run.ok ? [] : run.diagnostics.filter((d) => d.code === "recommended-below-floor");
  expect(refusals.map((d) => d.message)).toEqual([
    expect.stringContaining("is earlier than IR_WS_2.21, the lowest a request may declare, as it carries its required fields of that version (customer.name)"),
  ]);
});

test("an optional container's required field sets no floor: a request without the container declares the values' floor", async () => {
  const { validate, floor, page } = await cardCheck(edited(goldenInput, [nameOf221]));
  expect(floor).toEqual({ version: "2.4", required: [] });
  expect(issues(validate(request("2.4", {})))).toEqual([]);
  expect(page).toContain("earliest accepted: `IR_WS_2.4`");
});

test("a required list's items' required field sets no floor: an empty list is valid, an item is held to its version", async () => {
  const { validate, floor } = await cardCheck(edited(goldenInput, [holders]));
  expect(floor).toEqual({ version: "2.4", required: [] });
  expect(issues(validate(request("2.4", { holders: [] })))).toEqual([]);
  expect(issues(validate(request("2.4", { holders: [{ label: "a" }] })))).toEqual(["/holders/0/label version"]);
  expect(issues(validate(request("2.30", { holders: [{ label: "a" }] })))).toEqual([]);
});
