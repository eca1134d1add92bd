// The connections that clients of the mock's own thread (fetch, node:http)
// hold to it, so that close() resolves once each of them has closed: a call
// made after that cannot go out on a connection the mock closed (which the
// kernel answers with a reset, `sent: "maybe"`), and opens one that is
// refused (`sent: "no"`). Node announces every client socket it creates on the
// `net.client.socket` channel; the mock keeps those announced while it is open
// and, as it closes, waits for the close of those connected to its port. The
// close is the client's own proof: it emits it once it has read the end of the
// connection and let the socket go. A client in another process is not seen
// here (test/client/mock-closed-other-process.test.ts says what holds there),
// nor one in another thread: a channel announces to the thread it is in.

import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { boundClock } from "./mock-clock.js";

const CLIENT_SOCKET = "net.client.socket";

/** What the mock reads of a `net.Socket` the channel announces. */
interface Socket {
  readonly closed: boolean;
  readonly remotePort?: number | undefined;
  readonly remoteAddress?: string | undefined;
  readonly readableFlowing: boolean | null;
  listenerCount(event: "readable"): number;
  once(event: "close", listener: () => void): unknown;
}

/** The longest close() waits for a client socket of this thread to close once the mock has closed its end. */
const CLOSE_WAIT_MS = 1000;

/** Past this many sockets kept, those closed are let go before another is kept. */
const PRUNE_AT = 256;

export interface ClientSockets {
  /**
   * Stops watching and resolves once every socket of this thread connected to `port` that its owner reads has
   * closed, or after CLOSE_WAIT_MS, holding the process alive meanwhile. One nobody reads (paused, no `readable`
   * listener) would never read the end of its connection, nor close: not waited for.
   */
  readonly closed: (port: number) => Promise<void>;
}

/** Watches the client sockets this thread creates, from now until `closed` is called. */
export function watchClientSockets(): ClientSockets {
  const sockets = new Set<Socket>();
  const announced = (message: unknown): void => {
    const { socket } = message as { socket: Socket };
    if (sockets.size >= PRUNE_AT) for (const kept of sockets) if (kept.closed) sockets.delete(kept);
    sockets.add(socket);
  };
  subscribe(CLIENT_SOCKET, announced);
  return {
    closed: (port) => {
      unsubscribe(CLIENT_SOCKET, announced);
      const open = [...sockets].filter(
        (s) =>
          !s.closed &&
          s.remotePort === port &&
          s.remoteAddress === "127.0.0.1" &&
          (s.readableFlowing === true || s.listenerCount("readable") > 0),
      );
      sockets.clear();
      if (open.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        // A timer of the loop's own holds the process while it waits: fetch lets go of the loop for the connections
        // it keeps, so a script ending on `await mock.close()` would otherwise exit before reading their end (code
        // 13, its top-level await unsettled). It also bounds the wait for a socket that reads the end but keeps its
        // own side open.
        const clock = boundClock.current;
        const bound = clock.setTimeout(resolve, CLOSE_WAIT_MS);
        let left = open.length;
        const done = (): void => {
          if (--left > 0) return;
          clock.clearTimeout(bound);
          resolve();
        };
        for (const socket of open) socket.once("close", done);
      });
    },
  };
}
