// The mock refuses, as a format error, a request with no interface version of
// an operation whose documentation recommends none, as Sips does and as the
// client refuses to send one: the spec may hold the field as optional, which
// the validators take. Which operations recommend none, and their example
// requests, are read from the spec.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations, type OperationName } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { generateRepoSpec } from "../support/generate.js";

const secretKey = "mock-unversioned-key";
let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(() => mock.close());

/** Each operation of the spec that recommends no version and has a version field: its field and example request. */
const { model } = await generateRepoSpec();
const unrecommended = model.operations.flatMap((op) => {
  const field = op.request.fields.find((f) => f.type.kind === "interfaceVersion");
  const name = op.name as OperationName;
  const served = Object.keys(operations[name].endpoints).length > 0;
  return op.interfaceVersion.recommended === null && field !== undefined && served
    ? [{ name, field: field.name, example: op.request.example as Record<string, unknown> }]
    : [];
});

/** The example request, sealed with the mock's key, with `changed` applied (a field given undefined is left out). */
function sealed(name: OperationName, example: Record<string, unknown>, changed: Record<string, unknown>) {
  const message: Record<string, unknown> = { ...example, ...changed };
  delete message.seal;
  for (const key of Object.keys(message)) if (message[key] === undefined) delete message[key];
  return { ...message, seal: operations[name].request.seal(message as never, secretKey) };
}

/** The mock's answer: its HTTP status and body. */
async function answer(name: OperationName, body: Record<string, unknown>) {
  const address = Object.values(operations[name].endpoints)[0] as string;
  const reply = await fetch(`${mock.url}${new URL(address).pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
}

test("the spec has an operation that recommends no version, served by the mock (cardValidateAuthenticationAndOrder)", () => {
  expect(unrecommended.map((op) => op.name)).toContain("cardValidateAuthenticationAndOrder");
});

test("a request with no interface version, of an operation that recommends none, is refused as a format error", async () => {
  for (const { name, field, example } of unrecommended) {
    const status = operations[name].status;
    const versioned = await answer(name, sealed(name, example, {}));
    const refused = await answer(name, sealed(name, example, { [field]: undefined }));
    // The example as it is, its version given, is accepted: the version's absence alone is refused.
    expect(versioned.status, name).toBe(200);
    if (status?.formatError) {
      if (status.accepted) expect(versioned.body[status.field], name).toBe(status.accepted);
      expect([refused.status, refused.body[status.field]], name).toEqual([200, status.formatError]);
      if (status.errorField) expect(refused.body[status.errorField], name).toBe(field);
    } else {
      // No source gives the code: HTTP 400 with the issues.
      expect(refused.status, name).toBe(400);
      expect(refused.body.issues, name).toContainEqual(
        expect.objectContaining({ path: `/${field}`, code: "required" }),
      );
    }
  }
});
