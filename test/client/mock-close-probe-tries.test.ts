// What close()'s tries of its port (runtime/mock-port-refused.ts) do when no try is refused, on the platform's
// clock: a try that fails otherwise (a reset, or an interceptor's error of its own) is tried again, for the
// bound's second, rather than taken for a refusal; once close() resolved no try follows, where one every
// millisecond went on for good against whatever held the port; and a try still held at the bound is let go.
// The tries are seen through a patch of Socket.prototype.connect, made while close() runs alone (the calls before
// it connect for real), as a socket-level interceptor patches it.
import { Socket } from "node:net";
import { expect, test } from "vitest";
import { startMockServer } from "../../generated/mock.js";

const KEY = "mock-close-probe-tries-key";

/** The sockets close() tried its port with, while `connect` stood in for Socket.prototype.connect. */
async function closeWith(connect: (socket: Socket) => void): Promise<{ tried: Socket[]; atResolve: number }> {
  const mock = await startMockServer({ secretKey: KEY });
  const platform = Socket.prototype.connect;
  const tried: Socket[] = [];
  Socket.prototype.connect = function (this: Socket) {
    tried.push(this);
    connect(this);
    return this;
  } as typeof platform;
  try {
    await mock.close();
    const atResolve = tried.length;
    // Some tries' worth of time after it: a try that went on would be seen.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { tried, atResolve };
  } finally {
    Socket.prototype.connect = platform;
  }
}

test("a try that fails with another error than a refusal is tried again, and none follows once close() resolved", async () => {
  const { tried, atResolve } = await closeWith((socket) => {
    const reset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    process.nextTick(() => socket.destroy(reset));
  });
  expect({ triedAgain: atResolve > 1, after: tried.length - atResolve }).toEqual({ triedAgain: true, after: 0 });
});

test("a try held for good is let go when close() gives up on it", async () => {
  // Taken by an interceptor that never answers: the socket neither connects, fails nor closes.
  const { tried } = await closeWith(() => undefined);
  expect(tried.map((socket) => socket.destroyed)).toEqual([true]);
});
