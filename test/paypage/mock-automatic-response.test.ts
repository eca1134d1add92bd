// The mock's automatic response as the shop and the mock's user meet it: a
// listener of its reports that fails, sync or async, leaves the mock and its
// process running, and the report says how the shop answered, however long
// (or endless) its answer's body.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { expect, onTestFinished, test } from "vitest";
import { createClient, paypageRedirectionForm } from "../../generated/index.js";
import { type AutomaticResponseReport, type MockPaypageOptions, startMockServer } from "../../generated/mock.js";

const secretKey = "002001000000001_KEY1";

/** A shop on loopback that answers each post with `answer`; its base URL. */
async function shopAnswering(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
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

/** One payment played through a mock with `paypage`, to the shop at `shopUrl`: the browser's page status. */
async function playPayment(shopUrl: string, paypage: MockPaypageOptions): Promise<number> {
  const mock = await startMockServer({ secretKey, paypage });
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
  const page = await fetch(form.form.action, {
    method: "POST",
    body: new URLSearchParams(form.form.fields.map((f): [string, string] => [f.name, f.value])),
  });
  await page.arrayBuffer();
  return page.status;
}

test("an async listener that rejects is ignored as one that throws: no unhandled rejection, the payment goes on", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  onTestFinished(() => void process.off("unhandledRejection", onUnhandled));
  const shopUrl = await shopAnswering((req, res) => void req.resume().on("end", () => res.end("received")));
  const reports: AutomaticResponseReport[] = [];
  const status = await playPayment(shopUrl, {
    onAutomaticResponse: async (report) => {
      reports.push(report);
      await Promise.resolve();
      throw new Error("the listener failed");
    },
  });
  // Unhandled rejections are told once the microtasks of a turn have run: a few turns later, any would be.
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(status).toBe(200);
  expect(reports).toEqual([{ url: `${shopUrl}/paypage/notify`, status: 200, error: null }]);
  expect(unhandled).toEqual([]);
});

test("a shop's long answer is read only so far: its status is reported, not the timeout its endless body would reach", async () => {
  // A shop that answers 200, then sends more than a shop's answer ever holds and never ends it.
  const shopUrl = await shopAnswering((req, res) => {
    req.resume();
    if (req.url !== "/paypage/notify") return void res.end("received");
    res.writeHead(200, { "content-type": "text/plain" });
    res.write(Buffer.alloc(1 << 20, "x"));
  });
  const reports: AutomaticResponseReport[] = [];
  // Short, for the answer read whole to reach it within the test: read so far only, it ends long before.
  const status = await playPayment(shopUrl, {
    automaticResponseTimeoutMs: 3000,
    onAutomaticResponse: (report) => void reports.push(report),
  });
  expect(status).toBe(200);
  expect(reports).toEqual([{ url: `${shopUrl}/paypage/notify`, status: 200, error: null }]);
});
