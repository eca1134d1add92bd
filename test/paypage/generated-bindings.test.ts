// The generated Paypage bindings of every operation that has them, held to an
// independent implementation written here (node:crypto and string splitting,
// nothing of the runtime): a callback's decoder and an operation's POST form
// builder, both seal algorithms, Data as text, base64 and base64url, tampered
// Data, another key, truncated and hostile bodies. The messages are built from
// the registry's field lists, so a new callback field needs no edit here; the
// published Worldline response vectors go through the generated decoder too.
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as generated from "../../generated/index.js";
import { createClient, operations, type FieldDescriptor } from "../../generated/index.js";
import type { PaypageResponseResult } from "../../generated/runtime/paypage-response-result.js";
import { drawOf, runs } from "../support/property-runs.js";
import { someCases } from "../support/some-cases.js";

const KEY = "002001000000001_KEY1";
/** A shop's own key, for forms of "prod", which refuses the public simulation shop's (KEY). */
const SHOP_KEY = "shop-secret-key-0123456789";
/**
 * Per property: on the fixed seed by default, with counters of the algorithms and encodings the draw met, which hold
 * from 25; SIPS_DEEP=1 draws as many as before on a fresh seed (test/support/property-runs.ts).
 */
const QUICK = 50;
const DEEP = 300;
const RUNS = runs(QUICK, DEEP);

type Algorithm = "HMAC-SHA-256" | "SHA-256";
type Encoding = "none" | "base64" | "base64url";

/** The POST interface's seal, written from its description: HMAC of Data, or SHA-256 of Data then the key. */
const sealOf = (data: string, key: string, algorithm: Algorithm): string =>
  algorithm === "HMAC-SHA-256"
    ? createHmac("sha256", key).update(data, "utf8").digest("hex")
    : createHash("sha256").update(`${data}${key}`, "utf8").digest("hex");

const encoded = (text: string, encoding: Encoding): string =>
  encoding === "none" ? text : Buffer.from(text, "utf8").toString(encoding);

/** key=value pairs joined by |: what the interface carries. */
const dataOf = (fields: Record<string, string | number | undefined>): string =>
  Object.entries(fields)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join("|");

/** Splits Data back into text fields: each pair on its first "=". */
function parseData(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split("|")) {
    const at = pair.indexOf("=");
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/** A value a top-level scalar field of the descriptor takes: its first value, else digits or letters. */
const valueArb = (field: FieldDescriptor): fc.Arbitrary<string | number> => {
  const first = field.valueList?.values[0]?.value;
  if (first !== undefined) return fc.constantFrom(...(field.valueList?.values.map((v) => v.value) ?? [first]));
  if (field.type === "integer") return fc.integer({ min: 0, max: 99_999 });
  const digits = field.format?.startsWith("N") === true;
  const max = Number(field.format?.replace(/^\D+/, "") ?? "12") || 12;
  return fc.stringMatching(digits ? /^[0-9]+$/ : /^[A-Za-z0-9]+$/).filter((s) => s.length > 0 && s.length <= max);
};

const scalarFields = (fields: readonly FieldDescriptor[]) =>
  fields.filter((f) => f.type === "string" || f.type === "integer");

/** The names of the required fields among `fields`: a message always has them. */
const requiredOf = (fields: readonly FieldDescriptor[]) =>
  fields.filter((f) => f.presence === "required").map((f) => f.name);

const messageArb = (fields: readonly FieldDescriptor[]) =>
  fc.record(Object.fromEntries(scalarFields(fields).map((f) => [f.name, valueArb(f)])), {
    requiredKeys: requiredOf(scalarFields(fields)),
  });

/** The required fields of a message as Data pairs, each with a value its field takes (drawn once, on a fixed seed). */
const requiredPairs = (fields: readonly FieldDescriptor[]): string =>
  scalarFields(fields)
    .filter((f) => f.presence === "required")
    .map((f) => `${f.name}=${String(fc.sample(valueArb(f), { seed: 1, numRuns: 1 })[0])}|`)
    .join("");

const decoders = Object.values(operations).flatMap((op) => {
  const callback = op.callback;
  if (callback?.encoding !== "data") return [];
  const name = `decode${callback.name}`;
  const decodeIn = (generated as unknown as Record<string, unknown>)[name] as (
    post: unknown,
    key: string | readonly string[],
    options?: {
      sealAlgorithm?: Algorithm;
      strict?: boolean;
      interfaceVersion?: string;
      environment?: string | undefined;
    },
  ) => PaypageResponseResult<Record<string, unknown>>;
  // KEY, the public simulation shop's, verifies only where the payment is not production's: one of the operation's.
  const environment = Object.keys(op.addresses).find((name) => name !== "prod");
  const decode = (post: unknown, key: string | readonly string[], options?: Parameters<typeof decodeIn>[2]) =>
    decodeIn(post, key, { environment, ...options });
  return [{ op, callback, name, decode }];
});

test("some operation has a Data callback with a generated decoder", () => {
  expect(decoders.length).toBeGreaterThan(0);
  for (const { decode, name } of decoders) expect(typeof decode, name).toBe("function");
});

describe.each(decoders)("$name", ({ callback, decode }) => {
  const arbitrary = fc.record({
    message: messageArb(callback.fields),
    algorithm: fc.constantFrom<Algorithm>("HMAC-SHA-256", "SHA-256"),
    encoding: fc.constantFrom<Encoding>("none", "base64", "base64url"),
  });

  test(`a form sealed by the independent writer decodes to its fields: ${RUNS} messages`, () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(arbitrary, ({ message, algorithm, encoding }) => {
        fc.pre(Object.keys(message).length > 0);
        met.add(`${algorithm} ${encoding}`);
        const data = encoded(dataOf(message), encoding);
        const form = { Data: data, Seal: sealOf(data, KEY, algorithm), InterfaceVersion: "HP_3.4" };
        const post = new URLSearchParams(encoding === "none" ? form : { ...form, Encode: encoding }).toString();
        const decoded = decode(post, KEY, { sealAlgorithm: algorithm });
        if (!decoded.ok) throw new Error(JSON.stringify(decoded.error));
        expect(decoded.response).toEqual(message);
        expect(decoded.sealAlgorithm).toBe(algorithm);
        expect(decoded.keyIndex).toBe(0);
        // While keys are replaced: the shop's keys, newest first, say which one sealed it.
        expect(decode(post, [`${KEY}new`, KEY], { sealAlgorithm: algorithm })).toMatchObject({ ok: true, keyIndex: 1 });
        expect(kind(decode(post, [`${KEY}new`, `${KEY}x`], { sealAlgorithm: algorithm }))).toBe("seal-mismatch");
        expect(generated.isPaypageResponseGenuine(post, [`${KEY}new`, KEY], { sealAlgorithm: algorithm })).toBe(true);
        // Tampered Data, another key, another pinned algorithm: refused, nothing read.
        const tampered = { ...form, Data: `${data.slice(0, -1)}${data.endsWith("0") ? "1" : "0"}` };
        expect(kind(decode(tampered, KEY, { sealAlgorithm: algorithm }))).toBe("seal-mismatch");
        expect(kind(decode(form, `${KEY}x`, { sealAlgorithm: algorithm }))).toBe("seal-mismatch");
        const other = algorithm === "SHA-256" ? "HMAC-SHA-256" : "SHA-256";
        expect(kind(decode(form, KEY, { sealAlgorithm: other }))).toBe("seal-mismatch");
        expect(generated.isPaypageResponseGenuine(post, KEY, { sealAlgorithm: algorithm })).toBe(true);
      }),
      drawOf(QUICK, DEEP),
    );
    // Both algorithms, each with Data as text, base64 and base64url.
    expect(met.size).toBe(6);
  });

  test("truncated and hostile bodies: never a throw, never accepted without the real seal", () => {
    const met = new Set<string>();
    fc.assert(
      fc.property(arbitrary, fc.nat(), fc.string(), ({ message, algorithm }, cut, junk) => {
        const data = dataOf(message);
        const body = new URLSearchParams({ Data: data, Seal: sealOf(data, KEY, algorithm) }).toString();
        const truncated = decode(body.slice(0, cut % (body.length + 1)), KEY, { sealAlgorithm: algorithm });
        if (!truncated.ok) met.add(algorithm);
        if (truncated.ok) expect(truncated.response).toEqual(message);
        expect(decode(`${junk}&Data=${encodeURIComponent(data)}`, KEY).ok).toBe(false);
        expect(decode(junk, KEY).ok).toBe(false);
      }),
      drawOf(QUICK, DEEP),
    );
    // Bodies cut short and refused, of both algorithms.
    expect(met.size).toBe(2);
  });

  test("a field the spec does not hold is a warning naming where its facts stop (an error when strict)", () => {
    const data = `${requiredPairs(callback.fields)}responseCode=00|someFieldNoSpecHolds=x`;
    const post = { Data: data, Seal: sealOf(data, KEY, "SHA-256") };
    const decoded = decode(post, KEY);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const warning = decoded.warnings.find((w) => w.path === "/someFieldNoSpecHolds");
    if (callback.factsStop) expect(warning?.message).toContain(callback.factsStop.see);
    else expect(warning?.code).toBe("unknown-field");
    expect(kind(decode(post, KEY, { strict: true }))).toBe("invalid-response");
    // Refused, but genuine: which of the shop's keys sealed it, as for an accepted response.
    expect(decode(post, [`${KEY}new`, KEY], { strict: true })).toMatchObject({
      ok: false,
      error: { kind: "invalid-response", sealAlgorithm: "SHA-256", keyIndex: 1, interfaceVersion: null },
    });
  });
});

const kind = (result: PaypageResponseResult<unknown>) => (result.ok ? "ok" : result.error.kind);

// worldline/sips-sdk-java PaypageClientTest (and sips-sdk-nodejs): a SHA-256 response of the simulation shop.
const WORLDLINE = {
  Data: "captureDay=0|captureMode=AUTHOR_CAPTURE|currencyCode=978|merchantId=002001000000001|orderChannel=INTERNET|responseCode=17|transactionDateTime=2018-02-06T07:43:55+01:00|transactionReference=e1445438c15|keyVersion=1|amount=2|customerIpAddress=194.78.195.168|paymentPattern=ONE_SHOT",
  Seal: "8f488030781e3196726ce0658dbc26f19781f7c7fbe212b39d63d3f4d1d77301",
  InterfaceVersion: "HP_2.0",
};

test.each(decoders)("$name: Worldline's published response verifies and decodes", ({ decode }) => {
  const decoded = decode(WORLDLINE, KEY, { sealAlgorithm: "SHA-256" });
  if (!decoded.ok) throw new Error(decoded.error.message);
  expect(decoded.interfaceVersion).toBe("HP_2.0");
  expect(kind(decode({ ...WORLDLINE, Data: WORLDLINE.Data.replace("amount=2", "amount=3") }, KEY))).toBe(
    "seal-mismatch",
  );
});

test.each(decoders)("$name: checked against the form's own InterfaceVersion, the POST interface's", ({ decode }) => {
  const options = { sealAlgorithm: "SHA-256", interfaceVersion: WORLDLINE.InterfaceVersion } as const;
  const pinned = decode(WORLDLINE, KEY, options);
  expect(pinned.ok ? pinned.interfaceVersion : pinned.error.message).toBe(WORLDLINE.InterfaceVersion);
  expect(decode(WORLDLINE, KEY, { ...options, interfaceVersion: "2.0" }).ok).toBe(true);
  // A version of the JSON interface is not one of this message's.
  const json = decode(WORLDLINE, KEY, { ...options, interfaceVersion: "IR_WS_2.0" });
  expect(json.ok ? [] : json.error.kind === "invalid-response" && json.error.issues.map((i) => i.code)).toContain(
    "interface-version",
  );
});

test.each(decoders)(
  "$name: a form's InterfaceVersion, of another interface, unknown or missing, is reported as posted, without a warning",
  ({ decode }) => {
    // Outside Data and the seal, read by nothing of the decode: the saved response page is Paypage's and In-App's
    // alike, and no source says what Sips writes there after a JSON or In-App start (docs/paypage.md).
    const options = { sealAlgorithm: "SHA-256" } as const;
    const published = decode(WORLDLINE, KEY, options);
    // Of another interface, empty, a bare number, of the POST interface but later than any the spec knows, or no
    // version at all: a field the buyer's browser can rewrite on a genuine post says nothing a warning could vouch for.
    for (const version of ["IR_WS_3.4", "IR_MB_2.55", "", "3.0", "HP_9.99", "HP_x.x", undefined]) {
      const { InterfaceVersion: _, ...without } = WORLDLINE;
      const decoded = decode(
        version === undefined ? without : { ...WORLDLINE, InterfaceVersion: version },
        KEY,
        options,
      );
      expect(
        decoded.ok ? { interfaceVersion: decoded.interfaceVersion, warnings: decoded.warnings } : decoded.error,
      ).toEqual({ interfaceVersion: version ?? null, warnings: published.ok ? published.warnings : null });
    }
  },
);

const builders = someCases(
  "Paypage POST form builders",
  Object.values(operations).flatMap((op) => {
    const post = Object.values(op.addresses).find((a) => a.post !== undefined)?.post;
    if (post === undefined) return [];
    // The family's builder (`Paypage Wallet` gives paypageWalletPostForm), else the operation's.
    const words = op.family === null ? [op.name] : op.family.split(" ");
    const stem = words.map((w, i) => (i === 0 ? w[0]?.toLowerCase() : w[0]?.toUpperCase()) + w.slice(1)).join("");
    const name = [`${stem}PostForm`].find((k) => typeof (generated as Record<string, unknown>)[k] === "function");
    type Build = (fields: unknown, config: unknown) => ReturnType<typeof generated.paypagePostForm>;
    const build = name ? ((generated as unknown as Record<string, unknown>)[name] as Build) : undefined;
    return name && build ? [{ op, name, build }] : [];
  }),
);

describe.each(builders)("$name", ({ op, build }) => {
  // The fields Data may carry: the request's scalar fields but those the form or the configuration fills in.
  const own = new Set(["merchantId", "keyVersion", "seal", "sealAlgorithm"]);
  const fields = op.request.fields.filter((f) => f.type !== "interfaceVersion" && !own.has(f.name));
  const required = fields.filter((f) => f.presence === "required").map((f) => f.name);
  const arbitrary = fc.record({
    message: fc
      .record(Object.fromEntries(scalarFields(fields).map((f) => [f.name, valueArb(f)])), { requiredKeys: required })
      .filter((m) => required.every((name) => name in m)),
    algorithm: fc.constantFrom<Algorithm>("HMAC-SHA-256", "SHA-256"),
    encode: fc.constantFrom<Encoding>("none", "base64", "base64url"),
  });

  test(`its form reads back with the independent parser, sealed as the interface seals: ${RUNS} requests`, () => {
    const config = { environment: "prod", merchantId: "002001000000001", keyVersion: 1, secretKey: SHOP_KEY };
    const met = new Set<string>();
    fc.assert(
      fc.property(arbitrary, ({ message, algorithm, encode }) => {
        met.add(`${algorithm} ${encode}`);
        const result = build(message, {
          ...config,
          sealAlgorithm: algorithm,
          ...(encode === "none" ? {} : { encode }),
        });
        if (!result.ok) throw new Error(JSON.stringify(result.error));
        const form = Object.fromEntries(result.form.fields.map((f) => [f.name, f.value]));
        expect(result.form.action).toBe(op.addresses["prod"]?.post);
        expect(form["Seal"]).toBe(sealOf(form["Data"] ?? "", SHOP_KEY, algorithm));
        expect(form["InterfaceVersion"]).toBe(
          Object.entries(op.interfaceVersion.recommendedByPrefix).find(([p]) => p !== op.interfaceVersion.prefix)?.[1],
        );
        const text = encode === "none" ? form["Data"] : Buffer.from(form["Data"] ?? "", encode).toString("utf8");
        const want = Object.fromEntries(
          Object.entries({ ...message, merchantId: "002001000000001", keyVersion: 1 }).map(([k, v]) => [k, String(v)]),
        );
        expect(parseData(text ?? "")).toEqual(want);
      }),
      drawOf(QUICK, DEEP),
    );
    // Both algorithms, each with Data as text, base64 and base64url.
    expect(met.size).toBe(6);
  });

  test("a request the spec refuses gives every problem, and no form", () => {
    const result = build(
      { [required[0] ?? "x"]: { not: "a value" } },
      {
        environment: "prod",
        merchantId: "002001000000001",
        keyVersion: 1,
        secretKey: SHOP_KEY,
      },
    );
    expect(result.ok).toBe(false);
  });

  test("an environment that is neither a name nor an http(s) URL cannot work: a TypeError, as from createClient", () => {
    const config = { merchantId: "002001000000001", keyVersion: 1, secretKey: KEY };
    const message = Object.fromEntries(required.map((name) => [name, "x"]));
    for (const environment of [undefined, "", "PROD", "ftp://127.0.0.1", 1]) {
      expect(() => build(message, { ...config, environment }), String(environment)).toThrow(TypeError);
      expect(() => createClient({ ...config, environment } as never), String(environment)).toThrow(TypeError);
    }
    // A name the operation has no POST form address in is the request's problem, as the client says of its calls.
    expect(build(message, { ...config, environment: "nowhere" })).toMatchObject({
      ok: false,
      error: { kind: "invalid-request" },
    });
  });
});
