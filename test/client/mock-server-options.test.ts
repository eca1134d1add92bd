// The mock Sips server's options: what it refuses at its start (an empty key or none,
// a port out of range, a handler of no operation it serves, Paypage options
// that cannot work), and a close that may be called again.
import { expect, test } from "vitest";
import { type MockHandler, type MockServerOptions, startMockServer } from "../../generated/mock.js";
import { path, secretKey } from "../support/mock-seed-operation.js";
import { guidePassage } from "../support/operation-facts.js";

test("refuses an empty key and a port out of range", async () => {
  await expect(startMockServer({ secretKey: "" })).rejects.toThrow(TypeError);
  await expect(startMockServer({ secretKey, port: 70000 })).rejects.toThrow(TypeError);
});

test("the users' guide quotes the end of the mock's refusal of a key that is not set", async () => {
  const passage = guidePassage("A key that cannot work makes `startMockServer` reject");
  const quoted = /`(got undefined \([^`]*\))`/.exec(passage)?.[1];
  expect(quoted, passage).toBeTruthy();
  const refused = await startMockServer({ secretKey: undefined } as never).then(
    async (started) => {
      await started.close();
      return "it started";
    },
    (error: unknown) => (error instanceof TypeError ? error.message : String(error)),
  );
  expect(refused?.endsWith(`, ${quoted}`), `${refused}`).toBe(true);
});

test("a key read from an environment variable that is not set is refused as the client refuses it: by its kind, with the likely cause", async () => {
  const unset: unknown = process.env["SIPS_MOCK_KEY_THAT_NO_TEST_SETS"];
  await expect(startMockServer({ secretKey: unset } as never)).rejects.toThrow(
    new TypeError(
      "secretKey must be a non-empty string, or an object of them by keyVersion, got undefined (is the environment variable it is read from set?)",
    ),
  );
  // Any other kind is said as the client says it, never its value (a number given for a key may be its digits).
  await expect(startMockServer({ secretKey: 12345 } as never)).rejects.toThrow(/, got a number$/);
});

test("refuses a handler named after no operation it serves (a misspelt name a loose type lets through), or no function", async () => {
  const answer: MockHandler = () => ({});
  const misspelt: MockServerOptions<string> = { secretKey, handlers: { paymentTokenInitialise: answer } };
  // The operation meant is named, as the client names a misspelt interfaceVersions key, not found in a list of 30.
  await expect(startMockServer(misspelt)).rejects.toThrow(
    new TypeError(
      "handlers.paymentTokenInitialise: the mock serves no such operation (did you mean paymentTokenInitialize?)",
    ),
  );
  // Two within a few edits: the closer alone is named (updatePaymentMean is three edits away, deletePaymentMean one).
  const closer: MockServerOptions<string> = { secretKey, handlers: { delatePaymentMean: answer } };
  await expect(startMockServer(closer)).rejects.toThrow(
    new TypeError("handlers.delatePaymentMean: the mock serves no such operation (did you mean deletePaymentMean?)"),
  );
  // Two as close (two edits each): both named, in the order the mock serves them.
  const between: MockServerOptions<string> = { secretKey, handlers: { dedatePaymentMean: answer } };
  await expect(startMockServer(between)).rejects.toThrow(
    new TypeError(
      "handlers.dedatePaymentMean: the mock serves no such operation (did you mean deletePaymentMean or updatePaymentMean?)",
    ),
  );
  const unlike: MockServerOptions<string> = { secretKey, handlers: { cardOrder: answer } };
  await expect(startMockServer(unlike)).rejects.toThrow(
    /^handlers\.cardOrder: the mock serves no such operation \(it serves .*paymentTokenInitialize/,
  );
  const notAFunction = { secretKey, handlers: { paymentTokenInitialize: { redirectionStatusCode: "00" } } };
  await expect(startMockServer(notAFunction as never)).rejects.toThrow(
    "handlers.paymentTokenInitialize must be a function",
  );
  const fine = await startMockServer({
    secretKey,
    handlers: { paymentTokenInitialize: answer, orderInitialize: undefined },
  });
  await fine.close();
});

test("close can be called again, as a test's body and its afterAll both may: each resolves once it is closed", async () => {
  const other = await startMockServer({ secretKey });
  await Promise.all([other.close(), other.close()]);
  await other.close();
  await expect(fetch(`${other.url}${path}`, { method: "POST", body: "{}" })).rejects.toThrow();
});

test("refuses Paypage options that cannot work: a timeout a timer cannot keep, an outcome or listener that is no function", async () => {
  // Past 2^31 - 1 ms (or 0) the automatic response's signal fires at once, and a fraction or NaN throws
  // when the response is posted: every automatic response would be reported undelivered.
  for (const automaticResponseTimeoutMs of [0, -1, 1.5, Number.NaN, 2 ** 31, 3_000_000_000])
    await expect(startMockServer({ secretKey, paypage: { automaticResponseTimeoutMs } })).rejects.toThrow(
      /automaticResponseTimeoutMs/,
    );
  await expect(startMockServer({ secretKey, paypage: { outcome: "05" as never } })).rejects.toThrow(/outcome/);
  await expect(startMockServer({ secretKey, paypage: { onAutomaticResponse: {} as never } })).rejects.toThrow(
    /onAutomaticResponse/,
  );
  const fine = await startMockServer({ secretKey, paypage: { automaticResponseTimeoutMs: 2 ** 31 - 1 } });
  await fine.close();
});
