// A payment's outcome that throws (or whose promise rejects) is the test's
// handler failing, as an operation's handler that throws is: the browser's
// page is a 500 naming the outcome of the operation and the error's name,
// never its message (which may quote the request), and `onError` gets the
// error with the operation whose payment was played.
import { expect, onTestFinished, test } from "vitest";
import { startMockServer } from "../../generated/mock.js";
import { MOCK_SECRET_KEY as secretKey, paymentForm, postForm } from "../support/mock-payment.js";

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
  expect(text).toContain("the payment outcome of paymentWebInit threw RangeError");
  expect(told).toEqual([[thrown, "paymentWebInit"]]);
});
