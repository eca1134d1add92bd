// A message whose saved facts stop before the field that carries a secret of
// the buyer (an IBAN the page's request sends where no public copy reaches):
// `factsStop.sensitive` says so, and no issue of the message carries a value,
// so that a field sent beyond the facts (under `beyondFacts`, or misspelt) is
// shown by no warning, error result or refusal. The other message keeps its
// values. Written in YAML alone, beside a copy of the real spec.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { GeneratedFile } from "../../generator/index.js";
import { keptGeneration } from "../support/kept-generation.js";
import { tempWorkspace, writeFiles } from "../support/temp-spec.js";

const operation = `
operation: mandateKeep
summary: Keeps a direct debit mandate for later payments (an operation written for this test).
family: Office
effect: changes
method: POST
endpoints:
  prod: https://office-server.sogenactif.com/rs-services/v2/vault/mandateKeep
  test: https://office-server-sogenactif.test.sips-services.com/rs-services/v2/vault/mandateKeep
interfaceVersion:
  prefix: VT_WS_
  recommended: VT_WS_2.1
request:
  factsStop:
    after: merchantId
    see: https://example.com/docs/mandateKeep
    sensitive: the buyer's IBAN
  fields:
    interfaceVersion: { from: dictionary, presence: required, since: "2.0" }
    keyVersion: { from: dictionary, presence: required, since: "2.0" }
    merchantId: { from: dictionary, presence: required, since: "2.0" }
    seal: { from: dictionary, presence: required, since: "2.0" }
response:
  factsStop: { see: https://example.com/docs/mandateKeep }
  fields:
    seal: { from: dictionary, presence: required, since: "2.0" }
`;

type Result = { ok: boolean; errors?: unknown[]; warnings: unknown[] };
type Message = {
  validate: (value: unknown, options?: object) => Result;
  seal: (m: never, key: string) => string;
  factsStop: { sensitive?: string } | null;
};
type Package = {
  operations: Record<string, { request: Message; response: Message }>;
  formatIssue: (issue: never) => string;
  createClient: (config: object) => Record<string, (fields: object) => Promise<unknown>>;
};

const IBAN = "FR7630006000011234567890189";
const secretKey = "002001000000001_KEY1";
const known = { interfaceVersion: "VT_WS_2.1", keyVersion: 1, merchantId: "002001000000001", seal: "x" };
let files: readonly GeneratedFile[];
let generated: Package;
let mock: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const { spec } = await tempWorkspace();
  await writeFiles(spec, { "operations/office/mandateKeep.yaml": operation });
  const result = await keptGeneration(spec, "beyond-facts-secret");
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

const mandateKeep = () => {
  const op = generated.operations["mandateKeep"];
  if (!op) throw new Error("mandateKeep is not in the registry");
  return op;
};

/** The issues of a result by path and code, after checking that none carries a value or shows the IBAN. */
function withheld(result: Result): string[] {
  const issues = [...(result.errors ?? []), ...result.warnings] as Record<string, unknown>[];
  for (const issue of issues) {
    expect(issue).not.toHaveProperty("received");
    expect(generated.formatIssue(issue as never)).not.toContain(IBAN);
  }
  expect(JSON.stringify(issues)).not.toContain(IBAN);
  return issues.map((i) => `${String(i["path"])} ${String(i["code"])}`);
}

test("a field beyond the facts is warned of without its value, and refused without it when strict", () => {
  const { validate } = mandateKeep().request;
  expect(withheld(validate({ ...known, iban: IBAN }))).toEqual(["/iban unknown-field"]);
  expect(withheld(validate({ ...known, iban: IBAN }, { strict: true }))).toEqual(["/iban unknown-field"]);
  expect(withheld(validate({ ...known, merchantId: IBAN }))).toEqual(["/merchantId format"]);
});

test("the response, which carries no secret, keeps a known field's wrong value, never an unknown field's", () => {
  const shown = JSON.stringify(mandateKeep().response.validate({ seal: 42, iban: IBAN }));
  expect(shown).toContain('"received":42');
  expect(shown).not.toContain(IBAN);
});

test("a call that sends the IBAN beyond the facts gets an error result without it, and the mock's refusal does not echo it", async () => {
  const client = generated.createClient({
    environment: mock.url,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey,
  });
  const refused = await client["mandateKeep"]?.({ interfaceVersion: "VT_WS_1.0", beyondFacts: { iban: IBAN } });
  expect(refused).toMatchObject({ ok: false, error: { kind: "invalid-request" } });
  expect(JSON.stringify(refused)).not.toContain(IBAN);
  // Refused before validation: beyondFacts that is not a plain object (the mandate as a class's instance, or the IBAN
  // alone) is named by its path, without its value.
  class Mandate {
    constructor(readonly iban: string) {}
  }
  for (const beyondFacts of [new Mandate(IBAN), IBAN, [IBAN]]) {
    const notObject = await client["mandateKeep"]?.({ beyondFacts });
    expect(notObject).toMatchObject({ ok: false, error: { kind: "invalid-request", sent: "no" } });
    expect(
      withheld({ ok: false, errors: [...(notObject as { error: { issues: unknown[] } }).error.issues], warnings: [] }),
    ).toEqual(["/beyondFacts type"]);
  }
  const request: Record<string, unknown> = { ...known, merchantId: "ABC", iban: IBAN };
  request["seal"] = mandateKeep().request.seal(request as never, secretKey);
  const reply = await fetch(`${mock.url}/rs-services/v2/vault/mandateKeep`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const text = await reply.text();
  expect(text).toContain("/merchantId");
  expect(text).not.toContain(IBAN);
});

test("the reference page and the validator's doc comment say that no issue carries a value, and why", () => {
  const page = files.find((f) => f.path === "docs/mandateKeep.md")?.content ?? "";
  expect(page).toContain("This message holds a field beyond the saved facts (the buyer's IBAN): no issue");
  const validators = files.find((f) => f.path === "operations/mandateKeep/validators.ts")?.content ?? "";
  expect(validators).toContain(
    "Its issues carry no value (`received`): the message holds a field beyond the saved facts (the buyer's IBAN)",
  );
});

test("the registry's facts-stop says which secret a field beyond the facts carries, for code that logs what is sent", () => {
  expect(mandateKeep().request.factsStop?.sensitive).toBe("the buyer's IBAN");
  expect(mandateKeep().response.factsStop).not.toHaveProperty("sensitive");
});
