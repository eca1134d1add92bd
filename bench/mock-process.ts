// The mock server in a process of its own, so that the client benchmark's
// process does only what a client's does. Prints its URL, stops on SIGTERM.
// No record of calls, as the mock command keeps none: no one reads it here, and
// it would grow with every call timed. Each line read on stdin is answered on
// stdout with the CPU this process has used so far, in microseconds, so that
// the bench can tell the mock's work per call from the time spent waiting.
import { createInterface } from "node:readline";
import { startMockServer } from "../generated/mock.js";

const server = await startMockServer({ secretKey: process.argv[2] ?? "bench-key", recordCalls: false });
process.stdout.write(`${server.url}\n`);
const asked = createInterface({ input: process.stdin }).on("line", () => {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${user + system}\n`);
});
process.once("SIGTERM", () => {
  asked.close();
  void server.close();
});
