#!/usr/bin/env node
// `sips-json mock --port N --key K`: the mock Sips server, from the built package.

// Taken before the package loads: a parent that went meanwhile would leave nothing to compare with.
const parent = process.ppid;
const { startMockServer } = await import("../dist/mock.js");
const { runCli } = await import("../dist/runtime/mock-cli.js");

/** How often a bin started by npm looks whether the process that started it is still there. */
const PARENT_LOOK_MS = 250;

const stopped = new Promise((resolve) => {
  process.once("SIGINT", resolve);
  process.once("SIGTERM", resolve);
});
// npx (npm exec, npm run) runs this file under a shell of its own and passes a SIGTERM or SIGINT sent to npx to
// that shell alone, which ends without passing it on: the server would run on, orphaned. Its parent's end is
// told by the parent pid changing, as it does on Linux and macOS (not on Windows, where it never changes).
const parentGone =
  process.env.npm_command === undefined
    ? undefined
    : new Promise((resolve) => {
        const look = setInterval(() => {
          if (process.ppid !== parent) {
            clearInterval(look);
            resolve(undefined);
          }
        }, PARENT_LOOK_MS);
        look.unref();
      });
process.exitCode = await runCli(process.argv.slice(2), startMockServer, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  stopped,
  parentGone,
});
