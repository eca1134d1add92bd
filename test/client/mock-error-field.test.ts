// The mock's format error names the request field in error where the
// operation's status says which response field holds it (`errorField`, the
// Office pages' errorFieldName), and names none elsewhere: which operations
// name it is read from the spec's own files, the field the mock names from
// the request's validation.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations, type OperationName } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { guidePassage, referenceIndexRows, specOperationFacts } from "../support/operation-facts.js";
import { someCases } from "../support/some-cases.js";

/** Each operation's status.errorField as its file writes it; null where its status has none. */
const errorFieldInSpec = new Map([...specOperationFacts()].map(([name, facts]) => [name, facts.errorField] as const));

const secretKey = "mock-error-field-key";
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(() => mock.close());

/** The operations the mock refuses for their format with a documented code, at a JSON address. */
const refusing = someCases(
  "operations whose spec says which field a format error names",
  (Object.keys(operations) as OperationName[]).filter((name) => {
    const op = operations[name];
    return op.status?.formatError != null && Object.keys(op.endpoints).length > 0;
  }),
);

/** The version a request declares: the recommended one, or one of the prefix where an operation recommends none. */
const versionOf = (iv: { readonly recommended: string | null; readonly prefix: string }): string =>
  iv.recommended ?? `${iv.prefix}2.0`;

/** A correctly sealed request of the operation with `merchantId` a number: a format error, its required fields missing too. */
function malformed(name: OperationName): Record<string, unknown> {
  const op = operations[name];
  const message = {
    interfaceVersion: versionOf(op.interfaceVersion),
    keyVersion: 1,
    merchantId: 2001000000001,
  };
  return { ...message, seal: op.request.seal(message as never, secretKey) };
}

async function refusalOf(name: OperationName, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const address = Object.values(operations[name].endpoints)[0] as string;
  const reply = await fetch(`${mock.url}${new URL(address).pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(reply.status, name).toBe(200);
  return (await reply.json()) as Record<string, unknown>;
}

test("the registry's errorField is the spec's, and the Office pages' errorFieldName is named in some", () => {
  for (const name of Object.keys(operations) as OperationName[])
    expect(operations[name].status?.errorField ?? null, name).toBe(errorFieldInSpec.get(name) ?? null);
  expect([...errorFieldInSpec.values()].filter((field) => field !== null).length).toBeGreaterThan(0);
});

test("an operation with a status whose response has a field that another's status names as its error field names it too", () => {
  // Else its mock's format error, its registry entry and its reference page name no field where Sips names one.
  // An operation without a status (no source says which response code means refused) has no format error
  // to name it in: its mock refuses with HTTP 400, and errorField can only be written in a status.
  const facts = specOperationFacts();
  const named = new Set([...facts.values()].flatMap((f) => (f.errorField === null ? [] : [f.errorField])));
  expect(named.size).toBeGreaterThan(0);
  const unnamed = [...facts]
    .filter(([, f]) => f.hasStatus && f.errorField === null && f.responseFields.some((field) => named.has(field)))
    .map(([name]) => name);
  expect(unnamed).toEqual([]);
});

test.each(refusing)("%s: a format error names the first field in error where the spec says where", async (name) => {
  const op = operations[name];
  const status = op.status;
  if (!status) throw new Error(`${name} has no status`);
  const request = malformed(name);
  const checked = op.request.validate(request);
  if (checked.ok) throw new Error(`${name}: the request meant to be malformed is valid`);
  const first = checked.errors
    .find((issue) => issue.path !== "")
    ?.path.slice(1)
    .split("/")[0];
  const reply = await refusalOf(name, request);
  expect(reply[status.field]).toBe(status.formatError);
  expect(op.response.verify(reply as never, secretKey)).toBe(true);
  expect(op.response.validate(reply).ok, name).toBe(true);
  const errorField = errorFieldInSpec.get(name) ?? null;
  const own = [status.field, status.messageField, "seal"];
  if (errorField === null) {
    expect(Object.keys(reply).filter((key) => !own.includes(key))).toEqual([]);
    return;
  }
  expect(first).toBeDefined();
  expect(reply[errorField]).toBe(first);
  expect(Object.keys(reply).filter((key) => !own.includes(key))).toEqual([errorField]);
});

test("the reference index shows each operation's errorField as the spec does, and the guide points to it and the registry", () => {
  const index = referenceIndexRows();
  expect([...index.keys()].sort()).toEqual([...errorFieldInSpec.keys()].sort());
  for (const [name, field] of errorFieldInSpec)
    expect(index.get(name)?.["Error field"], name).toBe(field === null ? "" : `\`${field}\``);
  // The guide says the rule once: it names none of the operations whose status gives a field, which the index lists.
  const bullet = guidePassage("`operations.<name>.status.errorField`");
  expect(bullet).toContain("(generated/docs/index.md)");
  for (const [name, field] of errorFieldInSpec)
    if (field !== null) expect(bullet, name).not.toMatch(new RegExp(`\\b${name}\\b`));
});
