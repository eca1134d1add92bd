// The mock's close ends what it started: an automatic response still in flight
// to a shop that never answers is ended and reported before close resolves, so
// that no socket of the mock outlives it (a test's process would wait for the
// post's timeout, and its report come after the test).
import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { expect, onTestFinished, test } from "vitest";
import { type AutomaticResponseReport, startMockServer } from "../../generated/mock.js";
import { MOCK_SECRET_KEY as secretKey, paymentForm, postForm, shopAnswering } from "../support/mock-payment.js";

test("close ends an automatic response in flight, reports it, and leaves no connection to the shop", async () => {
  // A shop that takes the automatic response and never answers it.
  const waiting: ServerResponse[] = [];
  let arrive = (_request: IncomingMessage): void => {};
  const arrived = new Promise<IncomingMessage>((resolve) => (arrive = resolve));
  const shopUrl = await shopAnswering((req, res) => {
    waiting.push(res);
    arrive(req);
  });

  const reports: AutomaticResponseReport[] = [];
  // The default timeout, far longer than the test: only close can end the post.
  const mock = await startMockServer({ secretKey, paypage: { onAutomaticResponse: (r) => reports.push(r) } });
  onTestFinished(() => mock.close());
  const browser = postForm(await paymentForm(mock, shopUrl)).then(
    () => "answered",
    () => "cut",
  );
  const request = await arrived;
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
  // No shop listens there: nothing may be posted to it after close.
  const browser = postForm(await paymentForm(mock, "http://127.0.0.1:9")).catch(() => "cut");
  await called;
  await mock.close();
  release();
  // From the outcome's end to the post, the payment runs on promises alone: a turn of the event loop sees it there.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  expect(reports).toEqual([]);
  expect(await browser).toBe("cut");
});
