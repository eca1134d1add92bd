// The mock refuses, as a format error, a request with no interface version of
// an operation whose documentation recommends none, as Sips does and as the
// client refuses to send one: the spec may hold the field as optional, which
// the validators take. The operations are the spec's, served as if their pages
// recommended no version (the mechanism, whatever the pages recommend today),
// with their example requests; served as the spec has them, with a
// recommended version, the version's absence alone changes nothing.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations, type OperationName } from "../../generated/index.js";
import { MOCK_OPERATIONS, type MockServer, startMockServer } from "../../generated/mock.js";
import { mockOperation, serveOperations } from "../../generated/runtime/mock-server.js";
import { generateRepoSpec } from "../support/generate.js";

const secretKey = "mock-unversioned-key";

/** Each JSON operation of the spec with a version field: its field, whether the spec requires it, its example request. */
const { model } = await generateRepoSpec();
const unrecommended = model.operations.flatMap((op) => {
  const field = op.request.fields.find((f) => f.type.kind === "interfaceVersion");
  const name = op.name as OperationName;
  const served = MOCK_OPERATIONS.find((o) => o.operation.name === name);
  return field !== undefined && served !== undefined && served.callbackExample === undefined
    ? [
        {
          name,
          served,
          field: field.name,
          required: field.presence === "required",
          example: op.request.example as Record<string, unknown>,
        },
      ]
    : [];
});

let mock: MockServer;
beforeAll(async () => {
  const copies = unrecommended.map(({ served }) =>
    mockOperation({
      ...served,
      operation: { ...served.operation, interfaceVersion: { ...served.operation.interfaceVersion, recommended: null } },
    }),
  );
  mock = await serveOperations(copies, { secretKey });
});
afterAll(() => mock.close());

/** The example request, sealed with the mock's key, with `changed` applied (a field given undefined is left out). */
function sealed(name: OperationName, example: Record<string, unknown>, changed: Record<string, unknown>) {
  const message: Record<string, unknown> = { ...example, ...changed };
  delete message.seal;
  for (const key of Object.keys(message)) if (message[key] === undefined) delete message[key];
  return { ...message, seal: operations[name].request.seal(message as never, secretKey) };
}

/** The mock's answer (`server`'s, else the one serving the copies that recommend none): its HTTP status and body. */
async function answer(name: OperationName, body: Record<string, unknown>, server: MockServer = mock) {
  const address = Object.values(operations[name].endpoints)[0] as string;
  const reply = await fetch(`${server.url}${new URL(address).pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: reply.status, body: (await reply.json()) as Record<string, unknown> };
}

test("the spec has operations whose version field it does not require: their validators take its absence", () => {
  expect(unrecommended.filter((op) => !op.required).length).toBeGreaterThan(0);
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

test("the same request, of the operation as the spec has it (a recommended version), is answered as with its version", async () => {
  const asSpecified = unrecommended.filter(
    ({ name, required }) => !required && operations[name].interfaceVersion.recommended !== null,
  );
  expect(asSpecified.length).toBeGreaterThan(0);
  const served = await startMockServer({ secretKey });
  try {
    for (const { name, field, example } of asSpecified) {
      const status = operations[name].status;
      const versioned = await answer(name, sealed(name, example, {}), served);
      const unversioned = await answer(name, sealed(name, example, { [field]: undefined }), served);
      const said = (reply: typeof versioned) => [reply.status, status ? reply.body[status.field] : undefined];
      expect(said(unversioned), name).toEqual(said(versioned));
    }
  } finally {
    await served.close();
  }
});
