// A local port where a connection is refused, and stays refused while the suite runs. A port listened on and closed
// again is free for the kernel to hand out to the next listen(0) of any worker: in a loaded run another test's
// server came to listen there, and a call meant to be refused reached it. The kernel picks a listen(0) or a
// connection's own port from its ephemeral range only, and no test listens on a fixed port: below that range, a
// port found refused stays so.
import { readFileSync } from "node:fs";
import { connect } from "node:net";

/** The first port of the kernel's ephemeral range (Linux), or of IANA's dynamic range elsewhere. */
function ephemeralStart(): number {
  try {
    const low = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > 1024) return low;
  } catch {
    // Not Linux: the range most systems use.
  }
  return 49152;
}

function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

let found: Promise<number> | undefined;

/** The highest port below the ephemeral range where 127.0.0.1 refuses a connection (the same in every call). */
export function refusedPort(): Promise<number> {
  found ??= (async () => {
    const start = ephemeralStart();
    for (let port = start - 1; port > start - 200; port -= 1) if (await refuses(port)) return port;
    throw new Error(`no port refused a connection below ${start}`);
  })();
  return found;
}
