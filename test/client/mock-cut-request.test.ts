// A request whose client closes the connection before its body ends: the
// mock's onError is told which operation, how much of the body came of how
// much announced, and what to check, where Node's own error said "aborted".
import { request } from "node:http";
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { startMockServer } from "../../generated/mock.js";

const op = operations.paymentTokenInitialize;
const path = new URL(op.endpoints.test).pathname;

/** Starts a mock, sends `sent` of a body with these headers, cuts the connection, and resolves to what onError got. */
async function cutRequest(sent: string, headers: Record<string, string>): Promise<[unknown, string | null]> {
  let told: (value: [unknown, string | null]) => void = () => {};
  const reported = new Promise<[unknown, string | null]>((resolve) => {
    told = resolve;
  });
  const server = await startMockServer({
    secretKey: "mock-test-key",
    onError: (error, operation) => told([error, operation]),
  });
  try {
    const req = request(`${server.url}${path}`, { method: "POST", headers });
    req.on("error", () => {});
    // Cut once the server has read what was sent: the mock's answer to a whole request would come otherwise.
    req.write(sent, () => setImmediate(() => req.destroy()));
    return await reported;
  } finally {
    await server.close();
  }
}

test("a body cut short says which request, how much of it came of how much, and what to check", async () => {
  const [error, operation] = await cutRequest('{"amount":', { "content-length": "1000" });
  expect(operation).toBe(op.name);
  expect(error).toBeInstanceOf(Error);
  const { message, cause } = error as Error;
  expect(message).toBe(
    `the request to ${op.name} ended before its body did: its client closed the connection after 10 bytes of the 1000 its Content-Length announced; check whether the client aborted or timed out while sending`,
  );
  // Node's own error kept as the cause, for whoever needs its code.
  expect((cause as Error).message).toBe("aborted");
});

test("a chunked body cut short says that no length was announced", async () => {
  const [error] = await cutRequest("{", { "transfer-encoding": "chunked" });
  expect((error as Error).message).toMatch(/after 1 bytes \(no Content-Length announced\); check whether/);
});
