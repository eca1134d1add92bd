#!/usr/bin/env node
// `sips-json mock --port N --key K`: the mock Sips server, from the built package.

// Taken before the package loads: a parent that went meanwhile would leave nothing to compare with.
const parent = process.ppid;
const { startMockServer } = await import("../dist/mock.js");
const { runCli } = await import("../dist/runtime/mock-cli.js");
const { onParentGone } = await import("../dist/runtime/parent-gone.js");

const stopped = new Promise((resolve) => {
  process.once("SIGINT", resolve);
  process.once("SIGTERM", resolve);
});
// npx (npm exec, npm run) passes a SIGTERM or SIGINT sent to it to a shell of its own alone: the server would
// run on, orphaned, but for its parent's end (dist/runtime/parent-gone.js, which says how it is told).
const parentGone = new Promise((resolve) => onParentGone(process.env, parent, resolve));
process.exitCode = await runCli(process.argv.slice(2), startMockServer, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  stopped,
  parentGone,
});
