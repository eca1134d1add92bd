// Which operations send the buyer to Paypage from their JSON reply is one rule
// (runtime/paypage-played.ts), read by the generator from its model for the
// paypage module's redirection form and by the mock from the registry for its
// local Paypage. On every operation of spec/, the two readings agree, the mock
// plays payments of exactly those, and the generated paypage module's default
// redirection fields are the first one's (the spec's own facts, not a list in
// the test).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { operations } from "../../generated/index.js";
import { MOCK_OPERATIONS } from "../../generated/mock.js";
import { mockKeysOf } from "../../generated/runtime/mock-keys.js";
import { mockSiteOf } from "../../generated/runtime/mock-site.js";
import { redirectsToPaypage } from "../../generated/runtime/paypage-played.js";
import { generatedDir, specDir } from "../support/paths.js";

const read = await specModel(await readSpecInput(specDir));
if ("diagnostics" in read) throw new Error("the repository's spec has errors");
const model = read.model;

/** By the generator's reading: the operations of the model the rule picks, in the model's order. */
const byModel = model.operations.filter((op) => redirectsToPaypage(op.callback !== null, op.environments));
/** By the mock's: the operations its site plays payments of. */
const site = mockSiteOf(MOCK_OPERATIONS, mockKeysOf("redirects-agree-key"), {}, undefined);
const byMock = [...site.played.keys()].map((served) => served.operation.name);

test("some operation of the spec redirects to Paypage and some does not (else the cases below check little)", () => {
  expect(byModel.length).toBeGreaterThan(0);
  expect(byModel.length).toBeLessThan(model.operations.length);
});

test.each(model.operations.map((op) => ({ name: op.name, op })))(
  "$name: the model and the registry give the rule the same answer",
  ({ name, op }) => {
    const descriptor = (operations as Record<string, (typeof operations)[keyof typeof operations]>)[name];
    if (!descriptor) throw new Error(`${name} is not in the registry`);
    const fromModel = redirectsToPaypage(op.callback !== null, op.environments);
    expect(redirectsToPaypage(descriptor.callback !== null, Object.values(descriptor.addresses))).toBe(fromModel);
    expect(byMock.includes(name)).toBe(fromModel);
  },
);

test("the generated paypage module reads the first such operation's reply by default", () => {
  const text = readFileSync(path.join(generatedDir, "paypage.ts"), "utf8");
  const first = byModel.find((op) => op.status?.accepted != null);
  expect(first).toBeDefined();
  expect(text).toContain(`The fields of ${first?.name}'s reply that \`paypageRedirectionForm\` reads by default`);
  expect(text).toContain(`field: ${JSON.stringify(first?.status?.field)}`);
});
