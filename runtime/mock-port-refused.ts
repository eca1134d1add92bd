// The mock's port refusing a connection once close() resolves. Closing the
// listening socket's descriptor is not enough: a process forked meanwhile
// holds a copy of every descriptor of this one until it runs its program
// (another thread of the process starting a child: a test runner's other
// worker), and the kernel keeps the socket listening while a copy is open. A
// connection made then is accepted into its backlog, written to, and reset as
// the copy closes: `sent: "maybe"` for a call that reached no server. So close()
// tries the port until a connection is refused.
//
// It tries with a bare TCP connection, never an HTTP request: a test suite
// that intercepts HTTP (nock, msw, a patched `http.request`) would answer a
// request, or hold it forever, and close() would wait out its bound or never
// resolve. A socket-level interceptor (@mswjs/interceptors from 0.44, under
// nock 15) fakes the `connect` event of a socket that listens for it before it
// writes; one that reads without writing is connected for real, and its
// refusal comes through. So the probe reads, and is told connected by `ready`.
//
// Its retries run on the platform's clock, and so does its bound (mock-clock.ts):
// a suite that fakes timers and calls close() would otherwise wait for good.

import { connect, type Socket } from "node:net";
import { boundClock, platformClock } from "./mock-clock.js";

/** The longest close() tries the port: a fork runs its program within milliseconds. */
const REFUSED_WAIT_MS = 1000;

/** Between two tries: a fork's copy lasts about as long as copying the process's memory map. */
const RETRY_MS = 1;

/**
 * Resolves once a connection to 127.0.0.1:`port` is refused, or after REFUSED_WAIT_MS. A connection accepted meanwhile
 * is closed before anything is written on it. Another server that took the port (a process's listen(0) may be handed
 * it as soon as the mock's socket is gone, a connection of the mock in TIME_WAIT notwithstanding) holds close() that
 * long, and so does a probe that never closes (the bound is a timer of its own, which keeps the process alive).
 */
export function portRefused(port: number): Promise<void> {
  return new Promise<void>((resolve) => {
    let settled = false;
    let probe: Socket | undefined;
    const clock = boundClock.current;
    const settle = (): void => {
      settled = true;
      clock.clearTimeout(bound);
      probe?.destroy();
      resolve();
    };
    const bound = clock.setTimeout(settle, REFUSED_WAIT_MS);
    const attempt = (): void => {
      if (settled) return;
      let refused = false;
      const socket = connect({ host: "127.0.0.1", port });
      probe = socket;
      // No `connect` listener (see above), and nothing written: a server that accepts is left at once.
      socket.on("data", () => undefined);
      socket.once("ready", () => socket.destroy());
      socket.on("error", (error: Error & { code?: unknown }) => {
        refused ||= error.code === "ECONNREFUSED";
      });
      socket.once("close", () => {
        if (refused) settle();
        else if (!settled) platformClock.setTimeout(attempt, RETRY_MS);
      });
    };
    attempt();
  });
}
