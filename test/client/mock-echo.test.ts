// The mock's own reply carries back the request's values where the reply has
// a field of the request's (a transactionReference, a merchantId), as Sips
// answers: a test that sends its own reads them back, not the example's, and
// the reply is sealed over them. The operations and the shared fields come
// from the registry, the requests from the spec's sealed examples
// (openapi.json).
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { exampleOf } from "../support/openapi-examples.js";

const secretKey = "mock-echo-key";
type Operation = (typeof operations)[keyof typeof operations];

/** Each operation whose reply has a field its request has too (the seal aside), with those fields. */
const sharing = Object.entries(operations as Record<string, Operation>).flatMap(([name, op]) => {
  const replied = new Set(op.response.fields.map((f) => f.name));
  const shared = op.request.fields.filter((f) => f.name !== "seal" && replied.has(f.name)).map((f) => f.name);
  return shared.length > 0 ? [{ name, op, shared }] : [];
});

/** Another value of the same format: the last digit or letter changed, an integer plus one. */
function another(value: unknown): unknown {
  if (typeof value === "number") return value + 1;
  if (typeof value !== "string" || value === "") return value;
  const last = value.at(-1) ?? "";
  const next = /\d/.test(last)
    ? String((Number(last) + 1) % 10)
    : last === "z"
      ? "y"
      : last === "Z"
        ? "Y"
        : /[a-z]/i.test(last)
          ? String.fromCharCode(last.charCodeAt(0) + 1)
          : last;
  return `${value.slice(0, -1)}${next}`;
}

/**
 * The example with a value of the test's own in each shared field: another value of the example's, or, for a field
 * the example leaves out, a text where the field takes any (no format, no list).
 */
function withOwnValues(op: Operation, example: Record<string, unknown>, shared: readonly string[]) {
  const sent: Record<string, unknown> = { ...example };
  const given: string[] = [];
  for (const name of shared) {
    const field = op.request.fields.find((f) => f.name === name);
    if (Object.hasOwn(example, name)) sent[name] = another(example[name]);
    else if (field?.type === "string" && field.format === null && field.valueList === null) sent[name] = "own-1";
    else continue;
    given.push(name);
  }
  return { sent, given };
}

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey });
});
afterAll(() => mock.close());

test("some operation's reply shares fields with its request (else the cases below check nothing)", () => {
  expect(sharing.length).toBeGreaterThan(0);
});

test.each(sharing)("$name: the reply carries back the request's $shared, sealed over them", async ({ op, shared }) => {
  const example = exampleOf(op.request.name);
  const { sent, given } = withOwnValues(op, example, shared);
  expect(given.length).toBeGreaterThan(0);
  for (const name of given) expect(sent[name]).not.toEqual(example[name]);
  const body = JSON.stringify({ ...sent, seal: op.request.seal(sent as never, secretKey) });
  const reply = await fetch(`${mock.url}${new URL(Object.values(op.endpoints)[0] as string).pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  expect(reply.status).toBe(200);
  const answered = (await reply.json()) as Record<string, unknown>;
  for (const name of given) expect(answered[name]).toEqual(sent[name]);
  expect(op.response.verify(answered as never, secretKey)).toBe(true);
  expect(op.response.validate(answered, { strict: true })).toMatchObject({ ok: true });
  if (op.status) expect(answered[op.status.field]).toBe(op.status.accepted);
});

test("a handler's mockReply carries them back too", async () => {
  const { op, shared } = sharing[0] ?? { op: undefined, shared: [] };
  if (!op) throw new Error("no operation shares a field");
  const { sent, given } = withOwnValues(op, exampleOf(op.request.name), shared);
  let offered: Record<string, unknown> = {};
  const server = await startMockServer({
    secretKey,
    handlers: {
      [op.name]: (_request: unknown, mockReply: () => Record<string, unknown>) => (offered = mockReply()),
    },
  });
  try {
    await fetch(`${server.url}${new URL(Object.values(op.endpoints)[0] as string).pathname}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...sent, seal: op.request.seal(sent as never, secretKey) }),
    });
  } finally {
    await server.close();
  }
  for (const name of given) expect(offered[name]).toEqual(sent[name]);
});
