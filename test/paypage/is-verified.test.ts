// isVerified, the run-time side of Verified<T>: true for the very objects a
// decoder's or a client call's ok result gave, false for anything built
// otherwise, however alike (a lookalike by hand or by cast, a validator's
// value, a copy), so that code that ships can ask where a value came through
// `any`, JSON or a cast. The type guard narrows to Verified<T>.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, expectTypeOf, test } from "vitest";
import { createClient, isVerified as isVerifiedFromRoot, validateCancelResponse } from "../../generated/index.js";
import { startMockServer } from "../../generated/mock.js";
import {
  decodePaypageResponse,
  isVerified,
  type PaypageResponse,
  validatePaypageResponse,
  type Verified,
} from "../../generated/paypage.js";
import { markVerified } from "../../generated/runtime/verified.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";

test("a decoded response is verified; its lookalikes and copies are not", () => {
  const result = decodePaypageResponse(sealedForm(MINIMAL_RESPONSE), TEST_KEY);
  if (!result.ok) throw new Error(result.error.message);
  const paid: unknown = result.response;
  expect(isVerified(paid)).toBe(true);
  const checked = validatePaypageResponse({ ...result.response });
  const lookalikes: Record<string, unknown> = {
    "a spread copy": { ...result.response },
    "a structured clone": structuredClone(result.response),
    "a JSON round trip": JSON.parse(JSON.stringify(result.response)),
    "an object built by hand": Object.fromEntries(Object.entries(result.response)),
    "a cast": { ...result.response } as Verified<PaypageResponse>,
    "a validator's value": checked.ok ? checked.value : "invalid",
    "an object whose prototype is the verified one": Object.create(result.response),
    // A verified response is frozen; being frozen is no sign of one.
    "a frozen copy": Object.freeze({ ...result.response }),
  };
  for (const [what, value] of Object.entries(lookalikes)) {
    expect(value, what).toEqual(
      expect.objectContaining({ transactionReference: result.response.transactionReference }),
    );
    expect([what, isVerified(value)]).toEqual([what, false]);
  }
  for (const value of [null, undefined, "00", 0, true]) expect(isVerified(value)).toBe(false);
});

test("a verified response cannot be changed after isVerified said so: a field set, added or deleted throws", () => {
  const result = decodePaypageResponse(sealedForm(MINIMAL_RESPONSE), TEST_KEY);
  if (!result.ok) throw new Error(result.error.message);
  // Its fields are readonly to the compiler: a field set, which would throw, does not compile.
  // @ts-expect-error a verified response's field is readonly
  expect(() => (result.response.responseCode = "05")).toThrow(TypeError);
  const paid: Record<string, unknown> = result.response;
  const before = { ...paid };
  expect(isVerified(paid)).toBe(true);
  expect(() => {
    paid["amount"] = 1;
  }).toThrow(TypeError);
  expect(() => {
    paid["captureDay"] = 0;
  }).toThrow(TypeError);
  expect(() => delete paid["responseCode"]).toThrow(TypeError);
  expect(() => Object.setPrototypeOf(paid, {})).toThrow(TypeError);
  expect(paid).toEqual(before);
  expect(isVerified(paid)).toBe(true);
});

test("what is marked verified is frozen to its last nested object and list, however deep", () => {
  const item = { name: "a", inner: { codes: ["1", "2"] } };
  const message = { list: [item], holder: { address: { city: "Paris" } } };
  const verified = markVerified(message);
  const reached: object[] = [verified, verified.list, item, item.inner, item.inner.codes];
  reached.push(verified.holder, verified.holder.address);
  // Every field is walked, the last of many too.
  const wide: Record<string, unknown> = Object.fromEntries(Array.from({ length: 30 }, (_, n) => [`field${n}`, "x"]));
  wide["last"] = { codes: ["1"] };
  markVerified(wide);
  reached.push(wide["last"] as object);
  expect(reached.map((value) => Object.isFrozen(value))).toEqual(reached.map(() => true));
  let deep: { next?: object } = {};
  const top = deep;
  for (let depth = 0; depth < 200_000; depth++) deep = deep.next = {};
  expect(() => markVerified(top)).not.toThrow();
  expect(Object.isFrozen(deep)).toBe(true);
});

test("the record of verified responses keeps none alive: a server that decodes for months does not grow", async () => {
  setFlagsFromString("--expose-gc");
  const collect = runInNewContext("gc") as () => void;
  // A function per response, so that the test's own frame holds none of them.
  const decoded = (): WeakRef<object> => {
    const result = decodePaypageResponse(sealedForm(MINIMAL_RESPONSE), TEST_KEY);
    if (!result.ok || !isVerified(result.response)) throw new Error("not verified");
    return new WeakRef(result.response);
  };
  const refs = Array.from({ length: 5 }, decoded);
  // A WeakRef keeps its target to the end of the job that read it, and one collection may not free all: several.
  let alive = refs.length;
  for (let i = 0; i < 10 && alive > 0; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    alive = refs.filter((ref) => ref.deref() !== undefined).length;
  }
  expect(alive).toBe(0);
});

test("an object held twice, or holding the object that holds it, is frozen once and ends the walk", () => {
  const shared = { codes: ["1"] };
  const cycle: { self?: object; shared: object; again: object } = { shared, again: shared };
  cycle.self = cycle;
  expect(isVerified(markVerified(cycle))).toBe(true);
  expect([cycle, shared, shared.codes].map((value) => Object.isFrozen(value))).toEqual([true, true, true]);
});

test("a refused post gives no response to mark", () => {
  const refused = decodePaypageResponse(sealedForm(MINIMAL_RESPONSE), "another key");
  expect(refused.ok).toBe(false);
  expect(Object.values(refused).some((value) => isVerified(value))).toBe(false);
});

test("a client call's verified reply is verified; the same fields validated apart are not", async () => {
  const secretKey = "is-verified-key";
  const mock = await startMockServer({ secretKey });
  try {
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const result = await sips.cancel({ currencyCode: "978" });
    if (!result.ok) throw new Error(result.error.message);
    expect(isVerifiedFromRoot(result.response)).toBe(true);
    expect(Object.isFrozen(result.response)).toBe(true);
    const checked = validateCancelResponse(JSON.parse(JSON.stringify(result.response)));
    expect(checked.ok && isVerifiedFromRoot(checked.value)).toBe(false);
  } finally {
    await mock.close();
  }
});

test("the guard narrows a value to Verified of its type, for code that takes Verified", () => {
  const ship = (paid: Verified<PaypageResponse>): string => String(paid.responseCode);
  const fields: PaypageResponse = { ...MINIMAL_RESPONSE_FIELDS };
  // @ts-expect-error fields no seal vouches for
  expect(() => ship(fields)).not.toThrow();
  if (isVerified(fields)) {
    expectTypeOf(fields).toEqualTypeOf<Verified<PaypageResponse>>();
    ship(fields);
  }
  expect(isVerified(fields)).toBe(false);
});

/** MINIMAL_RESPONSE's fields, as an object. */
const MINIMAL_RESPONSE_FIELDS = {
  currencyCode: "978",
  merchantId: "002001000000001",
  responseCode: "00",
  transactionReference: "ref1",
  keyVersion: 1,
  amount: 1000,
} as const satisfies PaypageResponse;
