// Non-ASCII text in an ANS field (orderId: an accent, a euro sign, an emoji
// outside the BMP) through the mock, as a shop runs it: the POST interface's
// form in each Data encoding, and a JSON start, sealed by the package,
// verified by the mock, echoed into the sealed response the shop gets back and
// decodes to the very same text. The JSON request's seal is held to the
// generic rule computed here, over the UTF-8 bytes of its values.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  createClient,
  decodePaypageResponse,
  paypagePostForm,
  paypageRedirectionForm,
  renderPaypageAutoPost,
  sealPaymentWebInitRequest,
} from "../../generated/index.js";
import { conformsANS } from "../../generated/runtime/formats.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";
import { submitOnlyForm } from "../support/html-forms.js";

const secretKey = "002001000000001_KEY1";
const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey };
const ORDER_ID = "Zoë é € 😀 東京";

const received: string[] = [];
let shop: Server;
let shopUrl: string;
let mock: MockServer;

beforeAll(async () => {
  shop = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.url === "/return") received.push(Buffer.concat(chunks).toString("utf8"));
      res.writeHead(200, { "content-type": "text/plain" }).end("received");
    });
  });
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  const address = shop.address();
  shopUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  mock = await startMockServer({ secretKey });
});
afterAll(async () => {
  await mock.close();
  await new Promise<void>((resolve) => shop.close(() => resolve()));
});

const order = (reference: string) => ({
  amount: 1250,
  currencyCode: "978" as const,
  transactionReference: reference,
  orderId: ORDER_ID,
  normalReturnUrl: `${shopUrl}/return`,
});

/** The orderId the shop decodes from the response posted back to it after `page` is paid. */
async function paidOrderId(page: string): Promise<unknown> {
  const from = received.length;
  const paid = await submitOnlyForm(page);
  expect(paid.status).toBe(200);
  await submitOnlyForm(paid.body);
  const [body] = received.slice(from);
  const decoded = decodePaypageResponse(body, secretKey, { sealAlgorithm: "HMAC-SHA-256", environment: mock.url });
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.response["orderId"];
}

test("the text is ANS, an astral character among it", () => {
  expect([conformsANS(ORDER_ID), [...ORDER_ID].length < ORDER_ID.length]).toEqual([true, true]);
});

test.each(["text", "base64", "base64url"] as const)(
  "the POST interface's form (Data as %s) carries it to the mock and back unchanged",
  async (data) => {
    const encode = data === "text" ? undefined : data;
    const form = paypagePostForm(order(`nonascii${data}`), {
      environment: mock.url,
      ...(encode === undefined ? {} : { encode }),
      ...credentials,
    });
    if (!form.ok) throw new Error(form.error.message);
    expect(await paidOrderId(renderPaypageAutoPost(form.form))).toBe(ORDER_ID);
  },
);

test("a JSON start carries it, sealed as the mock verifies it, and the response posted back holds it unchanged", async () => {
  const client = createClient({ environment: mock.url, ...credentials });
  const started = await client.paymentWebInit(order("nonasciijson"));
  if (!started.ok) throw new Error(started.error.message);
  const redirect = paypageRedirectionForm(started.response);
  if (!redirect.ok) throw new Error(redirect.error.message);
  expect(await paidOrderId(renderPaypageAutoPost(redirect.form))).toBe(ORDER_ID);
});

test("the JSON request's seal is the generic rule's over the UTF-8 bytes of its values, in field-name order", () => {
  const message = {
    ...order("nonasciiseal"),
    merchantId: credentials.merchantId,
    keyVersion: 1,
    interfaceVersion: "IR_WS_2.0" as const,
  };
  const values = Object.entries(message)
    .filter(([name]) => name !== "keyVersion")
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, value]) => String(value));
  const want = createHmac("sha256", secretKey)
    .update(Buffer.from(values.join(""), "utf8"))
    .digest("hex");
  expect(sealPaymentWebInitRequest(message, secretKey, "HMAC-SHA-256")).toBe(want);
});
