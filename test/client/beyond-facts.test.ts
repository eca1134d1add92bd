// Fields beyond a request's saved facts, sent through the client under `beyondFacts` to the mock, which reads them
// and answers with a field beyond the response's facts, read back from the result. Every operation of the registry
// whose request and response facts both stop is called, with its OpenAPI examples: none is named here.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  computeSeal,
  createClient,
  operations,
  type ClientResult,
  type FetchLike,
  type ValidationIssue,
} from "../../generated/index.js";
import { startMockServer, type MockHandler, type MockServer } from "../../generated/mock.js";
import {
  KEY_VERSION_FIELD,
  MERCHANT_ID_FIELD,
  SEAL_ALGORITHM_FIELD,
  SEAL_FIELD,
} from "../../generated/runtime/platform.js";
import type { FieldsBeyondFacts } from "../../generated/runtime/beyond-facts.js";
import { callFields, exampleOf } from "../support/openapi-examples.js";

const secretKey = "beyond-facts-test-key";
const SENT = "aFieldBeyondTheRequestFacts";
const ANSWERED = "aFieldBeyondTheResponseFacts";
const BEYOND = "beyondFacts";

type Call = (fields: unknown) => Promise<ClientResult<Record<string, unknown>>>;

const stopped = Object.values(operations).filter((op) => op.request.factsStop && op.response.factsStop);
const open = Object.values(operations).find((op) => op.request.factsStop === null);

let server: MockServer;
const received: Record<string, unknown>[] = [];
const sent: Record<string, unknown>[] = [];

beforeAll(async () => {
  // Each handler answers the example response and, beyond its facts, the field beyond the request's it read.
  const handlers = Object.fromEntries(
    stopped.map((op): [string, MockHandler] => [
      op.name,
      (request) => {
        received.push(request);
        return { ...exampleOf(op.response.name), [ANSWERED]: request[SENT] };
      },
    ]),
  );
  server = await startMockServer({ secretKey, handlers });
});
afterAll(() => server.close());

const recording: FetchLike = async (url, init) => {
  sent.push(JSON.parse(init.body) as Record<string, unknown>);
  const reply = await fetch(url, init);
  const text = await reply.text();
  return { status: reply.status, text: async () => text };
};

function callOf(name: string): Call {
  const client = createClient({
    environment: server.url,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey,
    fetch: recording,
  }) as unknown as Record<string, Call>;
  const call = client[name];
  if (!call) throw new Error(`the client has no method ${name}`);
  return call;
}

const paths = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path} ${i.code}`);
/** The issues of a call refused before it was sent, or null. */
const refused = (result: ClientResult<unknown>) =>
  !result.ok && result.error.kind === "invalid-request" ? paths(result.error.issues) : null;

test("the registry has an operation whose request and response facts both stop, and one whose request's do not", () => {
  expect(stopped.length).toBeGreaterThan(0);
  expect(open).toBeDefined();
});

describe.each(stopped.map((op) => [op.name, op] as const))("%s", (name, op) => {
  test("a field beyond the facts is sent, sealed by the generic rule, received by the mock and read back", async () => {
    sent.length = 0;
    received.length = 0;
    const result = await callOf(name)({ ...callFields(op.request.name), [BEYOND]: { [SENT]: "sent beyond" } });
    expect(result.ok ? result.response[ANSWERED] : result.error).toBe("sent beyond");
    // Warned of, each naming the gap: the request's, then the reply's.
    expect(result.ok && paths(result.warnings)).toEqual([`/${SENT} unknown-field`, `/${ANSWERED} unknown-field`]);
    const [body] = sent;
    expect(body?.[SENT]).toBe("sent beyond");
    expect(body && BEYOND in body).toBe(false);
    expect(received[0]?.[SENT]).toBe("sent beyond");
    // The sealing string of the generic rule, worked out here: every field but those the rule leaves out, by name.
    const left = new Set(op.request.fields.map((f) => f.name).filter((n) => !op.request.sealFields.includes(n)));
    const sealing = Object.keys(body ?? {})
      .filter((n) => !left.has(n))
      .sort()
      .map((n) => String(body?.[n]))
      .join("");
    expect(body?.[SEAL_FIELD]).toBe(computeSeal(sealing, secretKey));
  });

  test("a field the request holds, given beyond the facts, is refused before anything is sent", async () => {
    sent.length = 0;
    const known = op.request.fields.map((f) => f.name);
    const result = await callOf(name)({
      ...callFields(op.request.name),
      [BEYOND]: Object.fromEntries(known.map((n) => [n, "x"])),
    });
    expect(refused(result)).toEqual(known.map((n) => `/${BEYOND}/${n} unknown-field`));
    expect(sent).toEqual([]);
  });

  test("a credential or the seal given beyond the facts is told the client fills it in, as among the fields", async () => {
    sent.length = 0;
    const filled = [MERCHANT_ID_FIELD, KEY_VERSION_FIELD, SEAL_FIELD];
    const result = await callOf(name)({
      ...callFields(op.request.name),
      [BEYOND]: Object.fromEntries(filled.map((n) => [n, "x"])),
    });
    const told = !result.ok && result.error.kind === "invalid-request" ? result.error.issues : [];
    expect(told.map((i) => [i.path, i.message])).toEqual(
      filled.map((n) => [`/${BEYOND}/${n}`, "is filled in from the configuration, not given"]),
    );
    expect(sent).toEqual([]);
  });

  test("beyondFacts that is not an object, names a field given among the fields or cannot be read is refused", async () => {
    sent.length = 0;
    const call = callOf(name);
    const notObject = await call({ ...callFields(op.request.name), [BEYOND]: ["x"] });
    expect(refused(notObject)).toEqual([`/${BEYOND} type`]);
    const twice = await call({ ...callFields(op.request.name), [SENT]: 1, [BEYOND]: { [SENT]: 2 } });
    expect(refused(twice)).toEqual([`/${BEYOND}/${SENT} unknown-field`]);
    const throwing = {
      get [SENT]() {
        throw new Error("a getter that throws");
      },
    };
    const unreadable = await call({ ...callFields(op.request.name), [BEYOND]: throwing });
    expect(refused(unreadable)).toEqual([`/${BEYOND} unreadable`]);
    expect(sent).toEqual([]);
  });

  test("a field named __proto__ beyond the facts stays a field", async () => {
    sent.length = 0;
    const beyond = JSON.parse(`{"__proto__": "a field"}`) as Record<string, unknown>;
    const result = await callOf(name)({ ...callFields(op.request.name), [BEYOND]: beyond });
    expect(result.ok).toBe(true);
    expect(Object.getOwnPropertyDescriptor(sent[0], "__proto__")?.value).toBe("a field");
  });
});

// Where the request has no sealAlgorithm, the client seals with the platform's default: a message naming another
// would be sealed with one and name the other, and the reply verified with neither reliably.
const unnamed = stopped.filter((op) => !op.request.fields.some((f) => f.name === SEAL_ALGORITHM_FIELD));
test.each(unnamed.map((op) => [op.name, op] as const))(
  "%s: a sealAlgorithm its request has no field for is refused, beyond the facts or among the fields",
  async (name, op) => {
    sent.length = 0;
    const call = callOf(name);
    const other = { [SEAL_ALGORITHM_FIELD]: "SHA-256" };
    expect(refused(await call({ ...callFields(op.request.name), [BEYOND]: other }))).toEqual([
      `/${BEYOND}/${SEAL_ALGORITHM_FIELD} unknown-field`,
    ]);
    expect(refused(await call({ ...callFields(op.request.name), ...other }))).toEqual([
      `/${SEAL_ALGORITHM_FIELD} unknown-field`,
    ]);
    expect(sent).toEqual([]);
  },
);

test("the fields a call takes beyond the facts do not name the seal's algorithm", () => {
  // @ts-expect-error a request without the field is sealed with the platform's default
  const beyond: FieldsBeyondFacts<{ readonly known?: string }> = { [SEAL_ALGORITHM_FIELD]: "SHA-256" };
  expect(beyond).toBeDefined();
});

test("an operation whose request's facts do not stop refuses beyondFacts as an unknown field, as before", async () => {
  if (!open) return;
  sent.length = 0;
  const result = await callOf(open.name)({ ...callFields(open.request.name), [BEYOND]: { [SENT]: "x" } });
  expect(refused(result)).toEqual([`/${BEYOND} unknown-field`]);
  expect(sent).toEqual([]);
});
