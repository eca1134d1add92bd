// A value the spec does not know is never quoted in a text of the package: an
// unknown field's value, a value outside its field's list, a status a refused
// reply claims that its field does not list, a pair of a Paypage `Data` that
// cannot be read. Such a value may be a card number sent under a name the
// spec does not mark sensitive, and messages and rendered issues end up in
// logs: they say it by its kind and length. The issue's `received` (and a
// refused reply's `statusCode`) still hold it, for code to act on, but for an
// unknown field's value, which no issue carries. The
// fixture is the golden spec: cardCheck (a status block, a value list in the
// request and the response), and cardPaymentInit's Data-encoded callback.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, test } from "vitest";
import type * as Repository from "../../generated/index.js";
import type * as RepositoryMock from "../../generated/mock.js";
import { generateGoldenSpec } from "../support/generate.js";
import { keptOutput } from "../support/kept-output.js";
import { MINIMAL_RESPONSE, sealedForm, TEST_KEY } from "../support/paypage-forms.js";

/** A card number, in a field the spec does not know and as a value its field's list does not hold. */
const CARD = "4111111111111111";
const BY_KIND = "a string of 16 characters";
const secretKey = TEST_KEY;

type Index = typeof Repository & {
  decodeCardPaymentResult: (post: unknown, key: string, options?: { strict?: boolean }) => unknown;
};
type OperationLike = (typeof Repository.operations)["getWalletData"];

let index: Index;
let mock: RepositoryMock.MockServer;
let cardCheck: OperationLike;

beforeAll(async () => {
  const { files } = await generateGoldenSpec();
  const dir = keptOutput("unknown-values-in-texts", files, "javascript");
  index = (await import(pathToFileURL(path.join(dir, "index.js")).href)) as Index;
  const mocks = (await import(pathToFileURL(path.join(dir, "mock.js")).href)) as typeof RepositoryMock;
  mock = await mocks.startMockServer({ secretKey });
  cardCheck = (index.operations as unknown as Record<string, OperationLike>)["cardCheck"] as OperationLike;
});
afterAll(async () => {
  await mock?.close();
});

const isIssue = (value: object): value is { path: string; code: string; message: string } =>
  "path" in value && "code" in value && typeof (value as { message?: unknown }).message === "string";

/**
 * Every text of a result, as a log would hold it: each `message`, and each issue as formatIssue renders it. Not
 * `received` nor a refused reply's `statusCode`: those are the values themselves, for code.
 */
function textsOf(result: unknown): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === "string") {
      if (key === "message") texts.push(value);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    if (!Array.isArray(value) && isIssue(value)) texts.push(index.formatIssue(value));
    for (const [inner, child] of Object.entries(value))
      if (inner !== "received" && inner !== "statusCode") walk(child, inner);
  };
  walk(result, "");
  return texts;
}

/** The texts of a result: some, none quoting the card number, and `expected` among them. */
function expectTexts(result: unknown, ...expected: string[]): void {
  const texts = textsOf(result);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).not.toContain(CARD);
  for (const part of expected) expect(texts.join("\n")).toContain(part);
}

const request = {
  interfaceVersion: "IR_WS_2.46",
  keyVersion: 1,
  merchantId: "002001000000001",
  seal: "0".repeat(64),
};

test("a request's validation: the unknown field not shown, the unknown value by its kind and length", () => {
  const result = cardCheck.request.validate({ ...request, orderChannel: CARD, cardNumbr: CARD });
  expect(result.ok).toBe(false);
  expectTexts(result, `/orderChannel must be one of the Channel values (INTERNET, MOTO), got ${BY_KIND}`, "/cardNumbr is not a field");
  // The value outside its list stays in `received`, for code; the unknown field's is not even there.
  expect(result.ok ? [] : result.errors.map((e) => ["received" in e, e.received])).toEqual([
    [true, CARD],
    [false, undefined],
  ]);
});

test("a response's validation, lenient and strict: neither value quoted", () => {
  const reply = { statusCode: CARD, cardNumbr: CARD, seal: "0".repeat(64) };
  const lenient = cardCheck.response.validate(reply);
  expect(lenient).toMatchObject({ ok: true });
  expectTexts(lenient, `/statusCode must be one of the StatusCode values (00, 99), got ${BY_KIND}`);
  const strict = cardCheck.response.validate(reply, { strict: true });
  expect(strict.ok).toBe(false);
  expectTexts(strict, `got ${BY_KIND}`);
});

test("a message that is not an object is said by its kind, never quoted", () => {
  expectTexts(cardCheck.response.validate(CARD), `must be a plain JSON object, got ${BY_KIND}`);
});

test("the client's refusal of a request and its results of a reply quote neither value", async () => {
  const client = index.createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
  const call = (client as unknown as Record<string, (fields: unknown) => Promise<unknown>>)["cardCheck"];
  if (!call) throw new Error("the fixture's client has no cardCheck");
  const refused = await call({ orderChannel: CARD });
  expect(refused).toMatchObject({ ok: false, error: { kind: "invalid-request" } });
  expectTexts(refused, `got ${BY_KIND}`);

  // Replies given by a fetch of the test's own: unsealed, sealed with another key, and sealed, each claiming the card.
  const replying = (body: Record<string, unknown>) =>
    index.createClient({
      environment: mock.url,
      merchantId: "002001000000001",
      keyVersion: 1,
      secretKey,
      fetch: async () => new Response(JSON.stringify(body), { status: 200 }),
    });
  const claimed = { statusCode: CARD, cardNumbr: CARD };
  const sealedWith = (key: string) => ({ ...claimed, seal: cardCheck.response.seal(claimed as never, key) });
  const ask = (body: Record<string, unknown>) =>
    (replying(body) as unknown as Record<string, (fields: unknown) => Promise<unknown>>)["cardCheck"]?.({});
  const unsealed = await ask(claimed);
  expect(unsealed).toMatchObject({ ok: false, error: { kind: "unsealed-response", statusCode: CARD } });
  // After the codes the field takes, as its validator names them: the spec's own, never the value claimed.
  const checked = cardCheck.response.validate({ statusCode: CARD }, { strict: true });
  const issue = checked.ok ? undefined : checked.errors.find((e) => e.code === "unknown-value");
  const named = /\((.+)\)$/.exec(issue?.message ?? "")?.[1];
  expect(named).toBeTruthy();
  expectTexts(unsealed, `it claims a status its field does not list (${named}), ${BY_KIND}`);
  const mismatch = await ask(sealedWith("another key"));
  expect(mismatch).toMatchObject({ ok: false, error: { kind: "seal-mismatch", statusCode: CARD } });
  expectTexts(mismatch, BY_KIND);
  const verified = await ask(sealedWith(secretKey));
  expect(verified).toMatchObject({ ok: true });
  expectTexts(verified, `/statusCode must be one of the StatusCode values (00, 99), got ${BY_KIND}`);
  // A code its field lists is quoted: it says what Sips answered.
  const listed = await ask({ statusCode: "00" });
  expectTexts(listed, 'it claims status "00"');
});

test("the mock's refusal of a sealed request does not echo either value", async () => {
  const message: Record<string, unknown> = { ...request, orderChannel: CARD, cardNumbr: CARD };
  delete message["seal"];
  message["seal"] = cardCheck.request.seal(message as never, secretKey);
  const reply = await fetch(`${mock.url}${new URL(cardCheck.endpoints.test as string).pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(message),
  });
  const text = await reply.text();
  expect(text).toContain(`got ${BY_KIND}`);
  expect(text).not.toContain(CARD);
});

test("a Paypage callback's Data: an unknown field, an unknown value and a pair without '=' are not quoted", () => {
  const data = (more: string) => `${MINIMAL_RESPONSE}|${more}`;
  const lenient = index.decodeCardPaymentResult(sealedForm(data(`responseCode2=${CARD}`)), secretKey);
  expectTexts(lenient);
  const strict = index.decodeCardPaymentResult(sealedForm(data(`cardNumbr=${CARD}`)), secretKey, { strict: true });
  expect(strict).toMatchObject({ ok: false });
  expectTexts(strict, "/cardNumbr");
  const value = index.decodeCardPaymentResult(
    sealedForm(`amount=1000|responseCode=${CARD}`),
    secretKey,
    { strict: true },
  );
  expect(value).toMatchObject({ ok: false });
  expectTexts(value, `got ${BY_KIND}`);
  const garbled = index.decodeCardPaymentResult(sealedForm(data(CARD)), secretKey);
  expect(garbled).toMatchObject({ ok: false });
  expectTexts(garbled, `has no "=": ${BY_KIND}`);
  const key = index.decodeCardPaymentResult(sealedForm(data(`${CARD}=1`)), secretKey);
  expectTexts(key, `not a field name: ${BY_KIND}`);
});

test("paypageRedirectionForm says a status its list does not hold by its kind, and quotes one it holds", () => {
  const reply = { redirectionUrl: "https://pay.example/go", redirectionVersion: "IR_WS_2.0", redirectionData: "d" };
  const refused = index.paypageRedirectionForm({ ...reply, redirectionStatusCode: CARD });
  // The fixture's status field takes no list: the code by its kind alone, as the client tells one.
  expectTexts(refused, `must be "00" (the initialization accepted), got a status its field does not list, ${BY_KIND}`);
  const status = { field: "redirectionStatusCode", accepted: "00", values: [{ value: "34", meanings: ["Fraud suspected"] }] };
  const listed = index.paypageRedirectionForm({ ...reply, redirectionStatusCode: "34" }, { ...index.PAYPAGE_REDIRECTION_FIELDS, status });
  expectTexts(listed, 'got "34": Fraud suspected');
});
