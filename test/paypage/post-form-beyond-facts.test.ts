// The POST interface's form for a request holding fields beyond the spec's
// saved facts of paymentWebInit (Sips documents more than the spec holds):
// validation lets them through with a warning, and they go into `Data` as the
// JSON client sends them, never dropped; what `Data` cannot carry is refused.
import { expect, test } from "vitest";
import type { PaymentWebInitFields } from "../../generated/index.js";
import { paypagePostForm } from "../../generated/paypage.js";
import { paymentWebInitPostRequest } from "../../generated/operations/paymentWebInit/post-request.js";
import { readPaypageData } from "../../generated/runtime/paypage-data.js";
import { operationPostForm } from "../../generated/runtime/paypage-post-form.js";
import {
  KEY_VERSION_FIELD,
  MERCHANT_ID_FIELD,
  SEAL_ALGORITHM_FIELD,
  SEAL_FIELD,
} from "../../generated/runtime/platform.js";

const config = {
  environment: "simu",
  merchantId: "002001000000001",
  keyVersion: 1,
  secretKey: "beyond-facts-key",
} as const;
const known = { amount: 1250, currencyCode: "978", normalReturnUrl: "https://shop.example/paypage/return" } as const;
const build = (extra: Record<string, unknown>) => paypagePostForm({ ...known, ...extra } as never, config);

test("fields beyond the facts are written after the known ones, each warned about", () => {
  const built = build({
    customerEmail: "buyer@shop.example",
    customerContact: { firstname: "Ada", lastname: "Lovelace", address: { city: "London" } },
    paymentMeanBrandList: ["VISA", "MASTERCARD"],
    returnContext: null,
  });
  if (!built.ok) throw new Error(built.error.message);
  expect(built.dataText).toBe(
    "amount=1250|currencyCode=978|keyVersion=1|merchantId=002001000000001|normalReturnUrl=https://shop.example/paypage/return" +
      "|paymentMeanBrandList=VISA,MASTERCARD" +
      "|customerEmail=buyer@shop.example|customerContact.firstname=Ada|customerContact.lastname=Lovelace|customerContact.address.city=London",
  );
  expect(built.warnings.map((w) => [w.path, w.code])).toEqual([
    ["/customerEmail", "unknown-field"],
    ["/customerContact", "unknown-field"],
    ["/returnContext", "unknown-field"],
  ]);
  // Read back as Sips reads Data: every field there, the containers rebuilt.
  const read = readPaypageData([], built.dataText);
  expect(read.errors).toBeUndefined();
  expect(read.message).toMatchObject({
    customerEmail: "buyer@shop.example",
    customerContact: { firstname: "Ada", lastname: "Lovelace", address: { city: "London" } },
  });
});

test("a field beyond the facts named in a type of the caller's, wider than the fields', is taken without a cast", () => {
  // The type-check of the tests holds that this compiles under strict options, as a downstream project's would.
  const fields: PaymentWebInitFields & { readonly customerEmail: string } = {
    amount: 1250,
    currencyCode: "978",
    customerEmail: "buyer@shop.example",
  };
  const built = paypagePostForm(fields, config);
  expect(built.ok && built.dataText).toContain("|customerEmail=buyer@shop.example");
  expect(built.ok && built.warnings.map((w) => w.path)).toEqual(["/customerEmail"]);
});

test("fields beyond the facts given under beyondFacts make the same form, and a known field there is refused", () => {
  const beyond = { customerEmail: "buyer@shop.example", customerContact: { firstname: "Ada" } };
  const apart = paypagePostForm({ ...known, beyondFacts: beyond }, config);
  const spread = build(beyond);
  if (!apart.ok || !spread.ok) throw new Error("not built");
  expect(apart.form).toEqual(spread.form);
  expect(apart.warnings).toEqual(spread.warnings);
  // @ts-expect-error a field the spec holds goes among the fields
  const knownBeyond = paypagePostForm({ ...known, beyondFacts: { currencyCode: "978" } }, config);
  expect(knownBeyond.ok ? null : knownBeyond.error.issues.map((i) => [i.path, i.code])).toEqual([
    ["/beyondFacts/currencyCode", "unknown-field"],
  ]);
});

test("a field beyond the facts given among the fields and under beyondFacts too is refused, neither value taken", () => {
  const twice = build({ customerEmail: "first@shop.example", beyondFacts: { customerEmail: "second@shop.example" } });
  expect(twice.ok ? twice.dataText : twice.error.issues.map((i) => [i.path, i.code, i.message])).toEqual([
    ["/beyondFacts/customerEmail", "unknown-field", "is given among the fields too"],
  ]);
});

test("a valid request with only known fields has no warnings", () => {
  const built = build({});
  expect(built.ok && built.warnings).toEqual([]);
});

test("what Data cannot carry in a field beyond the facts is an issue, never written, never a throw", () => {
  const cycle: Record<string, unknown> = { name: "loop" };
  cycle["self"] = cycle;
  const cases: [Record<string, unknown>, string][] = [
    [{ "customer email": "buyer@shop.example" }, "/customer email"],
    [{ customerContact: { "e-mail": "buyer@shop.example" } }, "/customerContact/e-mail"],
    [{ returnContext: "a|b" }, "/returnContext"],
    [{ brands: ["VISA,MC"] }, "/brands/0"],
    [{ brands: [{ brand: "VISA" }] }, "/brands/0"],
    [{ hook: () => "x" }, "/hook"],
    [{ bookedAt: new Date(0) }, "/bookedAt"],
    [{ loop: cycle }, "/loop/self/self/self/self/self/self/self/self/self/self/self/self/self/self/self/self"],
  ];
  for (const [extra, path] of cases) {
    const built = build(extra);
    expect(built.ok ? built.dataText : built.error.issues, JSON.stringify(path)).toEqual([
      expect.objectContaining({ path, code: "not-representable" }),
    ]);
  }
});

test('a field beyond the facts that is no text at all (a symbol, a function) is told what Data carries, not of a "|"', () => {
  for (const value of [Symbol("x"), () => "x"]) {
    const built = build({ hook: value });
    expect(built.ok ? built.dataText : built.error.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/: must be text, a list of texts or a plain object$/),
    ]);
  }
});

test("a refused request keeps the warnings of validation apart from its issues, as a built form reports them", () => {
  // Refused by validation (an amount that is not a number), then by Data (a "|" it cannot carry).
  const invalid = build({ amount: "12.50", customerEmail: "buyer@shop.example" });
  const uncarried = build({ customerEmail: "buyer@shop.example", returnContext: "a|b" });
  for (const [built, issue] of [
    [invalid, ["/amount", "type"]],
    [uncarried, ["/returnContext", "not-representable"]],
  ] as const) {
    if (built.ok) throw new Error("built");
    expect(built.error.issues.map((i) => [i.path, i.code])).toEqual([issue]);
    expect(built.error.warnings.map((w) => [w.path, w.code])).toContainEqual(["/customerEmail", "unknown-field"]);
  }
  // Not an object: its one issue, and no field to warn about.
  const unreadable = paypagePostForm("fields" as never, config);
  expect(unreadable.ok ? null : unreadable.error.warnings).toEqual([]);
});

test("beyondFacts gives none of the fields the form's own fields or the configuration fill, as the fields give none", () => {
  // The request without a sealAlgorithm field of its own: the form carries one all the same, outside Data.
  const { request: json } = paymentWebInitPostRequest;
  const request = {
    ...paymentWebInitPostRequest,
    request: { ...json, fields: json.fields.filter((f) => f.name !== SEAL_ALGORITHM_FIELD) },
  };
  const form = (fields: Record<string, unknown>) =>
    operationPostForm(request, { prefix: "HP_", version: "HP_3.4" }, { ...known, ...fields }, config);
  for (const name of [SEAL_ALGORITHM_FIELD, SEAL_FIELD, MERCHANT_ID_FIELD, KEY_VERSION_FIELD]) {
    const among = form({ [name]: "x" });
    const beyond = form({ beyondFacts: { [name]: "x" } });
    expect(among.ok ? among.dataText : among.error.issues.map((i) => [i.path, i.code])).toEqual([
      [`/${name}`, "unknown-field"],
    ]);
    expect(beyond.ok ? beyond.dataText : beyond.error.issues.map((i) => [i.path, i.message])).toEqual([
      [`/beyondFacts/${name}`, "is filled in from the configuration, not given"],
    ]);
  }
});
