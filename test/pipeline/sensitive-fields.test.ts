// A field marked `sensitive:` keeps its secret out of every issue of its
// message, wherever the spec marks it and whatever the message is: a
// dictionary entry taken by a request that refuses unknown fields, a field in
// a container, a small response that would have a valid path, an operation
// without a status block (the mock's refusal is then HTTP 400 with its issues
// in words). Another operation's issues keep their values. Written in YAML
// alone, beside a copy of the real spec.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { keptGeneration } from "../support/kept-generation.js";
import { tempWorkspace, writeFiles } from "../support/temp-spec.js";

const operation = `
operation: cardVault
summary: Keeps a card for later payments (an operation written for this test).
family: Office
effect: changes
method: POST
endpoints:
  prod: https://office-server.sogenactif.com/rs-services/v2/vault/cardVault
  test: https://office-server-sogenactif.test.sips-services.com/rs-services/v2/vault/cardVault
interfaceVersion:
  prefix: VT_WS_
  recommended: VT_WS_2.1
request:
  fields:
    interfaceVersion: { from: dictionary, presence: required, since: "2.0" }
    keyVersion: { from: dictionary, presence: required, since: "2.0" }
    merchantId: { from: dictionary, presence: required, since: "2.0" }
    seal: { from: dictionary, presence: required, since: "2.0" }
    vaultPan: { from: dictionary, presence: required, since: "2.0" }
    cardHolder:
      presence: optional
      since: "2.1"
      type: container
      description: Who holds the card.
      fields:
        holderName: { presence: optional, since: "2.1", format: ANSU50, description: Name on the card. }
        holderCode:
          presence: optional
          since: "2.1"
          format: N4
          sensitive: the card's security code
          description: Code printed on the card.
response:
  fields:
    seal: { from: dictionary, presence: required, since: "2.0" }
    vaultToken:
      presence: optional
      since: "2.0"
      format: AN10
      sensitive: a token that pays with the card
      description: Token of the card kept.
`;

const dictionary = `
fields:
  vaultPan:
    format: N19
    example: "4100000000000000"
    sensitive: the buyer's card number
    description: Number of the card to keep.
`;

type Result = { ok: boolean; errors?: unknown[]; warnings: unknown[] };
type Message = { validate: (value: unknown, options?: object) => Result; seal: (m: never, key: string) => string };
type Package = {
  operations: Record<string, { request: Message; response: Message }>;
  formatIssue: (issue: never) => string;
};

let files: readonly GeneratedFile[];
let generated: Package;
let mock: { url: string; close: () => Promise<void> };
const secretKey = "002001000000001_KEY1";

beforeAll(async () => {
  const { spec } = await tempWorkspace();
  await writeFiles(spec, { "operations/office/cardVault.yaml": operation, "dictionary/vault.yaml": dictionary });
  const result = await keptGeneration(spec, "sensitive-fields");
  files = result.files;
  generated = await result.imported<Package>("index.js");
  const { startMockServer } = await result.imported<{
    startMockServer: (options: { secretKey: string }) => Promise<typeof mock>;
  }>("mock.js");
  mock = await startMockServer({ secretKey });
});
afterAll(async () => {
  await mock?.close();
});

const vault = () => {
  const op = generated.operations["cardVault"];
  if (!op) throw new Error("cardVault is not in the registry");
  return op;
};

/**
 * The issues of a result, each named by path and code, after checking that none carries a value or shows
 * `secret` (a valid result's value is the message itself, the caller's own).
 */
function withheld(result: Result, secret: string): string[] {
  const issues = [...(result.errors ?? []), ...result.warnings] as Record<string, unknown>[];
  for (const issue of issues) {
    expect(issue).not.toHaveProperty("received");
    expect(generated.formatIssue(issue as never)).not.toContain(secret);
  }
  expect(JSON.stringify(issues)).not.toContain(secret);
  if (!result.ok) expect(JSON.stringify(result)).not.toContain(secret);
  return issues.map((i) => `${String(i["path"])} ${String(i["code"])}`);
}

test("a request holding a dictionary field marked sensitive: no issue carries a value, each still named", () => {
  const { validate } = vault().request;
  const request = { interfaceVersion: "VT_WS_2.1", keyVersion: 1, merchantId: "002001000000001", seal: "x" };
  expect(withheld(validate({ ...request, vaultPan: "4111-1111-1111-1111" }), "4111-1111")).toEqual([
    "/vaultPan format",
  ]);
  // Under a misspelt name the value is an unknown field's: refused, without it.
  expect(withheld(validate({ ...request, vaultPan: "1", vaultPam: "4111111111111111" }), "4111111111111111")).toEqual([
    "/vaultPam unknown-field",
  ]);
  // In a container, and another field's value too: the message holds a secret, so none of its issues carries one.
  expect(
    withheld(validate({ ...request, vaultPan: "1", cardHolder: { holderCode: "12x4", holderName: 7 } }), "12x4"),
  ).toEqual(["/cardHolder/holderName type", "/cardHolder/holderCode format"]);
  expect(withheld(validate(Object.assign(new (class Card {})(), { vaultPan: "4111111111111111" })), "4111")).toEqual([
    " not-an-object",
  ]);
});

test("a small response with a sensitive field: its warnings carry no value, and a valid one is valid", () => {
  const { validate } = vault().response;
  // AN10: the accented letter is outside AN's characters.
  expect(withheld(validate({ seal: "x", vaultToken: "TOKENéSECR" }), "TOKENéSECR")).toEqual(["/vaultToken format"]);
  expect(withheld(validate({ seal: "x", vaultToken: "TOKENéSECR" }, { strict: true }), "TOKENéSECR")).toEqual([
    "/vaultToken format",
  ]);
  expect(validate({ seal: "x", vaultToken: "T0KEN" })).toEqual({
    ok: true,
    value: { seal: "x", vaultToken: "T0KEN" },
    warnings: [],
  });
});

test("another operation's issues keep their values", () => {
  // An operation of the copied spec whose request holds no sensitive field: its validators return results as made.
  const plain = (name: string) =>
    !files.find((f) => f.path === `operations/${name}/validators.ts`)?.content.includes("withheldValues(");
  const other = Object.entries(generated.operations).find(([name]) => name !== "cardVault" && plain(name));
  if (!other) throw new Error("the copy of the spec has no operation without a sensitive field");
  const checked = other[1].request.validate({ merchantId: 42 });
  expect(JSON.stringify(checked)).toContain('"received":42');
});

test("the mock's refusal without a documented code (HTTP 400, its issues in words) names the field, not its value", async () => {
  const request: Record<string, unknown> = {
    interfaceVersion: "VT_WS_2.1",
    keyVersion: 1,
    merchantId: "002001000000001",
    vaultPan: "4111-1111-1111-1111",
  };
  request["seal"] = vault().request.seal(request as never, secretKey);
  const reply = await fetch(`${mock.url}/rs-services/v2/vault/cardVault`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  expect(reply.status).toBe(400);
  const text = await reply.text();
  expect(text).toContain("/vaultPan");
  expect(text).not.toContain("4111-1111");
});

test("the reference page and the validator's doc comment say that no issue carries a value, and why", () => {
  const page = files.find((f) => f.path === "docs/cardVault.md")?.content ?? "";
  expect(page).toContain(
    "This message holds `vaultPan` (the buyer's card number), `holderCode` (the card's security code)",
  );
  expect(page).toContain("This message holds `vaultToken` (a token that pays with the card)");
  const validators = files.find((f) => f.path === "operations/cardVault/validators.ts")?.content ?? "";
  expect(validators).toContain(
    "Its issues carry no value (`received`): the message holds `vaultPan` (the buyer's card number)",
  );
});
