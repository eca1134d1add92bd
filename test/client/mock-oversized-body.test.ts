// The mock server refuses a body larger than it reads with a 413 that the
// client receives: on a keep-alive connection, the 413 arrives whole, and the
// request after it (on a new connection, since the 413 closes this one) is
// answered, never reset.
import { Agent, request } from "node:http";
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";

const path = new URL(operations.paymentTokenInitialize.endpoints.test).pathname;
let server: MockServer;
let agent: Agent;

beforeAll(async () => {
  server = await startMockServer({ secretKey: "mock-test-key" });
  agent = new Agent({ keepAlive: true, maxSockets: 1 });
});
afterAll(async () => {
  agent.destroy();
  await server.close();
});

/** POSTs through the keep-alive agent; resolves to the status, headers and body, or rejects (ECONNRESET). */
function post(body: Buffer | string): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            connection: res.headers.connection,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("an oversized body gets its 413 on a keep-alive connection, and the next request is answered", async () => {
  const oversized = Buffer.alloc(3 << 20, 0x20);
  for (let round = 0; round < 6; round++) {
    const refused = await post(oversized);
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe("close");
    expect(JSON.parse(refused.body)).toMatchObject({ error: expect.stringContaining("larger than") });
    const next = await post("{not json");
    expect(next.status).toBe(400);
  }
});

test("a body within the limit on the same agent is read as before", async () => {
  const answered = await post(JSON.stringify({ padding: "x".repeat(1000) }));
  expect(answered.status).toBe(200);
  expect(answered.connection).not.toBe("close");
});
