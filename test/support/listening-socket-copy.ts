// A copy of a mock's listening socket held by a child process, as a process
// forked by another thread of the mock's (a test runner's other worker starting
// a child) holds one until it runs its program: the kernel keeps the port
// listening while a copy is open, and a connection to it is accepted, not
// refused. Here the copy is held until the test lets it go, so close()'s tries
// of the port meet it for certain.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { Server } from "node:net";
import { vi } from "vitest";
import { type MockServer, startMockServer } from "../../generated/mock.js";

/** A child holding a copy of a listening socket; `letGo` ends it and resolves once it has exited. */
export interface HeldCopy {
  readonly letGo: () => Promise<void>;
}

/** A mock and the descriptor of its listening socket, read from the server that listens (no API gives it). */
export async function mockWithListeningFd(secretKey: string): Promise<{ mock: MockServer; fd: number }> {
  const listen = vi.spyOn(Server.prototype, "listen");
  try {
    const mock = await startMockServer({ secretKey });
    const server = listen.mock.contexts[0] as { _handle?: { fd?: number } } | undefined;
    const fd = server?._handle?.fd;
    if (typeof fd !== "number" || fd < 0) throw new Error("the mock's listening socket has no descriptor to give");
    return { mock, fd };
  } finally {
    listen.mockRestore();
  }
}

/**
 * Holds a copy of the descriptor `fd` (the child's descriptor 3) from now until `letGo`, which kills the child: the
 * kernel closes the copy at once, whether or not the child has started its program (on a busy machine a child
 * told to exit by its own code could hold it past close()'s tries of the port, and the test would fail for that).
 */
export function holdCopy(fd: number): HeldCopy {
  const child: ChildProcess = spawn(process.execPath, ["-e", "process.stdin.resume()"], {
    stdio: ["pipe", "ignore", "inherit", fd],
  });
  const exited = once(child, "exit");
  return {
    letGo: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
