// A field that carries a secret of the buyer (`sensitive:` in the spec, a card
// number) never shows in what the package gives back or sends: not in a
// validation's issues (its value, one under a misspelt name, the message
// itself), not in formatIssue's text, not in a client's error result, not in
// the mock's refusal. The fields are read from the spec's own files, so that
// a field marked later is held here too.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClient, formatIssue, operations, type ValidationResult } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { type SensitiveFact, secretsBeyondFactsOfSpec, sensitiveFieldsOfSpec } from "../support/sensitive-spec.js";
import { someCases } from "../support/some-cases.js";

const fields = await sensitiveFieldsOfSpec();
const beyondFacts = someCases("sensitive fields beyond the saved facts in spec/", await secretsBeyondFactsOfSpec());
/** A card number, the secret each case sends (as a number where the field takes text: a type error). */
const SECRET = 4111111111111111;
const shown = String(SECRET);
const secretKey = "002001000000001_KEY1";

const descriptorOf = (operation: string) => {
  const op = (operations as Record<string, (typeof operations)[keyof typeof operations]>)[operation];
  if (!op) throw new Error(`${operation} is not in the registry`);
  return op;
};

/** Every issue of a result, and that none carries a value or shows the secret. */
function expectWithheld(result: ValidationResult<unknown>): void {
  const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue).not.toHaveProperty("received");
    expect(formatIssue(issue)).not.toContain(shown);
  }
  expect(JSON.stringify(result)).not.toContain(shown);
}

test("the spec marks at least one field sensitive (else the cases below would check nothing)", () => {
  expect(fields.length).toBeGreaterThan(0);
});

test("the registry marks exactly the spec's sensitive fields, with what secret each carries", () => {
  const marked = Object.entries(operations).flatMap(([operation, op]) =>
    (["request", "response"] as const).flatMap((message) =>
      op[message].fields.flatMap((f) => (f.sensitive === undefined ? [] : [{ operation, message, field: f.name, secret: f.sensitive }])),
    ),
  );
  const byName = (a: SensitiveFact, b: SensitiveFact) => `${a.operation}/${a.message}/${a.field}`.localeCompare(`${b.operation}/${b.message}/${b.field}`);
  expect(marked.sort(byName)).toEqual([...fields].sort(byName));
});

test.each(fields)("$operation's $message: $field's value is in no issue", ({ operation, message, field }) => {
  const { validate } = descriptorOf(operation)[message];
  // The field's own value, of a wrong type.
  expectWithheld(validate({ [field]: SECRET }));
  // The same under a misspelt name: an unknown field, whatever the message makes of it.
  expectWithheld(validate({ [`${field}x`]: shown }));
  expectWithheld(validate({ [`${field}x`]: shown }, { strict: true }));
  // The message itself, not a plain object, refused whole.
  expectWithheld(validate(Object.assign(new (class Card {})(), { [field]: shown })));
});

test.each(beyondFacts)("$operation's $message: a field beyond the saved facts ($secret) is in no issue", ({ operation, message }) => {
  const { validate } = descriptorOf(operation)[message];
  // A field the spec does not hold, beyond the facts: a warning, an error when strict, neither with its value.
  expectWithheld(validate({ beyondTheFacts: shown }));
  expectWithheld(validate({ beyondTheFacts: shown }, { strict: true }));
});

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(async () => {
  await mock.close();
});

test.each(fields.filter((f) => f.message === "request"))(
  "$operation: a call with a wrong $field gives an error result without it",
  async ({ operation, field }) => {
    const client = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const call = (client as unknown as Record<string, (fields: unknown) => Promise<unknown>>)[operation];
    if (!call) throw new Error(`the client has no ${operation}`);
    const result = await call({ [field]: SECRET });
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid-request" } });
    expect(JSON.stringify(result)).not.toContain(shown);
  },
);

test.each(fields.filter((f) => f.message === "request"))(
  "$operation: the mock's refusal of a sealed request with a wrong $field does not echo it",
  async ({ operation, field }) => {
    const { request, endpoints } = descriptorOf(operation);
    const path = new URL(Object.values(endpoints)[0] as string).pathname;
    const message: Record<string, unknown> = { keyVersion: 1, merchantId: "002001000000001", [field]: SECRET };
    message["seal"] = request.seal(message as never, secretKey);
    const reply = await fetch(`${mock.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
    });
    const text = await reply.text();
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(shown);
  },
);
