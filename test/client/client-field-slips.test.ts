// Where a request's facts stop, a field the spec does not hold is sent all the
// same; one named a slip away from a field it holds (`transactionRefrence`)
// would go to Sips in place of the field meant. The types refuse it under
// beyondFacts (test/golden/facts-stop-types.test.ts); the client refuses it,
// among the fields or beyond them, for code the types do not reach (a variable,
// JavaScript), naming the field meant, and sends nothing. Other names beyond
// the facts are sent as before.
import { expect, test } from "vitest";
import { type CancelFields, createClient, operations } from "../../generated/index.js";
import { startMockServer } from "../../generated/mock.js";
import { paypagePostForm } from "../../generated/paypage.js";
import { mergeBeyondFacts, refusedAmongFields } from "../../generated/runtime/beyond-facts.js";
import { slipsOf } from "../../generated/runtime/field-slips.js";

const secretKey = "client-field-slips-key";

test("the request's facts stop: the case holds", () => {
  expect(operations.cancel.request.factsStop).not.toBeNull();
  expect(operations.cancel.request.fields.map((f) => f.name)).toContain("transactionReference");
});

test("a slip of a known field, among the fields or beyond them, is refused unsent, naming the field meant", async () => {
  const mock = await startMockServer({ secretKey });
  try {
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    // A variable, not a literal: the compiler does not check its fields one by one.
    const fields = { transactionRefrence: "order41", currencyCode: "978" as const, operationAmount: 1250 };
    const among = await sips.cancel(fields);
    const beyond = await sips.cancel({ currencyCode: "978", beyondFacts: { transactionreference: "x" } as never });
    for (const [result, path] of [
      [among, "/transactionRefrence"],
      [beyond, "/beyondFacts/transactionreference"],
    ] as const) {
      if (result.ok) throw new Error(`${path} was sent`);
      expect(result.error).toMatchObject({ kind: "invalid-request", sent: "no" });
      if (result.error.kind !== "invalid-request") throw new Error("not refused");
      expect(result.error.issues).toEqual([
        {
          path,
          code: "unknown-field",
          message:
            "is not a field the spec holds; did you mean transactionReference? (a field beyond the spec's facts is sent as it is named)",
          meant: "transactionReference",
        },
      ]);
    }
    expect(mock.calls()).toEqual([]);
  } finally {
    await mock.close();
  }
});

test("a slip of sealAlgorithm, where the request holds it, is refused beyond the facts by the type as by the client", async () => {
  expect(operations.cancel.request.fields.map((f) => f.name)).toContain("sealAlgorithm");
  const mock = await startMockServer({ secretKey });
  try {
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    // @ts-expect-error one slip away from sealAlgorithm, a field of cancel's request: the compiler names it
    const fields: CancelFields = { currencyCode: "978", beyondFacts: { sealAlgoritm: "HMAC-SHA-256" } };
    const result = await sips.cancel(fields);
    expect(result.ok ? "sent" : result.error.kind === "invalid-request" && result.error.issues).toEqual([
      expect.objectContaining({
        path: "/beyondFacts/sealAlgoritm",
        message: expect.stringContaining("did you mean sealAlgorithm?"),
      }),
    ]);
    expect(mock.calls()).toEqual([]);
  } finally {
    await mock.close();
  }
});

test("another name beyond the facts, two slips away or a letter put for another, is sent with its warning", async () => {
  const mock = await startMockServer({ secretKey });
  try {
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    const fields = { currencyCode: "978" as const, transactionRefrense: "x", someFieldBeyond: 1 };
    const sent = await sips.cancel(fields);
    expect(sent.ok && sent.warnings.map((w) => w.path)).toEqual(["/transactionRefrense", "/someFieldBeyond"]);
    expect(mock.calls()[0]?.request).toMatchObject({ transactionRefrense: "x", someFieldBeyond: 1 });
  } finally {
    await mock.close();
  }
});

test("a required field given under a letter put for another is sent nowhere: its error names the key, the key's warning the field", async () => {
  expect(operations.cancel.request.fields.find((f) => f.name === "currencyCode")?.presence).toBe("required");
  const mock = await startMockServer({ secretKey });
  try {
    const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
    // No slip (a letter put for another): not refused among the fields, but the field meant is then missing.
    const fields = { currencyCodx: "978", transactionReference: "order43" };
    const result = await sips.cancel(fields as never);
    if (result.ok || result.error.kind !== "invalid-request") throw new Error("not refused");
    expect(result.error.sent).toBe("no");
    expect(result.error.issues).toContainEqual({
      path: "/currencyCode",
      code: "required",
      message: "is required; was it given as currencyCodx?",
    });
    // Beyond the request's facts, the key itself is a warning, which names the field meant.
    expect(result.error.warnings).toContainEqual(
      expect.objectContaining({ path: "/currencyCodx", code: "unknown-field", meant: "currencyCode" }),
    );
    expect(mock.calls()).toEqual([]);
  } finally {
    await mock.close();
  }
});

test("the POST form refuses the same slips", () => {
  expect(operations.paymentWebInit.request.factsStop).not.toBeNull();
  const config = { environment: "simu", merchantId: "002001000000001", keyVersion: 1, secretKey } as const;
  const given = { amount: 1250, currencyCode: "978" as const, transactionRefernece: "order42" };
  const form = paypagePostForm(given, config);
  expect(form.ok).toBe(false);
  expect(form.ok ? [] : form.error.issues.map((i) => [i.path, i.message])).toEqual([
    ["/transactionRefernece", expect.stringContaining("did you mean transactionReference?")],
  ]);
});

test("slipsOf finds the type's slips, and only those", () => {
  const known = ["transactionReference", "amount"];
  const slips = {
    transactionRefrence: "transactionReference",
    transactionReferrence: "transactionReference",
    trnasactionReference: "transactionReference",
    transactionreference: "transactionReference",
    TransactionReference: "transactionReference",
    amuont: "amount",
    amountt: "amount",
    mount: "amount",
  };
  for (const [name, meant] of Object.entries(slips)) expect([name, slipsOf(name, known)]).toEqual([name, [meant]]);
  for (const name of [
    "transactionReference",
    "transactionReferense",
    "transactionReferences",
    "amounts",
    "Amounts",
    // Other cases than the type's two (all lower case, the first letter a capital): no slip, as the type has it.
    "TRANSACTIONREFERENCE",
    "transactionREFERENCE",
    "AMOUNT",
    "",
    // A swap's one half right, the other letter put for another: two changes.
    "amuxnt",
  ])
    expect([name, slipsOf(name, known)]).toEqual([name, []]);
  // No name is a slip to the empty one, whatever the field: not even of a one-letter field, one letter left out.
  expect(slipsOf("", ["a"])).toEqual([]);
});

test("slipsOf is the type's NearNames on every name of up to four letters of a, b and A, and every key of up to five", () => {
  // Letters repeated side by side, where a doubling and a letter left out or swapped are the same string; A, where
  // a case is one. NearNames' members worked out as the type defines them.
  const words = (length: number): string[] =>
    length === 0 ? [""] : words(length - 1).flatMap((w) => ["a", "b", "A"].map((c) => w + c));
  const near = (name: string): Set<string> => {
    const out = new Set<string>([name.toLowerCase(), name.charAt(0).toUpperCase() + name.slice(1)]);
    for (let i = 0; i < name.length; i++) {
      out.add(name.slice(0, i) + name.slice(i + 1));
      out.add(name.slice(0, i + 1) + name.slice(i));
      if (i + 1 < name.length) out.add(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
    }
    out.delete(name);
    out.delete("");
    return out;
  };
  const keys = [0, 1, 2, 3, 4, 5].flatMap(words);
  const wrong: string[] = [];
  for (const name of [1, 2, 3, 4].flatMap(words)) {
    const slips = near(name);
    for (const key of keys) if (slipsOf(key, [name]).length > 0 !== slips.has(key)) wrong.push(`${key} ~ ${name}`);
  }
  expect(wrong).toEqual([]);
});

test("a name one slip away from two known fields is refused naming both, in order, and neither as meant", () => {
  // customerI is customerIp and customerId with their last character left out; listed so, the first found is customerIp.
  const known = new Set(["customerIp", "amount", "customerId"]);
  expect(slipsOf("customerI", known)).toEqual(["customerId", "customerIp"]);
  // Code-point order, not a locale's: a capital comes before every small letter (P, U+0050, before d, U+0064).
  for (const names of [
    ["customerId", "customerIP"],
    ["customerIP", "customerId"],
  ])
    expect(slipsOf("customerI", names)).toEqual(["customerIP", "customerId"]);
  const both = expect.stringContaining("; did you mean customerId or customerIp? (");
  const among = refusedAmongFields({ customerI: "x", amount: 1 }, known);
  expect(among).toEqual([{ path: "/customerI", code: "unknown-field", message: both }]);
  expect(among.map((issue) => "meant" in issue)).toEqual([false]);
  const beyond = mergeBeyondFacts({ amount: 1, beyondFacts: { customerI: "x" } }, known, new Set());
  expect(beyond).toEqual([{ path: "/beyondFacts/customerI", code: "unknown-field", message: both }]);
  expect(beyond.map((issue) => "meant" in issue)).toEqual([false]);
  // One field a slip away: named, and given as meant, as a validator's unknown field gives it.
  expect(refusedAmongFields({ customerIdd: "x" }, known)).toEqual([
    {
      path: "/customerIdd",
      code: "unknown-field",
      message: expect.stringContaining("; did you mean customerId? ("),
      meant: "customerId",
    },
  ]);
});
