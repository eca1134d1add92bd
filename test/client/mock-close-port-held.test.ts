// close() resolves once the mock's port refuses a connection, a second at most:
// what holds the port meanwhile (a fork's copy of the listening socket, or
// another server that took the port) is tried again until it lets go, and is
// never written to. Here another server takes the port at a known moment:
// while close() still waits for a client socket of this thread, which this
// test then lets go.
import { once } from "node:events";
import { connect, createServer, type Server } from "node:net";
import { expect, test } from "vitest";
import { type MockServer, startMockServer } from "../../generated/mock.js";

const KEY = "mock-close-port-held-key";

/** What another server on the mock's port saw: its connections and the bytes read on them. */
interface Holder {
  readonly server: Server;
  readonly seen: { connections: number; bytes: number };
}

/**
 * A mock whose close() has begun, its port taken by another server: close() still waits then for a client socket
 * of this thread, held open until `letGo` destroys it, so the port is held before close() tries it.
 */
async function closingWithPortTaken(): Promise<{ closing: Promise<void>; holder: Holder; letGo: () => void }> {
  const mock: MockServer = await startMockServer({ secretKey: KEY });
  const port = Number(new URL(mock.url).port);
  const socket = connect({ host: "127.0.0.1", port, allowHalfOpen: true });
  socket.on("data", () => undefined);
  await once(socket, "connect");
  // The mock's side of that connection accepted: a request answered on it.
  socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  await once(socket, "data");
  const closing = mock.close();
  // The mock ends the connection once it stops listening: its port is free to take.
  await once(socket, "end");
  const seen = { connections: 0, bytes: 0 };
  const server = createServer((s) => {
    seen.connections++;
    s.on("data", (chunk: Buffer) => (seen.bytes += chunk.length));
    s.on("error", () => undefined);
  });
  await listenOn(server, port);
  return { closing, holder: { server, seen }, letGo: () => socket.destroy() };
}

/**
 * Listens on `port`, tried again while it is in use: a process forked meanwhile by another thread (a test runner's
 * other worker) holds the mock's listening socket until it runs its program, milliseconds.
 */
async function listenOn(server: Server, port: number): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      server.listen(port, "127.0.0.1");
      await once(server, "listening");
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || tries === 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

test("close() tries a port another server took until it is let go, and writes nothing on what it reaches", async () => {
  const { closing, holder, letGo } = await closingWithPortTaken();
  let heldAtResolve: boolean | undefined;
  void closing.then(() => (heldAtResolve = holder.server.listening));
  letGo();
  // Held a while (a fork's copy is held milliseconds; this is longer, within the bound), then let go.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(heldAtResolve).toBeUndefined();
  holder.server.close();
  await closing;
  expect(heldAtResolve).toBe(false);
  expect(holder.seen.connections).toBeGreaterThan(0);
  expect(holder.seen.bytes).toBe(0);
});

test("close() lets go of a port another server keeps, a second on", async () => {
  const { closing, holder, letGo } = await closingWithPortTaken();
  try {
    letGo();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => (timer = setTimeout(() => resolve("still waiting"), 4000)));
    expect(await Promise.race([closing.then(() => "resolved"), late])).toBe("resolved");
    clearTimeout(timer);
    expect(holder.seen.bytes).toBe(0);
  } finally {
    holder.server.close();
  }
});
