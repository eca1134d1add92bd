// The mock's automatic response as the shop and the mock's user meet it: a
// listener of its reports that fails, sync or async, leaves the mock and its
// process running, and the report says how the shop answered, however long
// (or endless) its answer's body.
import { expect, onTestFinished, test } from "vitest";
import { type AutomaticResponseReport, type MockPaypageOptions, startMockServer } from "../../generated/mock.js";
import { MOCK_SECRET_KEY, paymentForm, postForm, shopAnswering } from "../support/mock-payment.js";
import { refusedPort } from "../support/refused-port.js";

/** One payment played through a mock with `paypage`, to the shop at `shopUrl`: the browser's page status. */
async function playPayment(shopUrl: string, paypage: MockPaypageOptions): Promise<number> {
  const mock = await startMockServer({ secretKey: MOCK_SECRET_KEY, paypage });
  onTestFinished(() => mock.close());
  const page = await postForm(await paymentForm(mock, shopUrl));
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
  // Shorter than the test's own limit (120 s), for an answer read whole to reach it within the test: read so far
  // only, it ends long before. Far longer than the post and the read take, even on a machine stalled for seconds.
  const status = await playPayment(shopUrl, {
    automaticResponseTimeoutMs: 60_000,
    onAutomaticResponse: (report) => void reports.push(report),
  });
  expect(status).toBe(200);
  expect(reports).toEqual([{ url: `${shopUrl}/paypage/notify`, status: 200, error: null }]);
});

test("a shop that cannot be reached is reported with the reason, not fetch's bare words", async () => {
  // A port where a connection is refused, as at a shop that is down.
  const port = await refusedPort();
  const reports: AutomaticResponseReport[] = [];
  const status = await playPayment(`http://127.0.0.1:${port}`, { onAutomaticResponse: (r) => void reports.push(r) });
  expect(status).toBe(200);
  expect(reports).toEqual([
    { url: `http://127.0.0.1:${port}/paypage/notify`, status: null, error: expect.any(String) },
  ]);
  // What a team reads to tell a shop that is down from one that is misnamed: the cause, which fetch keeps apart.
  expect(reports[0]?.error).toMatch(/^fetch failed: .*ECONNREFUSED/);
});
