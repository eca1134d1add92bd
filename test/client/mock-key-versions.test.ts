// The mock server with a key per keyVersion, as Sips holds the versions of a
// shop's key while it replaces one: a request is checked, and answered (its
// JSON reply, its refusals and its Paypage response), with the key of the
// keyVersion it names; one naming a keyVersion the mock has no key of gets the
// answer of a wrong seal, unsealed. One key still serves every keyVersion.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createClient,
  decodePaypageResponse,
  operations,
  paypagePostForm,
  paypageRedirectionForm,
  renderPaypageAutoPost,
} from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { formsOf, submitOnlyForm } from "../support/html-forms.js";

const OLD = "002001000000001_KEY1";
const NEW = "002001000000001_KEY2";
const merchantId = "002001000000001";
const op = operations.paymentTokenInitialize;
const { status } = op;
if (!status) throw new Error("the seed operation has no status block");
const path = new URL(op.endpoints.test).pathname;
const valid = { sdkOperationName: "CARDORDER", sdkVersion: "2.0.4" } as const;

let mock: MockServer;
let single: MockServer;
beforeAll(async () => {
  [mock, single] = await Promise.all([
    startMockServer({ secretKey: { 1: OLD, 2: NEW } }),
    startMockServer({ secretKey: OLD }),
  ]);
});
afterAll(() => Promise.all([mock.close(), single.close()]));

/** A request sealed with `key`, naming `keyVersion`, posted as JSON; the reply as JSON. */
async function send(server: MockServer, keyVersion: number, key: string, fields: object = valid) {
  const message = { interfaceVersion: op.interfaceVersion.recommended, keyVersion, merchantId, ...fields };
  const body = JSON.stringify({ ...message, seal: op.request.seal(message as never, key) });
  const reply = await fetch(`${server.url}${path}`, { method: "POST", body });
  return (await reply.json()) as Record<string, unknown>;
}

describe("JSON", () => {
  test("each keyVersion's request is checked with its key, and answered sealed with it", async () => {
    for (const [keyVersion, key, other] of [
      [1, OLD, NEW],
      [2, NEW, OLD],
    ] as const) {
      const reply = await send(mock, keyVersion, key);
      expect(reply[status.field]).toBe(status.accepted);
      expect(op.response.verify(reply as never, key)).toBe(true);
      expect(op.response.verify(reply as never, other)).toBe(false);
      const client = createClient({ environment: mock.url, merchantId, keyVersion, secretKey: key });
      expect(await client.paymentTokenInitialize(valid)).toMatchObject({ ok: true });
    }
  });

  test("a request sealed with another version's key: the signature error, sealed with the named version's key", async () => {
    const reply = await send(mock, 2, OLD);
    expect(reply[status.field]).toBe(status.signatureError);
    expect(op.response.verify(reply as never, NEW)).toBe(true);
  });

  test("a keyVersion the mock has no key of: the signature error, unsealed", async () => {
    const reply = await send(mock, 3, OLD);
    expect(reply).toEqual({ [status.field]: status.signatureError, [status.messageField ?? ""]: expect.any(String) });
    const client = createClient({ environment: mock.url, merchantId, keyVersion: 3, secretKey: OLD });
    expect(await client.paymentTokenInitialize(valid)).toMatchObject({
      ok: false,
      error: { kind: "unsealed-response", statusCode: status.signatureError },
    });
  });

  test("an invalid request: the format error, sealed with the named version's key", async () => {
    const reply = await send(mock, 2, NEW, { sdkVersion: "2.0.4" });
    expect(reply[status.field]).toBe(status.formatError);
    expect(op.response.verify(reply as never, NEW)).toBe(true);
  });

  // Its seal cannot be verified without a key: the seal failure's answer, whatever its format, as for a keyVersion
  // the mock has no key of. It was the format error, unsealed: the format was checked before the seal.
  test.each([
    { given: "whose keyVersion is not a number", keyVersion: { keyVersion: "2" } },
    { given: "without keyVersion", keyVersion: {} },
  ])(
    "an invalid request $given: the signature error, unsealed, with keys by version; with one key, the format error once its seal verifies",
    async ({ keyVersion }) => {
      const message = { interfaceVersion: op.interfaceVersion.recommended, ...keyVersion, merchantId, ...valid };
      const body = JSON.stringify({ ...message, seal: op.request.seal(message as never, OLD) });
      const reply = (await (await fetch(`${mock.url}${path}`, { method: "POST", body })).json()) as object;
      expect(reply).toEqual({ [status.field]: status.signatureError, [status.messageField ?? ""]: expect.any(String) });
      // With one key, its seal is verified with it, then its format refused, sealed with it.
      const one = (await (await fetch(`${single.url}${path}`, { method: "POST", body })).json()) as object;
      expect(one).toMatchObject({ [status.field]: status.formatError });
      expect(op.response.verify(one as never, OLD)).toBe(true);
    },
  );

  test("one key serves every keyVersion, as before", async () => {
    for (const keyVersion of [1, 2, 7]) {
      const reply = await send(single, keyVersion, OLD);
      expect(reply[status.field]).toBe(status.accepted);
      expect(op.response.verify(reply as never, OLD)).toBe(true);
    }
  });
});

describe("Paypage", () => {
  const order = { amount: 1250, currencyCode: "978", normalReturnUrl: "http://127.0.0.1:9/return" } as const;
  /** A response the mock's page posted, decoded as the shop that played against `server` decodes it. */
  const decode = (response: unknown, keys: string | readonly string[], server = mock) =>
    decodePaypageResponse(response, keys, { environment: server.url });
  /** The response the mock's page posts back to the shop, for a payment started by the POST interface's form. */
  async function paid(server: MockServer, keyVersion: number, key: string, encode?: "base64" | "base64url") {
    const config = { environment: server.url, merchantId, keyVersion, secretKey: key };
    const form = paypagePostForm(order, encode === undefined ? config : { ...config, encode });
    if (!form.ok) throw new Error(form.error.message);
    const page = await submitOnlyForm(renderPaypageAutoPost(form.form));
    return { status: page.status, body: page.body, response: formsOf(page.body)[0]?.fields ?? [] };
  }

  test("the POST form is checked with its keyVersion's key, and the response sealed with it", async () => {
    for (const [keyVersion, key, other] of [
      [1, OLD, NEW],
      [2, NEW, OLD],
    ] as const) {
      const { response } = await paid(mock, keyVersion, key);
      expect(decode(response, key)).toMatchObject({ ok: true, response: { keyVersion } });
      expect(decode(response, other)).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
      // A shop holding both keys, newest first, is told which one.
      expect(decode(response, [NEW, OLD])).toMatchObject({
        ok: true,
        keyIndex: keyVersion === 2 ? 0 : 1,
      });
    }
  });

  test("the keyVersion of an encoded Data is read as well", async () => {
    const { response } = await paid(mock, 2, NEW, "base64url");
    expect(decode(response, NEW)).toMatchObject({ ok: true, response: { keyVersion: 2 } });
  });

  test("a payment started as JSON is answered with the key of its request's keyVersion", async () => {
    const client = createClient({ environment: mock.url, merchantId, keyVersion: 2, secretKey: NEW });
    const started = await client.paymentWebInit({ ...order, transactionReference: "rotate01" });
    if (!started.ok) throw new Error(started.error.message);
    const redirect = paypageRedirectionForm(started.response);
    if (!redirect.ok) throw new Error(redirect.error.message);
    const page = await submitOnlyForm(renderPaypageAutoPost(redirect.form));
    const response = formsOf(page.body)[0]?.fields ?? [];
    expect(decode(response, NEW)).toMatchObject({ ok: true, response: { keyVersion: 2 } });
    expect(decode(response, OLD)).toMatchObject({ ok: false, error: { kind: "seal-mismatch" } });
  });

  test("a POST form naming a keyVersion the mock has no key of, or sealed with another version's key: refused", async () => {
    for (const [keyVersion, key] of [
      [3, OLD],
      [2, OLD],
    ] as const) {
      const refused = await paid(mock, keyVersion, key);
      expect(refused.status).toBe(400);
      expect(refused.response).toEqual([]);
    }
    expect((await paid(mock, 3, OLD)).body).toContain("keyVersion (3); it holds keys of keyVersion 1, 2");
  });

  test("one key serves every keyVersion, as before", async () => {
    const { response } = await paid(single, 5, OLD);
    expect(decode(response, OLD, single)).toMatchObject({ ok: true, response: { keyVersion: 5 } });
  });
});

test.each([
  { given: "no key", secretKey: {} },
  { given: "an empty key", secretKey: { 1: "" } },
  { given: "a key with a lone surrogate", secretKey: { 1: `${OLD}\uD800` } },
  { given: "one key with a lone surrogate", secretKey: `${OLD}\uDFFF` },
  { given: "a key that is not text", secretKey: { 1: 1 } },
  { given: "a keyVersion that is not an integer", secretKey: { one: OLD } },
  { given: "a keyVersion with a leading zero", secretKey: { "01": OLD } },
  { given: "a list", secretKey: [OLD] },
])("keys that cannot work are refused when the mock starts: $given", async ({ secretKey }) => {
  await expect(startMockServer({ secretKey: secretKey as never })).rejects.toThrow(TypeError);
  await expect(startMockServer({ secretKey: secretKey as never })).rejects.not.toThrow(OLD);
});
