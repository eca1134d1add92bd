// A presence the operation writes on a field beyond a message's saved facts is
// no page's: a request sample sending a field says nothing of whether Sips asks
// for it. sync --check reports it and sync writes undocumented; the fields the
// platform's rules give every message (the seal; in a request the credentials
// and the interface version) keep `required`, and are made so where written
// otherwise (but undocumented). An operation written by hand for
// a page whose copy prints no field of either message, added in memory to the
// sync-many fixture: no file is written.
import path from "node:path";
import { expect, test } from "vitest";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { fixturesDir } from "../support/paths.js";
import { checkInMemory, specTexts, syncInMemory, withFiles } from "../support/sync-memory.js";

const fixture = path.join(fixturesDir, "sync-many", "spec");
const FILE = "operations/office/oneClickStart.yaml";
const PAGE = "sources/oneClickStart.page.txt";

const page = `oneClickStart
To search in the page use Ctrl+F on your keyboard
Start a one-click payment.
Recommended interfaceVersion: IR_WS_2.53
Endpoints
-
- PROD
-
https://office-server.sogenactif.com/rs-services/v2/checkout/oneClickStart
- method
- POST
Request
Request sample
Response
Response sample
Changelog
`;

/** The operation, its request's sample fields written with `amount` and its response's with `redirectionUrl`. */
const operation = (amount: string, redirectionUrl: string) => `operation: oneClickStart
summary: Start a one-click payment.
family: Office
effect: changes
source:
  page: ${PAGE}
method: POST
endpoints:
  prod: https://office-server.sogenactif.com/rs-services/v2/checkout/oneClickStart
interfaceVersion:
  prefix: IR_WS_
  recommended: IR_WS_2.53
request:
  factsStop:
    see: https://example.com/oneclickstart.html
  fields:
    seal: { from: dictionary, presence: required, since: undocumented }
    interfaceVersion: { from: dictionary, presence: required, since: undocumented, values: [IR_WS_] }
    keyVersion: { from: dictionary, presence: required, since: undocumented }
    merchantId: { from: dictionary, presence: required, since: undocumented }
    amount: { from: dictionary, presence: ${amount}, since: undocumented }
response:
  factsStop:
    see: https://example.com/oneclickstart.html
  fields:
    seal: { from: dictionary, presence: required, since: undocumented }
    redirectionUrl: { from: dictionary, presence: ${redirectionUrl}, since: undocumented }
`;

async function withOperation(amount: string, redirectionUrl: string) {
  const base = await readSpecInput(fixture, path.dirname(fixture));
  return withFiles(base, [[PAGE, page]], new Map([[FILE, operation(amount, redirectionUrl)]]));
}

test("sync --check reports a presence written on a field beyond the saved facts, which no page printed", async () => {
  const diagnostics = await checkInMemory(await withOperation("required", "optional"));
  // Without it: "spec/ agrees with its pages", the sample's amount required by the validators on no source's word.
  const beyond = diagnostics.filter((d) => d.includes("the page says no presence"));
  expect(beyond).toEqual([
    expect.stringContaining(
      "error page-mismatch request.fields.amount.presence: the spec says required, the page says no presence: the field is beyond the saved facts (request.factsStop)",
    ),
    expect.stringContaining("error page-mismatch response.fields.redirectionUrl.presence: the spec says optional"),
  ]);
});

test("sync writes undocumented for a presence beyond the saved facts, and the platform's fields keep theirs", async () => {
  const { report, after } = await syncInMemory(await withOperation("required", "optional"));
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain("oneClickStart: request field amount: presence set to undocumented");
  const yaml = specTexts(after).get(FILE) ?? "";
  expect(yaml).toContain("    amount: { from: dictionary, presence: undocumented, since: undocumented }\n");
  // The seal, the credentials and the interface version: every request holds them, whatever its page prints.
  expect(yaml).toContain("    merchantId: { from: dictionary, presence: required, since: undocumented }\n");
  expect(yaml).toContain(
    "    interfaceVersion: { from: dictionary, presence: required, since: undocumented, values: [IR_WS_] }\n",
  );
  expect(await checkInMemory(after)).toEqual([]);
});

test("fields beyond the saved facts with no presence of their own, and the platform's required ones, are no difference", async () => {
  expect(await checkInMemory(await withOperation("undocumented", "undocumented"))).toEqual([]);
});

test("a presence other than required on a field the platform's rules give the message is made required, not undocumented", async () => {
  const base = await withOperation("undocumented", "undocumented");
  const written = operation("undocumented", "undocumented")
    .replace(
      "    merchantId: { from: dictionary, presence: required, since: undocumented }\n",
      "    merchantId: { from: dictionary, presence: optional, since: undocumented }\n",
    )
    .replace(
      "    seal: { from: dictionary, presence: required, since: undocumented }\n    redirectionUrl",
      "    seal: { from: dictionary, presence: conditional, since: undocumented }\n    redirectionUrl",
    );
  const input = withFiles(base, [], new Map([[FILE, written]]));
  const diagnostics = (await checkInMemory(input)).filter((d) => d.includes("beyond the saved facts"));
  // Without it: "the page says no presence", and sync wrote undocumented where the platform's rules say required.
  expect(diagnostics).toEqual([
    expect.stringContaining(
      "error page-mismatch request.fields.merchantId.presence: the spec says optional, the page says required: the field is beyond the saved facts (request.factsStop), which no page printed, and the platform's rules (spec/sips.yaml) give it every such message: required",
    ),
    expect.stringContaining(
      "error page-mismatch response.fields.seal.presence: the spec says conditional, the page says required",
    ),
  ]);
  const { report, after } = await syncInMemory(input);
  expect(report.ok, report.messages.join("\n")).toBe(true);
  expect(report.messages).toContain("oneClickStart: request field merchantId: presence set to required");
  expect(report.messages).toContain("oneClickStart: response field seal: presence set to required");
  expect(specTexts(after).get(FILE)).toBe(operation("undocumented", "undocumented"));
  expect(await checkInMemory(after)).toEqual([]);
});
