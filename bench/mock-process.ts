// The mock server in a process of its own, so that the client benchmark's
// process does only what a client's does. Prints its URL, stops on SIGTERM.
// No record of calls, as the mock command keeps none: no one reads it here, and
// it would grow with every call timed.
import { startMockServer } from "../generated/mock.js";

const server = await startMockServer({ secretKey: process.argv[2] ?? "bench-key", recordCalls: false });
process.stdout.write(`${server.url}\n`);
process.once("SIGTERM", () => void server.close());
