// When a command started by npm stops: the process that started it is the
// one the launcher saw as it started (scripts/run-bundled.cjs), not the
// parent left once a shell went while the command loaded, which never changes
// again; a SIGHUP stops it as SIGTERM does. No timing is asserted: the stop is
// waited for.
import { expect, test } from "vitest";
import { stopRequest } from "../../generator/cli/stop-requested.js";

test("started by npm, the stop is requested when the process that started it is no longer its parent", async () => {
  // A parent that went before the request was made: this process's parent is another already.
  const stop = stopRequest({ npm_command: "run-script" }, process.ppid + 1);
  // The look at the parent does not keep a process alive (it is unref'd): this does, until the stop or the test's timeout.
  const alive = setInterval(() => undefined, 1000);
  try {
    await expect(stop.requested).resolves.toBeUndefined();
  } finally {
    clearInterval(alive);
    stop.release();
  }
});

test("a SIGHUP (the terminal closed) requests the stop as SIGTERM does, rather than ending the process at once", async () => {
  const before = process.listenerCount("SIGHUP");
  const stop = stopRequest({});
  try {
    // Without a listener of its own the signal would end the process: one must be there before it is sent.
    expect(process.listenerCount("SIGHUP")).toBe(before + 1);
    process.emit("SIGHUP", "SIGHUP");
    await expect(stop.requested).resolves.toBeUndefined();
    // After the first request, a second signal does what it does to any process: it ends it.
    expect(process.listenerCount("SIGHUP")).toBe(before);
  } finally {
    stop.release();
  }
});
