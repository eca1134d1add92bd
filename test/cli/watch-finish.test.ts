// What --watch puts off writing to the memo (the store of pieces, the shared
// files: read only by a new process) is written when it stops, once the run in
// progress has ended and before the watch returns. Watching a memo folder from
// outside cannot tell: a run writes entries of its own after its summary line.
// So the watch's order is held with runs of its own, and the flush by the one
// entry only a flush writes in a process that generates again and again.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, onTestFinished, test } from "vitest";
import { generateRun, type RunOnce } from "../../generator/cli/generate-run.js";
import { watchSpec } from "../../generator/cli/watch.js";
import { emitterNames } from "../../generator/emit/emit-shared.js";
import { emitters } from "../../generator/emit/registry.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { generatorFingerprint } from "../../generator/memo/fingerprint.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { goldenRoot } from "../support/generate.js";
import { tempWorkspace } from "../support/temp-spec.js";

/**
 * Runs that wait to be let go from the `held`-th on (the first run is the first), and a finish that takes a turn of
 * the event loop; each step logged.
 */
function heldRun(steps: string[], held = 1) {
  let calls = 0;
  let letGo: () => void = () => undefined;
  let started: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  const run: RunOnce = Object.assign(
    async () => {
      if (++calls < held) return 0;
      steps.push("run");
      started();
      await new Promise<void>((resolve) => (letGo = resolve));
      steps.push("ran");
      return 0;
    },
    {
      finish: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        steps.push("finished");
      },
      warm: async () => undefined,
    },
  );
  return { run, running, letGo: () => letGo() };
}

test("stopped during a run, the watch finishes once that run ended, and returns after the finish", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "watch-finish-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const steps: string[] = [];
  const { run, running, letGo } = heldRun(steps);
  let stop: () => void = () => undefined;
  const ended = watchSpec(run, {
    specDir: dir,
    label: "spec",
    ignore: [],
    say: () => undefined,
    quiet: true,
    stop: new Promise<void>((resolve) => (stop = resolve)),
  });
  await running;
  stop();
  letGo();
  const code = await ended;
  steps.push("returned");
  expect([code, steps]).toEqual([0, ["run", "ran", "finished", "returned"]]);
});

test("stopped during a save's run, the watch finishes once that run ended", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "watch-finish-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const steps: string[] = [];
  const { run, running, letGo } = heldRun(steps, 2);
  let stop: () => void = () => undefined;
  let watching: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (watching = resolve));
  const ended = watchSpec(run, {
    specDir: dir,
    label: "spec",
    ignore: [],
    say: () => watching(),
    quiet: false,
    stop: new Promise<void>((resolve) => (stop = resolve)),
    debounceMs: 10,
  });
  await started;
  await writeFile(path.join(dir, "saved.yaml"), "operation: saved\n");
  await running;
  stop();
  // The run held past a few turns of the event loop: a finish that did not wait for it would be done by then.
  for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
  letGo();
  const code = await ended;
  steps.push("returned");
  expect([code, steps]).toEqual([0, ["run", "ran", "finished", "returned"]]);
});

test("a spec folder that cannot be watched still finishes after its one run", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "watch-finish-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const steps: string[] = [];
  const { run, running, letGo } = heldRun(steps);
  const ended = watchSpec(run, {
    specDir: path.join(dir, "missing"),
    label: "spec",
    ignore: [],
    say: () => undefined,
    quiet: true,
    stop: new Promise<void>(() => undefined),
  });
  await running;
  letGo();
  const code = await ended;
  steps.push("returned");
  expect([code, steps]).toEqual([1, ["run", "ran", "finished", "returned"]]);
});

test("a repeated run's store of pieces reaches the memo folder at its finish, not before", async () => {
  const { root } = await tempWorkspace(path.join(goldenRoot, "spec"));
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  const cacheDir = path.join(root, "memo");
  const run = generateRun(
    { spec: "spec", out: "generated", check: false, cacheDir, quiet: true, repeated: true },
    { stdout: { write: () => true }, stderr: { isTTY: false, write: () => true }, cwd: root },
  );
  expect(await run()).toBe(0);
  // The entry a new process reads the operations' pieces from: made by the flush alone in a repeated process.
  const storeKey = memoKey("piece-store", generatorFingerprint(), emitterNames(emitters));
  expect(diskMemo(cacheDir).getBytes?.(storeKey)).toBeUndefined();
  await run.finish();
  expect(diskMemo(cacheDir).getBytes?.(storeKey)?.length ?? 0).toBeGreaterThan(0);
});
