// A reply of an HTTP error status (a gateway's 502) whose body then fails to
// read, cut, timed out or aborted: the error is a network, timeout or aborted
// one, and keeps the status that came, as an `http` error would have it.
// Played against a raw HTTP server that sends the status, its headers and
// part of a body (the mock sends whole replies). A failure before any reply
// has no status.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, expectTypeOf, test } from "vitest";
import { type ClientConfig, type ClientError, createClient } from "../../generated/index.js";
import { refusedPort } from "../support/refused-port.js";

const secretKey = "mock-test-key";
const valid = { sdkOperationName: "CARDORDER" };

/** Answers 502 with the start of a page of 1000 declared bytes; for sdkVersion 7.0.1 the connection is then cut. */
let raw: Server;
let rawUrl = "";
beforeAll(async () => {
  raw = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      response.writeHead(502, { "content-type": "text/html", "content-length": "1000" });
      const cut = (JSON.parse(body) as { sdkVersion?: string }).sdkVersion === "7.0.1";
      response.write("<html><body>Bad gateway", () => {
        if (cut) response.socket?.end();
      });
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
  rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
});
afterAll(async () => {
  raw.closeAllConnections();
  await new Promise((resolve) => raw.close(resolve));
});

const callRaw = (sdkVersion: string, more: Partial<ClientConfig> = {}, signal?: AbortSignal) =>
  createClient({
    environment: rawUrl as `http://${string}`,
    merchantId: "002001000000001",
    keyVersion: 1,
    secretKey,
    ...more,
  }).paymentTokenInitialize({ ...valid, sdkVersion } as never, { signal });

const errorOf = async (result: ReturnType<typeof callRaw>): Promise<ClientError> => {
  const done = await result;
  if (done.ok) throw new Error("the call succeeded");
  return done.error;
};

test("a connection cut in a 502's body: a network error with status 502", async () => {
  const error = await errorOf(callRaw("7.0.1"));
  expect(error).toMatchObject({ kind: "network", sent: "yes", status: 502 });
  expect(error.message).toMatch(/^its reply's body \(HTTP 502\) could not be read: /);
});

test("a 502 whose body does not come within timeoutMs: a timeout with status 502", async () => {
  expect(await errorOf(callRaw("7.0.2", { timeoutMs: 300 }))).toEqual({
    kind: "timeout",
    sent: "yes",
    status: 502,
    message: "no complete reply within 300 ms (its status came, HTTP 502, not its whole body)",
    timeoutMs: 300,
  });
});

test("an abort while a 502's body is read: aborted with status 502", async () => {
  const controller = new AbortController();
  // The global fetch, and the abort once the client holds its reply (status and headers), reading its body.
  const fetch: NonNullable<ClientConfig["fetch"]> = async (url, init) => {
    const reply = await globalThis.fetch(url, init);
    setImmediate(() => controller.abort());
    return reply;
  };
  expect(await errorOf(callRaw("7.0.2", { fetch }, controller.signal))).toEqual({
    kind: "aborted",
    sent: "yes",
    status: 502,
    message: "the call was aborted (its status came, HTTP 502, not its whole body)",
  });
});

test("a failure before any reply has no status", async () => {
  const port = await refusedPort();
  const error = await errorOf(callRaw("7.0.1", { environment: `http://127.0.0.1:${port}` }));
  // A refused connection: nothing was sent (test/client/unsent-failures.test.ts).
  expect(error).toMatchObject({ kind: "network", sent: "no" });
  expect(error).not.toHaveProperty("status");
});

test("the types give status exactly where sent is yes", () => {
  type After = Extract<ClientError, { kind: "timeout" | "network" | "aborted" }>;
  expectTypeOf<Extract<After, { sent: "yes" }>["status"]>().toEqualTypeOf<number>();
  expectTypeOf<Extract<After, { sent: "maybe" }>["status"]>().toEqualTypeOf<undefined>();
  const statusOf = (error: ClientError): number | null => {
    if (error.kind === "network" && error.sent === "yes") return error.status;
    // @ts-expect-error: a timeout that may have had no reply has no status to read as a number.
    if (error.kind === "timeout") return error.status satisfies number;
    return null;
  };
  expect(statusOf({ kind: "network", sent: "yes", status: 502, message: "" })).toBe(502);
});

test("a body that fails after an opaque redirect says the redirect came, not HTTP 0", async () => {
  // A browser's fetch hides a redirect it does not follow (status 0, "opaqueredirect"); one of the caller's own may
  // then fail to give its body.
  const fetch: NonNullable<ClientConfig["fetch"]> = async () => ({
    status: 0,
    type: "opaqueredirect",
    text: async () => {
      throw new Error("the body stream failed");
    },
  });
  const error = await errorOf(callRaw("7.0.3", { fetch }));
  expect(error).toMatchObject({ kind: "network", sent: "yes", status: 0 });
  expect(error.message).toBe("its reply's body (an opaque redirect) could not be read: the body stream failed");
});
