// How `npm run sync` ends at Ctrl-C or a SIGTERM while it holds or waits for
// the spec folder's lock: with the conventional exit code (130, 143) and
// nothing of its own left beside spec/, so the next run finds the folder
// free. Real child processes: the signal is what is tested.
import { readdir, rm } from "node:fs/promises";
import { readdirSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, onTestFinished, test } from "vitest";
import { lockPathOf } from "../../generator/write/lock-holder.js";
import { holdFolder } from "../support/held-folder.js";
import { startSync } from "../support/followed-output.js";
import { fixturesDir } from "../support/paths.js";
import { tempWorkspace } from "../support/temp-spec.js";

/** The broken-spec corpus' small valid spec: one operation. */
const smallSpec = path.join(fixturesDir, "invalid", "_base");

test.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)(
  "%s while sync waits for the spec folder: exit %i, nothing of the run left beside spec/",
  async (signal, code) => {
    const { root, spec } = await tempWorkspace(smallSpec);
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    // The spec folder held by this process: sync's first step (finishing a cut change) waits for it.
    const held = await holdFolder(spec);
    const run = startSync(root);
    onTestFinished(() => void run.child.kill("SIGKILL"));
    // Waiting: the run has prepared its own lock folder beside the one this process holds.
    const waiting = `${path.basename(lockPathOf(spec))}-${run.child.pid}-`;
    while (!readdirSync(root).some((name) => name.startsWith(waiting))) await sleep(20);

    run.child.kill(signal);
    expect(await run.exited).toBe(code);
    // Only this process's lock is left: no folder the run prepared.
    expect((await readdir(root)).sort()).toEqual(["spec", "spec.sips-json-lock"]);
    held.letGo();
    await held.released;
    expect((await readdir(root)).sort()).toEqual(["spec"]);
  },
  60_000,
);
