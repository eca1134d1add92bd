// The changelog row of a field both messages carry (the seal): the version
// from which both carry it, which no source gives where one message's is
// undocumented (a page whose public copy stops before the Response).
import { expect, test } from "vitest";
import { edited, goldenInput, modelOf, OP } from "../support/golden-changes.js";

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
