// A Paypage payment played against the mock as a shop and its customer's
// browser play it: the shop's server on loopback, the payment started through
// the client, and the redirection form the browser posts to the mock.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { onTestFinished } from "vitest";
import { createClient, type PaypageForm, paypageRedirectionForm } from "../../generated/index.js";
import type { MockServer } from "../../generated/mock.js";

export const MOCK_SECRET_KEY = "002001000000001_KEY1";

/** A shop on loopback that answers each request with `answer`, closed when the test ends: its base URL. */
export async function shopAnswering(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const shop = createServer(answer);
  shop.listen(0, "127.0.0.1");
  await once(shop, "listening");
  onTestFinished(() => {
    shop.closeAllConnections();
    shop.close();
  });
  const address = shop.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}

/** The redirection form of a payment of 12.50 EUR started on `mock` for the shop at `shopUrl`. */
export async function paymentForm(mock: MockServer, shopUrl: string): Promise<PaypageForm> {
  const sips = createClient({
    environment: mock.url,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey: MOCK_SECRET_KEY,
  });
  const started = await sips.paymentWebInit({
    amount: 1250,
    currencyCode: "978",
    normalReturnUrl: `${shopUrl}/paypage/return`,
    automaticResponseUrl: `${shopUrl}/paypage/notify`,
  });
  const form = started.ok ? paypageRedirectionForm(started.response) : null;
  if (!form?.ok) throw new Error("no redirection form");
  return form.form;
}

/** The form posted to the mock as the customer's browser posts it. */
export const postForm = (form: PaypageForm): Promise<Response> =>
  fetch(form.action, {
    method: "POST",
    body: new URLSearchParams(form.fields.map((f): [string, string] => [f.name, f.value])),
  });
