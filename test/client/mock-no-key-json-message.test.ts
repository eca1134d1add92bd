// The mock's JSON refusal of a request naming a keyVersion it holds no key of,
// for an operation no source gives a signature error code of (HTTP 400 with the
// reason), says which keyVersion the request asked (or that it names none, or
// what it gave that is not a number) and which the mock holds, in numeric order.
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { mockKeysOf } from "../../generated/runtime/mock-keys.js";

const OLD = "002001000000001_KEY1";
// An operation whose refusal of a seal is the mock's own words: no signature error code to answer with.
const [op, address] =
  Object.values(operations).flatMap((o) =>
    o.status?.signatureError == null && "test" in o.endpoints ? [[o, o.endpoints.test] as const] : [],
  )[0] ?? [];
if (op === undefined) throw new Error("every operation of the spec now gives a signature error code");
const path = new URL(address ?? "").pathname;

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ secretKey: { 1: OLD, 2: "002001000000001_KEY2", 10: "002001000000001_KEY10" } });
});
afterAll(() => mock.close());

/** The mock's answer to a request of `op` sealed with OLD, naming `keyVersion` (none where absent). */
async function refusal(keyVersion: { keyVersion?: unknown }): Promise<{ status: number; body: unknown }> {
  const message = { interfaceVersion: op?.interfaceVersion.recommended, ...keyVersion, merchantId: "002001000000001" };
  const body = JSON.stringify({ ...message, seal: op?.request.seal(message as never, OLD) });
  const reply = await fetch(`${mock.url}${path}`, { method: "POST", body });
  return { status: reply.status, body: await reply.json() };
}

test.each([
  [{ keyVersion: 3 }, "(3)"],
  [{}, "(it names none)"],
  [{ keyVersion: "2" }, '(got "2")'],
  // What the request gives is quoted escaped: a quote or a line break of its own ends nothing.
  [{ keyVersion: 'v"1\n' }, '(got "v\\"1\\n")'],
])("a request naming %o is told the keyVersion it asked and those the mock holds", async (asked, said) => {
  expect(await refusal(asked)).toEqual({
    status: 400,
    body: { error: `the mock holds no key of the request's keyVersion ${said}; it holds keys of keyVersion 1, 2, 10` },
  });
});

test("keyVersions beyond an array index's range, which an object keeps in the order given, are held in numeric order", () => {
  expect(mockKeysOf({ 5000000000: OLD, 4999999999: OLD, 7: OLD }).versions).toEqual([7, 4999999999, 5000000000]);
});
