// The client's `strict` option: a field the request's spec does not hold is
// refused unsent on every operation, even where its facts stop and such a field
// is otherwise sent with a warning. Each operation of the registry is called
// with its OpenAPI example and a misspelt copy of one of its fields (an
// optional one where it has one), strict and not: none is named here.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as sipsJson from "../../generated/index.js";
import { createClient, operations, type ClientResult, type FetchLike } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { nearNames } from "../../generated/runtime/closest-names.js";
import { slipsOf } from "../../generated/runtime/field-slips.js";
import { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_FIELD } from "../../generated/runtime/platform.js";
import { callFields } from "../support/openapi-examples.js";

const secretKey = "client-strict-test-key";
type Descriptor = (typeof operations)[keyof typeof operations];
type Call = (fields: unknown) => Promise<ClientResult<unknown>>;

/** The fields a call takes: the request's example without those the client fills in. */
const fieldsOf = (op: Descriptor): Record<string, unknown> => callFields(op.request.name);

const FILLED = new Set<string>([SEAL_FIELD, MERCHANT_ID_FIELD, KEY_VERSION_FIELD, "sealAlgorithm"]);
/** The field a caller misspells: an optional one where the request has one, else the first it gives. */
function misspeltField(op: Descriptor): string {
  const given = op.request.fields.filter((f) => !FILLED.has(f.name) && f.type !== "interfaceVersion");
  const field = given.find((f) => f.presence !== "required") ?? given[0];
  if (!field) throw new Error(`${op.name}'s request has no field a caller gives`);
  return field.name;
}
/**
 * A letter put for another (the last one): no slip of the keyboard, so only `strict` refuses it where facts stop;
 * near the field all the same (nearNames), which every issue of it names.
 */
const letterReplaced = (name: string): string => name.slice(0, -1) + (name.endsWith("x") ? "y" : "x");
/** The last letter doubled: a slip, refused with the field meant, strict or not. */
const letterDoubled = (name: string): string => name + name.slice(-1);

let server: MockServer;
const sent: Record<string, unknown>[] = [];
const recording: FetchLike = async (url, init) => {
  sent.push(JSON.parse(init.body) as Record<string, unknown>);
  const reply = await fetch(url, init);
  const text = await reply.text();
  return { status: reply.status, text: async () => text };
};
beforeAll(async () => {
  server = await startMockServer({ secretKey });
});
afterAll(() => server.close());

function callOf(name: string, strict: boolean | undefined): Call {
  const config = { environment: server.url, merchantId: "002001000000001", keyVersion: 1, secretKey, fetch: recording };
  const client = createClient(strict === undefined ? config : { ...config, strict }) as unknown as Record<string, Call>;
  const call = client[name];
  if (!call) throw new Error(`the client has no method ${name}`);
  return call;
}

/** The issues of a call refused unsent, as path, code and meant; null for a call that went out. */
const refusal = (result: ClientResult<unknown>) =>
  !result.ok && result.error.kind === "invalid-request" && result.error.sent === "no"
    ? result.error.issues.map((i) => ({ path: i.path, code: i.code, meant: i.meant }))
    : null;

const all = Object.values(operations);

test("the registry has operations whose request's facts stop and operations whose facts do not", () => {
  expect(all.filter((op) => op.request.factsStop !== null).length).toBeGreaterThan(0);
  expect(all.filter((op) => op.request.factsStop === null).length).toBeGreaterThan(0);
});

describe.each(all.map((op) => [op.name, op] as const))("%s", (name, op) => {
  const field = misspeltField(op);
  const known = op.request.fields.map((f) => f.name);
  const stops = op.request.factsStop !== null;

  test("the misspellings are what they are said to be", () => {
    expect(known).not.toContain(letterReplaced(field));
    expect(slipsOf(letterReplaced(field), known)).toEqual([]);
    expect(slipsOf(letterDoubled(field), known)).toEqual([field]);
    expect(nearNames(letterReplaced(field), known)).toEqual([field]);
  });

  test("strict: a misspelt field is refused unsent, another letter for one as a slip", async () => {
    sent.length = 0;
    for (const misspelt of [letterReplaced(field), letterDoubled(field)]) {
      const result = await callOf(name, true)({ ...fieldsOf(op), [misspelt]: "x" });
      // Another letter is no slip: where the facts stop, strict refuses it; elsewhere the validator does. Either
      // names the field it is closest to (one edit of a name of at least 3 letters), by the same rule.
      expect([misspelt, refusal(result)]).toEqual([
        misspelt,
        [{ path: `/${misspelt}`, code: "unknown-field", meant: field }],
      ]);
    }
    expect(sent).toEqual([]);
  });

  test("not strict: a slip is refused; another misspelling is sent with a warning only where the facts stop", async () => {
    for (const strict of [false, undefined]) {
      sent.length = 0;
      const slip = await callOf(name, strict)({ ...fieldsOf(op), [letterDoubled(field)]: "x" });
      expect(refusal(slip)).toEqual([{ path: `/${letterDoubled(field)}`, code: "unknown-field", meant: field }]);
      const misspelt = letterReplaced(field);
      const result = await callOf(name, strict)({ ...fieldsOf(op), [misspelt]: "x" });
      if (stops) {
        expect(refusal(result)).toBeNull();
        expect(sent.map((body) => body[misspelt])).toEqual(["x"]);
        expect(result.ok && result.warnings.map((w) => w.path)).toEqual([`/${misspelt}`]);
      } else {
        expect(refusal(result)).toEqual([{ path: `/${misspelt}`, code: "unknown-field", meant: field }]);
        expect(sent).toEqual([]);
      }
    }
  });
});

const stopped = all.filter((op) => op.request.factsStop !== null);
describe.each(stopped.map((op) => [op.name, op] as const))("%s, whose facts stop", (name, op) => {
  test("strict: a field given under beyondFacts is sent, with its warning", async () => {
    sent.length = 0;
    const misspelt = letterReplaced(misspeltField(op));
    const result = await callOf(name, true)({ ...fieldsOf(op), beyondFacts: { [misspelt]: "x" } });
    expect(refusal(result)).toBeNull();
    expect(sent.map((body) => body[misspelt])).toEqual(["x"]);
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual([`/${misspelt}`]);
  });
});

test("strict's refusal says what to do with a field Sips has that the spec does not hold", async () => {
  const [op] = stopped;
  if (!op) throw new Error("no operation whose request's facts stop");
  const misspelt = letterReplaced(misspeltField(op));
  const result = await callOf(op.name, true)({ ...fieldsOf(op), [misspelt]: "x" });
  expect(result.ok ? "sent" : result.error.message).toContain(`/${misspelt}`);
  expect(
    result.ok ? [] : result.error.kind === "invalid-request" ? result.error.issues.map((i) => i.message) : [],
  ).toEqual([expect.stringContaining("beyondFacts")]);
});

test("an operation's own function reads strict from the configuration it is given, as createClient does", async () => {
  const [op] = stopped;
  if (!op) throw new Error("no operation whose request's facts stop");
  const own = (sipsJson as unknown as Record<string, unknown>)[`call${op.name[0]?.toUpperCase()}${op.name.slice(1)}`];
  if (typeof own !== "function") throw new Error(`no function of ${op.name} alone`);
  const call = own as (config: unknown, fields: unknown) => Promise<ClientResult<unknown>>;
  const config = { environment: server.url, merchantId: "002001000000001", keyVersion: 1, secretKey, fetch: recording };
  const misspelt = letterReplaced(misspeltField(op));
  sent.length = 0;
  const refused = await call({ ...config, strict: true }, { ...fieldsOf(op), [misspelt]: "x" });
  expect(refusal(refused)).toEqual([{ path: `/${misspelt}`, code: "unknown-field", meant: misspeltField(op) }]);
  expect(sent).toEqual([]);
  const lenient = await call(config, { ...fieldsOf(op), [misspelt]: "x" });
  expect(refusal(lenient)).toBeNull();
  expect(sent.map((body) => body[misspelt])).toEqual(["x"]);
});

test("strict that is not a boolean is a TypeError of createClient, as a text read from the environment is", () => {
  const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey } as const;
  expect(() => createClient({ ...config, strict: "true" as never })).toThrow(/^strict must be a boolean, got "true"$/);
  expect(() => createClient({ ...config, strict: true })).not.toThrow();
});
