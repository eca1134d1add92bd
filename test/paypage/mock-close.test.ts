// The mock's close ends what it started: an automatic response still in flight
// to a shop that never answers is ended and reported before close resolves, so
// that no socket of the mock outlives it (a test's process would wait for the
// post's timeout, and its report come after the test).
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { expect, onTestFinished, test } from "vitest";
import { createClient, paypageRedirectionForm } from "../../generated/index.js";
import { type AutomaticResponseReport, startMockServer } from "../../generated/mock.js";

const secretKey = "002001000000001_KEY1";

test("close ends an automatic response in flight, reports it, and leaves no connection to the shop", async () => {
  // A shop that takes the automatic response and never answers it.
  const waiting: ServerResponse[] = [];
  const shop = createServer((_req: IncomingMessage, res: ServerResponse) => void waiting.push(res));
  const arrived = once(shop, "request");
  shop.listen(0, "127.0.0.1");
  await once(shop, "listening");
  onTestFinished(() => {
    shop.closeAllConnections();
    shop.close();
  });
  const address = shop.address();
  const shopUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  const reports: AutomaticResponseReport[] = [];
  // The default timeout, far longer than the test: only close can end the post.
  const mock = await startMockServer({ secretKey, paypage: { onAutomaticResponse: (r) => reports.push(r) } });
  onTestFinished(() => mock.close());
  const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
  const started = await sips.paymentWebInit({
    amount: 1250,
    currencyCode: "978",
    normalReturnUrl: `${shopUrl}/paypage/return`,
    automaticResponseUrl: `${shopUrl}/paypage/notify`,
  });
  const form = started.ok ? paypageRedirectionForm(started.response) : null;
  if (!form?.ok) throw new Error("no redirection form");
  const browser = fetch(form.form.action, {
    method: "POST",
    body: new URLSearchParams(form.form.fields.map((f): [string, string] => [f.name, f.value])),
  }).then(
    () => "answered",
    () => "cut",
  );
  const [request] = (await arrived) as [IncomingMessage];
  const shopSide = once(request.socket, "close");

  await mock.close();
  expect(reports).toEqual([
    { url: `${shopUrl}/paypage/notify`, status: null, error: "the mock server closed before the shop answered" },
  ]);
  await shopSide; // the mock's end of the connection closed: the shop's closes with it
  expect(waiting).toHaveLength(1);
  expect(await browser).toBe("cut");
});

test("a payment whose outcome is still running when the mock closes posts no automatic response after close", async () => {
  let outcomeCalled = (): void => {};
  const called = new Promise<void>((resolve) => (outcomeCalled = resolve));
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reports: AutomaticResponseReport[] = [];
  const mock = await startMockServer({
    secretKey,
    paypage: {
      outcome: async () => {
        outcomeCalled();
        await gate;
        return {};
      },
      onAutomaticResponse: (r) => reports.push(r),
    },
  });
  onTestFinished(() => mock.close());
  const sips = createClient({ environment: mock.url, merchantId: "002001000000001", keyVersion: 1, secretKey });
  const started = await sips.paymentWebInit({
    amount: 1250,
    currencyCode: "978",
    normalReturnUrl: "http://127.0.0.1:9/paypage/return",
    automaticResponseUrl: "http://127.0.0.1:9/paypage/notify",
  });
  const form = started.ok ? paypageRedirectionForm(started.response) : null;
  if (!form?.ok) throw new Error("no redirection form");
  const browser = fetch(form.form.action, {
    method: "POST",
    body: new URLSearchParams(form.form.fields.map((f): [string, string] => [f.name, f.value])),
  }).catch(() => "cut");
  await called;
  await mock.close();
  release();
  // From the outcome's end to the post, the payment runs on promises alone: a turn of the event loop sees it there.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  expect(reports).toEqual([]);
  expect(await browser).toBe("cut");
});
