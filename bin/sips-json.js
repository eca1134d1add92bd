#!/usr/bin/env node
// `sips-json mock --port N --key K`: the mock Sips server, from the built package.
import { startMockServer } from "../dist/mock.js";
import { runCli } from "../dist/runtime/mock-cli.js";

const stopped = new Promise((resolve) => {
  process.once("SIGINT", resolve);
  process.once("SIGTERM", resolve);
});
process.exitCode = await runCli(process.argv.slice(2), startMockServer, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  stopped,
});
