// The port the refused-connection tests call: refused, and out of the range
// the kernel hands a listen(0) from, so that no other worker's server can come
// to listen there while the suite runs (a port listened on and closed could).
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { expect, test } from "vitest";
import { refusedPort } from "../support/refused-port.js";

/** The kernel's range for listen(0) and a connection's own port: Linux says it; elsewhere, IANA's dynamic range. */
function ephemeralRange(): readonly [number, number] {
  const file = "/proc/sys/net/ipv4/ip_local_port_range";
  if (!existsSync(file)) return [49152, 65535];
  const [low, high] = readFileSync(file, "utf8").trim().split(/\s+/).map(Number);
  return [low ?? 0, high ?? 0];
}

const connectError = (port: number): Promise<string | undefined> =>
  new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code));
  });

test("the refused port is below the ephemeral range, refuses a connection, and is the same on each call", async () => {
  const port = await refusedPort();
  const [low] = ephemeralRange();
  expect(Number.isInteger(port) && port > 1024 && port < low, `${port} below ${low}`).toBe(true);
  expect(await connectError(port)).toBe("ECONNREFUSED");
  expect(await refusedPort()).toBe(port);
});
