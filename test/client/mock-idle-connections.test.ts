// The mock never closes an idle connection on its own: a client whose event
// loop is busy (a shop's suite calling it hundreds of times in parallel, in the
// mock's own process) may send its next request on a connection as the server
// closes it for being idle, and the kernel then answers that request with a
// reset (a "read ECONNRESET"). The race is played without leaving it to chance:
// the process's event loop is held past the time Node's server keeps an idle
// connection (read from Node, and from the reply where it announces one), and
// the next request is written before the loop runs its timers, so that the
// server's timer, if it has one, fires with the request unread.
import { Server } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import { type MockServer, startMockServer } from "../../generated/mock.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ secretKey: "mock-idle-connections-key" });
});
afterAll(() => server.close());

const path = new URL(operations.paymentTokenInitialize.endpoints.test).pathname;
/** A request the mock answers whatever it holds (here, a refusal of its seal): its reply is what is read. */
const request = (host: string) =>
  `POST ${path} HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}`;

/** What comes on the socket until a whole reply (its head and its Content-Length's body), or the socket's failure. */
function nextReply(socket: Socket): Promise<{ head: string } | { failed: string }> {
  return new Promise((resolve) => {
    let text = "";
    const onData = (chunk: Buffer) => {
      text += chunk.toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      const length = /\r\ncontent-length: *(\d+)/i.exec(text)?.[1];
      if (end >= 0 && length !== undefined && text.length >= end + 4 + Number(length))
        done({ head: text.slice(0, end) });
    };
    const onError = (error: NodeJS.ErrnoException) => done({ failed: error.code ?? error.message });
    const onEnd = () => done({ failed: "closed" });
    const done = (outcome: { head: string } | { failed: string }) => {
      socket.off("data", onData).off("error", onError).off("end", onEnd);
      resolve(outcome);
    };
    socket.on("data", onData).on("error", onError).on("end", onEnd);
  });
}

/**
 * What Node's server adds to the idle timeout it announces before it closes a connection (1 s: its
 * HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER, an option named keepAliveTimeoutBuffer where Node has one).
 */
const BUFFER = (new Server() as { keepAliveTimeoutBuffer?: number }).keepAliveTimeoutBuffer ?? 1000;

/** How long Node's server, as it is made, leaves a connection idle before it closes it, in ms. */
const idleLimit = (): number => new Server().keepAliveTimeout + BUFFER;

/** The idle timeout a reply announces in its Keep-Alive header, in ms; 0 when it announces none. */
const announced = (head: string): number => 1000 * Number(/\r\nkeep-alive: *timeout=(\d+)/i.exec(head)?.[1] ?? 0);

test("a connection held idle past the time Node's server keeps one, then used, gets its reply, not a reset", async () => {
  const { hostname: host, port } = new URL(server.url);
  const socket = connect(Number(port), host);
  await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  const firstReply = nextReply(socket);
  socket.write(request(host));
  const first = await firstReply;
  if (!("head" in first)) throw new Error(`the first request failed: ${first.failed}`);
  expect(first.head).toMatch(/\r\nconnection: keep-alive/i);
  // No hint: a client that read one would keep the connection as long as the server does, and race it at the end.
  expect(announced(first.head)).toBe(0);
  // Held past the idle time Node's server would give it, nothing else running, then the request written
  // (a socket's write reaches the kernel at once), in the loop's check phase: its next step runs the timers, the
  // server's among them, before it polls the sockets (where the server would read the request, and keep it open).
  const idle = Math.max(idleLimit(), announced(first.head) + BUFFER) + 500;
  const reply = nextReply(socket);
  await new Promise<void>((resolve) =>
    setImmediate(() => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, idle);
      socket.write(request(host));
      resolve();
    }),
  );
  const second = await reply;
  socket.destroy();
  expect(second).toMatchObject({ head: expect.stringMatching(/^HTTP\/1\.1 \d{3} /) });
});
