// The mock server in a process of its own, so that the client benchmark's
// process does only what a client's does. Prints its URL, stops on SIGTERM.
import { startMockServer } from "../generated/mock.js";

const server = await startMockServer({ secretKey: process.argv[2] ?? "bench-key" });
process.stdout.write(`${server.url}\n`);
process.once("SIGTERM", () => void server.close());
