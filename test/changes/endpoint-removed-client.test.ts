// A JSON address gone from an environment (the environment with it, or the
// address alone) says what the diff of client.ts and types.ts shows: the client
// configured for that environment refuses the call before sending it, and the
// operation's type of environment names no longer holds it.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { PAYPAGE, REFUND, edited, goldenInput, modelOf, modelOfGolden, type Edit } from "../support/golden-changes.js";

async function summariesOf(operation: string, edit: Edit): Promise<string[]> {
  const changes = compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, [edit])));
  return changes.filter((c) => c.operation === operation && !c.classes.includes("docs")).map((c) => c.summary);
}

test("an environment removed with its JSON address", async () => {
  const test = "  test: https://office-server.test.example.com/rs-services/v2/checkout/cardRefund\n";
  expect(await summariesOf("cardRefund", [REFUND, test, ""])).toEqual([
    "environment TEST removed (JSON): requests to it have nowhere to go (callCardRefund, configured for TEST, refuses the call before sending it, and CardRefundEnvironment no longer names test).",
  ]);
});

test("a JSON address removed from an environment that keeps its HTML form", async () => {
  const json = "    json: https://payment.simu.example.com/rs-services/v2/paymentInit\n";
  expect(await summariesOf("cardPaymentInit", [PAYPAGE, json, ""])).toEqual([
    "SIMU endpoint https://payment.simu.example.com/rs-services/v2/paymentInit removed: requests to it have nowhere to go (callCardPaymentInit, configured for SIMU, refuses the call before sending it, and CardPaymentInitEnvironment no longer names simu).",
  ]);
});

test("an environment with no JSON address removed says nothing of the client", async () => {
  const formOnly = "    json: https://payment.simu.example.com/rs-services/v2/paymentInit\n    post:";
  const base = await modelOf(edited(goldenInput, [[PAYPAGE, formOnly, "    post:"]]));
  const gone = "  simu:\n    post: https://payment.simu.example.com/paymentInit\n";
  const after = await modelOf(
    edited(goldenInput, [
      [PAYPAGE, formOnly, "    post:"],
      [PAYPAGE, gone, ""],
    ]),
  );
  const lines = compareSpecs(base, after).map((c) => c.summary);
  expect(lines.filter((l) => l.startsWith("environment SIMU"))).toEqual([
    "environment SIMU removed (HTML form): requests to it have nowhere to go.",
  ]);
});

test("an HTML form address removed from an environment that keeps its JSON one says nothing of the client", async () => {
  const post = "    post: https://payment.simu.example.com/paymentInit\n";
  const lines = await summariesOf("cardPaymentInit", [PAYPAGE, post, ""]);
  expect(lines.filter((l) => l.startsWith("SIMU"))).toHaveLength(1);
  expect(lines.join("\n")).not.toContain("refuses the call");
});
