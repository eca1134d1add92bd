// A payment's outcome that throws (or whose promise rejects) is the test's
// handler failing, as an operation's handler that throws is: the browser's
// page is a 500 naming the outcome of the operation and the error's name,
// never its message (which may quote the request), and `onError` gets the
// error with the operation whose payment was played. A MockHttpError it throws
// is the answer it asks for, as a handler's is; a return that is no object is
// a 500, as a handler's is.
import { expect, onTestFinished, test } from "vitest";
import { MockHttpError, startMockServer } from "../../generated/mock.js";
import { MOCK_SECRET_KEY as secretKey, paymentForm, postForm, shopAnswering } from "../support/mock-payment.js";

const SECRET = "4111111111111111";

test("an outcome that throws: a 500 without its message, and onError told with the operation", async () => {
  const told: [unknown, string | null][] = [];
  const thrown = new RangeError(`no outcome for the card ${SECRET}`);
  const mock = await startMockServer({
    secretKey,
    onError: (error, operation) => told.push([error, operation]),
    paypage: {
      outcome: async () => {
        throw thrown;
      },
    },
  });
  onTestFinished(() => mock.close());
  const page = await postForm(await paymentForm(mock, "http://127.0.0.1:9"));
  expect(page.status).toBe(500);
  const text = await page.text();
  expect(text).not.toContain(SECRET);
  expect(text).toContain(
    "the payment outcome of paymentWebInit threw a RangeError (its message is not sent; onError receives it)",
  );
  expect(told).toEqual([[thrown, "paymentWebInit"]]);
});

// An outcome is a function of the test as a handler is: a MockHttpError it throws, or returns, is the answer it
// asks for (a declined payment's 402, say), not the mock's failure, whichever of the two gave it.
for (const [how, outcome] of [
  [
    "throws",
    async () => {
      throw new MockHttpError(402, "declined by the test");
    },
  ],
  ["returns", () => new MockHttpError(402, "declined by the test") as never],
] as const) {
  test(`an outcome that ${how} a MockHttpError: the browser gets its status and body, nothing is posted`, async () => {
    const told: unknown[] = [];
    const notified: string[] = [];
    const shop = await shopAnswering((req, res) => {
      notified.push(req.url ?? "");
      res.end();
    });
    const mock = await startMockServer({ secretKey, onError: (error) => told.push(error), paypage: { outcome } });
    onTestFinished(() => mock.close());
    const page = await postForm(await paymentForm(mock, shop));
    expect(page.status).toBe(402);
    expect(page.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await page.text()).toBe("declined by the test");
    expect(told).toEqual([]);
    expect(notified).toEqual([]);
  });
}

// An outcome gives fields of the response: what is no object is the test's mistake, a 500 as a handler's is, never a
// payment played as accepted (null, a number) nor a Data the mock cannot write (a string's, a list's characters).
for (const given of [null, undefined, 42, "05", ["05"]]) {
  test(`an outcome that returns ${JSON.stringify(given) ?? "undefined"}: a 500 that says so, nothing posted`, async () => {
    const told: unknown[] = [];
    const notified: string[] = [];
    const shop = await shopAnswering((req, res) => {
      notified.push(req.url ?? "");
      res.end();
    });
    const mock = await startMockServer({
      secretKey,
      onError: (error) => told.push(error),
      paypage: { outcome: () => given as never },
    });
    onTestFinished(() => mock.close());
    const page = await postForm(await paymentForm(mock, shop));
    expect(page.status).toBe(500);
    const what = given === null ? "null" : Array.isArray(given) ? "an array" : typeof given;
    expect(await page.text()).toContain(`the payment outcome of paymentWebInit returned ${what}, not an object`);
    expect(told).toHaveLength(1);
    expect(notified).toEqual([]);
  });
}
