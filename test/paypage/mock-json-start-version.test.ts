// The InterfaceVersion of the response the mock posts after a payment started
// as JSON: the version the request declared, as the POST interface writes it
// (docs/paypage.md). It was the spec's recommended version of the POST
// interface, whatever the request declared: a spec that lowered it lowered the
// version of every such response, below the fields the response carries.
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  createClient,
  decodePaypageResponse,
  operations,
  type PaymentWebInitInterfaceVersion,
  paypageRedirectionForm,
} from "../../generated/index.js";
import { MOCK_OPERATIONS, type MockServer } from "../../generated/mock.js";
import { mockOperation, serveOperations } from "../../generated/runtime/mock-server.js";
import { renderPaypageAutoPost } from "../../generated/paypage.js";
import { formsOf, submitOnlyForm } from "../support/html-forms.js";

const secretKey = "002001000000001_KEY1";
const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey };
const op = operations.paymentWebInit;
const { prefix, postPrefix, recommended } = op.interfaceVersion;
if (postPrefix === null || recommended === null) throw new Error("paymentWebInit has no POST interface");
const served = MOCK_OPERATIONS.find((o) => o.operation.name === op.name);
if (served?.callbackExample === undefined) throw new Error("paymentWebInit is not played");
// The return address is only read from the page, never posted to.
const order = { amount: 1250, currencyCode: "978", normalReturnUrl: "http://127.0.0.1:9/return" } as const;

/** A recommended version of the POST interface lower than the spec's, for a copy of the operation. */
const lowest = `${postPrefix}2.0`;
let lowered: MockServer;
let mock: MockServer;

beforeAll(async () => {
  const interfaceVersion = {
    ...op.interfaceVersion,
    recommendedByPrefix: { ...op.interfaceVersion.recommendedByPrefix, [postPrefix]: lowest },
  };
  const operation = { ...op, interfaceVersion };
  lowered = await serveOperations([mockOperation({ ...served, operation })], { secretKey });
  mock = await serveOperations([served], { secretKey });
});
afterAll(() => Promise.all([lowered.close(), mock.close()]));

/** A payment started as JSON declaring `interfaceVersion` and played: the response form the buyer takes back. */
async function playedAt(server: MockServer, interfaceVersion: string) {
  // The registry's versions are text: the configuration takes the operation's own type, which the spec's are.
  const client = createClient({
    environment: server.url,
    ...credentials,
    interfaceVersions: { paymentWebInit: interfaceVersion as PaymentWebInitInterfaceVersion },
  });
  const started = await client.paymentWebInit(order);
  if (!started.ok) throw new Error(started.error.message);
  const redirect = paypageRedirectionForm(started.response);
  if (!redirect.ok) throw new Error(redirect.error.message);
  const paid = await submitOnlyForm(renderPaypageAutoPost(redirect.form));
  const fields = formsOf(paid.body)[0]?.fields ?? [];
  return Object.fromEntries(fields);
}

test("the version the request declared, under the POST interface's prefix, whatever the spec recommends", async () => {
  const number = recommended.slice(prefix.length);
  for (const server of [mock, lowered]) {
    const form = await playedAt(server, recommended);
    expect(form["InterfaceVersion"]).toBe(`${postPrefix}${number}`);
    // Pinned to it, the response decodes: the fields it carries are that version's.
    const pinned = {
      sealAlgorithm: "HMAC-SHA-256",
      interfaceVersion: form["InterfaceVersion"] ?? "",
      environment: server.url,
    } as const;
    expect(decodePaypageResponse(form, secretKey, pinned)).toMatchObject({ ok: true });
  }
});

test("a request that declares an earlier version gets its response in that version", async () => {
  const form = await playedAt(mock, `${prefix}3.0`);
  expect(form["InterfaceVersion"]).toBe(`${postPrefix}3.0`);
});
