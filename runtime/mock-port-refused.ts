// The mock's port refusing a connection once close() resolves. Closing the
// listening socket's descriptor is not enough: a process forked meanwhile
// holds a copy of every descriptor of this one until it runs its program
// (another thread of the process starting a child: a test runner's other
// worker), and the kernel keeps the socket listening while a copy is open. A
// connection made then is accepted into its backlog, written to, and reset as
// the copy closes: `sent: "maybe"` for a call that reached no server. So close()
// tries the port until a connection is refused.

import { request } from "node:http";

/** The longest close() tries the port: a fork runs its program within milliseconds. */
const REFUSED_WAIT_MS = 1000;

/** Between two tries: a fork's copy lasts about as long as copying the process's memory map. */
const RETRY_MS = 1;

/**
 * Resolves once a connection to 127.0.0.1:`port` is refused, or after REFUSED_WAIT_MS. A connection accepted meanwhile
 * is closed before anything is written on it. Another server that took the port (none can while a connection of the
 * mock lingers in TIME_WAIT) holds close() that long, at most.
 */
export function portRefused(port: number): Promise<void> {
  const until = Date.now() + REFUSED_WAIT_MS;
  return new Promise<void>((resolve) => {
    const attempt = (): void => {
      let refused = false;
      // Never ended: no header is written, and a socket that connects is destroyed at once.
      const probe = request({ host: "127.0.0.1", port, method: "HEAD", agent: false });
      probe.once("socket", (socket) => socket.once("connect", () => probe.destroy()));
      probe.on("error", (error: Error & { code?: unknown }) => {
        refused ||= error.code === "ECONNREFUSED";
      });
      probe.once("close", () => {
        if (refused || Date.now() >= until) resolve();
        else setTimeout(attempt, RETRY_MS);
      });
    };
    attempt();
  });
}
