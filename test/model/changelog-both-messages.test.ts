// The changelog row of a field both messages carry (the seal): the version
// from which both carry it, which no source gives where one message's is
// undocumented (a page whose public copy stops before the Response).
import { expect, test } from "vitest";
import { edited, goldenInput, modelOf, OP, PAYPAGE } from "../support/golden-changes.js";

const RESPONSE_SEAL = `    seal: { from: dictionary, since: "2.0" }\n    customer: { from: dictionary, presence: optional, since: "2.20" }\n`;

async function sealRow(responseSince: string) {
  const input = edited(goldenInput, [[OP, RESPONSE_SEAL, RESPONSE_SEAL.replace(`"2.0"`, responseSince)]]);
  const operation = (await modelOf(input)).operations.find((o) => o.name === "cardCheck");
  return operation?.changelog.find((r) => r.field === "seal" && r.container === "");
}

test("a field both messages carry takes the newer of their versions", async () => {
  expect(await sealRow(`"2.30"`)).toMatchObject({ attendance: "Request/Response", version: { text: "2.30" } });
});

test("a field both messages carry, one of them at an undocumented version, is undocumented", async () => {
  expect(await sealRow("undocumented")).toMatchObject({ attendance: "Request/Response", version: null });
});

test("a field one message carries at two places (one container type under one name in two holders) is that message's row", async () => {
  // cardPaymentInit's request holds the dictionary's customer, whose address holds zipCode and country, and a
  // shipping address of the same name and type; its response holds neither.
  const address = [
    "        address:",
    "          presence: optional",
    '          since: "2.20"',
    "          type: container",
    "          typeName: PostalAddress",
    "          description: Postal address of the buyer.",
    "          fields:",
    '            zipCode: { presence: required, since: "2.20", format: AN10, description: Postal code. }',
    "            country: { presence: undocumented, since: undocumented, format: A3, description: ISO 3166 country code. }",
  ];
  const shipping = [
    '    customer: { from: dictionary, presence: optional, since: "2.20" }',
    "    shipping:",
    "      presence: optional",
    '      since: "2.30"',
    "      type: container",
    "      description: Where the goods go.",
    "      fields:",
    ...address,
    "response:",
  ];
  const input = edited(goldenInput, [[PAYPAGE, "response:", shipping.join("\n")]]);
  const operation = (await modelOf(input)).operations.find((o) => o.name === "cardPaymentInit");
  const rows = operation?.changelog.filter((r) => r.container === "address" || r.container === "shipping");
  expect(rows?.map((r) => `${r.container}.${r.field} ${r.attendance} ${r.version?.text ?? "undocumented"}`)).toEqual([
    "address.zipCode Request 2.20",
    "shipping.address Request 2.20",
    "address.country Request undocumented",
  ]);
});
