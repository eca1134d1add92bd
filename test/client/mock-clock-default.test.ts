// The clock of close()'s bounds as the mock loads (runtime/mock-clock.ts): the platform's timers, taken then, not
// those a call would find on globalThis or node:timers. The other tests set a clock of their own in its place and
// put the platform's back after, so that in a worker that ran one of them first, the clock they read is the one
// they put back: this reads it in a thread of its own, where the module is loaded afresh, then fakes every timer
// (as a suite's fake timers, never advanced) before it sets one.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { expect, test } from "vitest";
import { generatedDir } from "../support/paths.js";
import { moduleForThreads } from "../support/thread-module.js";

test("as the mock loads, the clock of its bounds is the platform's timers, which fakes installed later do not reach", async () => {
  const module = await moduleForThreads(path.join(generatedDir, "runtime", "mock-clock.ts"));
  const thread = new Worker(
    `const { parentPort } = require("node:worker_threads");
const timers = require("node:timers");
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = globalThis;
import(${JSON.stringify(module)})
  .then(({ boundClock, platformClock }) => {
    const faked = [];
    const fake = (name) => () => (faked.push(name), 0);
    globalThis.setTimeout = timers.setTimeout = fake("setTimeout");
    globalThis.clearTimeout = timers.clearTimeout = fake("clearTimeout");
    const said = (fired) => parentPort.postMessage({ platform: boundClock.current === platformClock, fired, faked });
    const late = realSetTimeout(() => said(false), 2000);
    const timer = boundClock.current.setTimeout(() => {
      boundClock.current.clearTimeout(timer);
      realClearTimeout(late);
      said(true);
    }, 1);
  }, (error) => parentPort.postMessage("failed " + error));`,
    { eval: true },
  );
  try {
    const said = await new Promise((resolve, reject) => {
      thread.once("message", resolve);
      thread.once("error", reject);
    });
    expect(said).toEqual({ platform: true, fired: true, faked: [] });
  } finally {
    await thread.terminate();
  }
});
