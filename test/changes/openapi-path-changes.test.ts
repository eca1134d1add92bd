// An operation's place in openapi.json and the reference index (its path, and
// servers of its own) may change with another operation's addresses: the
// shared servers follow what most operations have. Such a path renamed in the
// diff is said, as documentation, with whether its own addresses moved; one
// whose servers merely follow its own addresses, at the same path, is left to
// its endpoint and environment lines.
import { expect, test } from "vitest";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { PAYPAGE, REFUND, edited, goldenInput, modelOf, modelOfGolden, type Edit } from "../support/golden-changes.js";

const TEST_REFUND = "  test: https://office-server.test.example.com/rs-services/v2/checkout/cardRefund\n";

async function changesOf(edits: Edit[]) {
  return compareSpecs(await modelOfGolden(), await modelOf(edited(goldenInput, edits)));
}

test("an environment removed from one operation moves the shared servers, and another operation's path with them", async () => {
  const changes = await changesOf([[REFUND, TEST_REFUND, ""]]);
  expect(changes.filter((c) => c.classes.includes("docs")).map((c) => [c.operation, c.kind, c.summary])).toEqual([
    [
      null,
      "endpoint",
      "servers of openapi.json (those most operations share) PROD https://office-server.example.com/rs-services/v2, TEST https://office-server.test.example.com/rs-services/v2 → PROD https://office-server.example.com/rs-services/v2.",
    ],
    [
      "cardCheck",
      "endpoint",
      "OpenAPI path /checkout/cardCheck → /rs-services/v2/checkout/cardCheck, at servers of its own (PROD https://office-server.example.com, TEST https://office-server.test.example.com), in openapi.json and the reference index: its JSON addresses are as they were, the servers it shared having changed.",
    ],
  ]);
  // cardCheck's own addresses did not change: no endpoint line of its own breaks anyone.
  expect(changes.filter((c) => c.operation === "cardCheck" && !c.classes.includes("docs"))).toEqual([]);
});

test("an environment added to an operation with servers of its own: its environment line alone", async () => {
  const added: Edit = [
    PAYPAGE,
    "interfaceVersion:",
    "  test: https://payment.test.example.com/rs-services/v2/paymentInit\ninterfaceVersion:",
  ];
  expect((await changesOf([added])).map((c) => [c.operation, c.kind, c.classes.join()])).toEqual([
    ["cardPaymentInit", "environment", "additive"],
  ]);
});

test("an operation whose SOAP address moves while the shared servers move its path: its JSON addresses are as they were", async () => {
  const OP = "operations/office/cardCheck.yaml";
  const prod = "  prod: https://office-server.example.com/rs-services/v2/checkout/cardCheck\n";
  const soap = "    soap: https://office-server.example.com/services/v2/checkout/cardCheck\n";
  const withSoap = `  prod:\n    json: https://office-server.example.com/rs-services/v2/checkout/cardCheck\n${soap}`;
  const before = await modelOf(edited(goldenInput, [[OP, prod, withSoap]]));
  const after = await modelOf(
    edited(goldenInput, [
      [OP, prod, withSoap.replace(soap, soap.replace("/v2/", "/v3/"))],
      [REFUND, TEST_REFUND, ""],
    ]),
  );
  const docs = compareSpecs(before, after).filter((c) => c.operation === "cardCheck" && c.classes.includes("docs"));
  expect(docs.map((c) => c.summary).filter((s) => s.startsWith("OpenAPI path"))).toEqual([
    "OpenAPI path /checkout/cardCheck → /rs-services/v2/checkout/cardCheck, at servers of its own (PROD https://office-server.example.com, TEST https://office-server.test.example.com), in openapi.json and the reference index: its JSON addresses are as they were, the servers it shared having changed.",
  ]);
});
