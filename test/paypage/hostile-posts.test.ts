// Properties over generated posts: nothing throws, whatever the post; nothing
// is accepted unless its seal is the real seal of its Data (checked here
// independently, with URLSearchParams and node:crypto); the form reader
// decodes bodies exactly as the WHATWG parser behind URLSearchParams does.
// Each property draws on a fixed seed (test/support/property-runs.ts) and
// counts what its draw reached: every kind of value, every attack refused and
// genuine posts of each algorithm accepted, every form field read and a
// repeated one refused. The counts below are about twice those at which the
// counters hold (100, 200 and 300); SIPS_DEEP=1 draws as many as before, on a
// fresh seed.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodePaypagePost } from "../../generated/runtime/paypage-response.js";
import { isPaypageResponseGenuine } from "../../generated/runtime/paypage-verify.js";
import { PAYPAGE_FORM_FIELDS } from "../../generated/runtime/paypage-form-fields.js";
import { readPaypageForm } from "../../generated/runtime/paypage-form.js";
import { type Algorithm, MINIMAL_RESPONSE, postSeal, sealedForm, TEST_KEY } from "../support/paypage-forms.js";
import { paypageResponse } from "../support/paypage-messages.js";
import { drawOf, runs } from "../support/property-runs.js";
import { expectSame } from "../support/quick-expect.js";

/** Per property: by default (fixed seed), and with SIPS_DEEP=1. */
const ANY_VALUE = [200, 500] as const;
const ATTACKS = [400, 2000] as const;
const BODIES = [600, 3000] as const;

const throwing = (): never => {
  throw new Error("hostile");
};

/** Objects that throw from getters, proxy traps and iterators. */
const hostileObjects: unknown[] = [
  new Proxy({}, { get: throwing, ownKeys: throwing, getPrototypeOf: throwing, has: throwing }),
  new Proxy([], { get: throwing }),
  Object.defineProperty({ Seal: "0".repeat(64) }, "Data", { get: throwing, enumerable: true }),
  { [Symbol.iterator]: throwing },
  {
    *[Symbol.iterator]() {
      yield ["Data", "a=b"];
      throwing();
    },
  },
  {
    [Symbol.iterator]: () => ({ next: () => ({ done: false, value: ["x", "y"] }) }),
  },
  new Proxy(new URLSearchParams("Data=a"), { get: throwing }),
];

describe("never throws", () => {
  test("for hostile objects", () => {
    for (const post of hostileObjects) {
      expect(decodePaypagePost(paypageResponse, post, TEST_KEY).ok).toBe(false);
      expect(isPaypageResponseGenuine(post, TEST_KEY)).toBe(false);
    }
  });

  test("for any value, body or bytes", () => {
    const post = fc.oneof(
      fc.anything(),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }),
      fc.dictionary(fc.constantFrom(...Object.values(PAYPAGE_FORM_FIELDS), "x"), fc.anything()),
      fc.array(fc.tuple(fc.constantFrom(...Object.values(PAYPAGE_FORM_FIELDS)), fc.anything())),
    );
    const met = new Set<string>();
    fc.assert(
      fc.property(post, (value) => {
        met.add(value instanceof Uint8Array ? "bytes" : Array.isArray(value) ? "list" : typeof value);
        const result = decodePaypagePost(paypageResponse, value, TEST_KEY);
        expectSame(typeof result.ok, "boolean");
        expectSame(typeof isPaypageResponseGenuine(value, TEST_KEY), "boolean");
        expectSame(typeof decodePaypagePost(paypageResponse, value, [TEST_KEY, `${TEST_KEY}new`]).ok, "boolean");
      }),
      drawOf(...ANY_VALUE),
    );
    expect([...met].sort()).toEqual(["boolean", "bytes", "list", "number", "object", "string", "undefined"]);
  });
});

/** Data texts: mostly plausible pairs, with the characters that matter to the format. */
const dataText = fc.oneof(
  fc.constant(MINIMAL_RESPONSE),
  fc
    .array(
      fc.tuple(
        fc.constantFrom("amount", "orderId", "returnContext", "instalmentData.number", "x", "a.b", "", "__proto__"),
        fc.string({ unit: fc.constantFrom("a", "1", "=", "|", ",", ".", "é", "+", "%", "&", " ", "\n") }),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => [MINIMAL_RESPONSE, ...pairs.map(([k, v]) => `${k}=${v}`)].join("|")),
  fc.string({ unit: "binary", maxLength: 80 }),
);

const algorithm = fc.constantFrom<Algorithm>("SHA-256", "HMAC-SHA-256", "HMAC-SHA-512");

/** A sealed form, then maybe one change an attacker could make. */
const post = fc
  .record({
    text: dataText,
    algorithm,
    named: fc.boolean(),
    encode: fc.constantFrom(undefined, "base64" as const, "base64url" as const),
    change: fc.oneof(
      fc.constant({ kind: "none" as const }),
      fc.record({ kind: fc.constant("data" as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 2 }) }),
      fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant("seal" as const),
        seal: fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f]{64}$/)),
      }),
      fc.record({
        kind: fc.constant("algorithm" as const),
        name: fc.constantFrom("SHA-256", "HMAC-SHA-256", "HMAC-SHA-512", "", "x"),
      }),
      fc.record({ kind: fc.constant("encode" as const), name: fc.constantFrom("base64", "base64url", "", "none") }),
      fc.record({ kind: fc.constant("key" as const) }),
    ),
    pinned: fc.constantFrom(undefined, "SHA-256" as const, "HMAC-SHA-256" as const),
  })
  .map(({ text, algorithm, named, encode, change, pinned }) => {
    const key = change.kind === "key" ? `${TEST_KEY}2` : TEST_KEY;
    const options = encode
      ? { key, algorithm, nameAlgorithm: named, encode }
      : { key, algorithm, nameAlgorithm: named };
    const form = sealedForm(text, options);
    let body = new URLSearchParams(form).toString();
    if (change.kind === "data") {
      const data = form["Data"] ?? "";
      const at = change.at % (data.length + 1);
      body = new URLSearchParams({
        ...form,
        Data: `${data.slice(0, at)}${change.char}${data.slice(at + 1)}`,
      }).toString();
    } else if (change.kind === "truncate") body = body.slice(0, change.at % (body.length + 1));
    else if (change.kind === "seal") body = new URLSearchParams({ ...form, Seal: change.seal }).toString();
    else if (change.kind === "algorithm")
      body = new URLSearchParams({ ...form, SealAlgorithm: change.name }).toString();
    else if (change.kind === "encode") body = new URLSearchParams({ ...form, Encode: change.name }).toString();
    return { body, key, pinned, kind: change.kind };
  });

test("nothing is accepted unless its seal is the real seal of its Data (and the pinned algorithm's)", () => {
  let accepted = 0;
  const met = new Set<string>();
  fc.assert(
    fc.property(post, ({ body, key, pinned, kind }) => {
      const options = pinned ? { sealAlgorithm: pinned } : {};
      const result = decodePaypagePost(paypageResponse, body, TEST_KEY, options);
      const genuine = isPaypageResponseGenuine(body, TEST_KEY, options);
      met.add(`${kind} ${genuine ? "genuine" : "refused"}`);
      if (result.ok) expect(genuine).toBe(true);
      // The same with the key second of a shop's two: the same answer, naming it.
      const rotated = decodePaypagePost(paypageResponse, body, [`${TEST_KEY}new`, TEST_KEY], options);
      expect(rotated.ok ? rotated.keyIndex : rotated.error.kind).toBe(result.ok ? 1 : result.error.kind);
      expect(isPaypageResponseGenuine(body, [`${TEST_KEY}new`, TEST_KEY], options)).toBe(genuine);
      if (!genuine) return;
      // Independently: the body as URLSearchParams reads it, the seal recomputed with node:crypto.
      const params = new URLSearchParams(body);
      const data = params.get("Data") ?? "";
      const named = params.get("SealAlgorithm") || undefined;
      const used = (pinned ?? named ?? "SHA-256") as Algorithm;
      expect(params.getAll("Data")).toHaveLength(1);
      if (pinned && named) expect(named).toBe(pinned);
      expect(params.get("Seal")?.toLowerCase()).toBe(postSeal(data, TEST_KEY, used));
      // A form sealed with another key never is.
      expect(key).toBe(TEST_KEY);
      if (result.ok) expect(result.sealAlgorithm).toBe(used);
      met.add(`genuine ${used}`);
      accepted++;
    }),
    drawOf(...ATTACKS),
  );
  // The property holds on genuine posts too, not only on refused ones: of each algorithm, and with no change made.
  expect(accepted).toBeGreaterThan(runs(...ATTACKS) / 20);
  const wanted = [
    ...["algorithm", "data", "encode", "key", "none", "seal", "truncate"].map((kind) => `${kind} refused`),
    "none genuine",
    ...["SHA-256", "HMAC-SHA-256", "HMAC-SHA-512"].map((used) => `genuine ${used}`),
  ];
  expect(wanted.filter((case_) => !met.has(case_))).toEqual([]);
});

test("every prefix of a genuine body is refused or still the same genuine form", () => {
  const form = sealedForm(`${MINIMAL_RESPONSE}|returnContext=a=b`, { algorithm: "HMAC-SHA-256", encode: "base64" });
  const body = new URLSearchParams(form).toString();
  for (let at = 0; at < body.length; at++) {
    const result = decodePaypagePost(paypageResponse, body.slice(0, at), TEST_KEY);
    // Only cutting the trailing Encode=base64 down to nothing keeps Data and Seal whole, and then Data is not pairs.
    expect(result.ok).toBe(false);
  }
  expect(decodePaypagePost(paypageResponse, body, TEST_KEY).ok).toBe(true);
});

describe("the form reader decodes bodies as the WHATWG parser does", () => {
  const unit = fc.oneof(
    {
      arbitrary: fc.constantFrom(
        "&",
        "=",
        "+",
        "%",
        "%2",
        "%20",
        "%3D",
        "%26",
        "%7C",
        "%C3%A9",
        "%E2%82",
        "%FF",
        "%ZZ",
      ),
      weight: 3,
    },
    { arbitrary: fc.constantFrom("Data", "Seal", "Encode", "SealAlgorithm", "InterfaceVersion", "D%61ta"), weight: 3 },
    { arbitrary: fc.string({ unit: "binary-ascii", maxLength: 3 }), weight: 3 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 2 }), weight: 1 },
    { arbitrary: fc.constantFrom("\uD800", "\uDC00", "é"), weight: 1 },
  );
  test("field by field, repeated fields refused", () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const body = parts.join("");
        // "&" first: the constructor drops a leading "?", which the form parser keeps.
        const params = new URLSearchParams(`&${body}`);
        const read = readPaypageForm(body);
        const names = Object.entries(PAYPAGE_FORM_FIELDS);
        if (names.some(([, name]) => params.getAll(name).length > 1)) {
          met.add("repeated");
          expect(read.ok).toBe(false);
          return;
        }
        expect(read.ok).toBe(true);
        if (read.ok)
          for (const [key, name] of names) {
            if (params.has(name)) met.add(name);
            expectSame(read.values[key as keyof typeof read.values], params.get(name) ?? undefined);
          }
      }),
      drawOf(...BODIES),
    );
    // Each field read, and a form refused for a field given twice.
    expect([...met].sort()).toEqual([...Object.values(PAYPAGE_FORM_FIELDS), "repeated"].sort());
  });
});
