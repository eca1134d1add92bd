// How `npm run sync` ends at Ctrl-C or a SIGTERM while it holds or waits for
// the spec folder's lock: with the conventional exit code (130, 143) and
// nothing of its own left beside spec/, so the next run finds the folder
// free; a signal that comes while it writes its edits is answered once they
// are whole. Real child processes: the signal is what is tested.
import { readdir, readFile, rm } from "node:fs/promises";
import { readdirSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, onTestFinished, test } from "vitest";
import { lockPathOf } from "../../generator/write/lock-holder.js";
import { holdFolder } from "../support/held-folder.js";
import { startPreloaded, startSync } from "../support/followed-output.js";
import { fixturesDir, repoRoot } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

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

/** Preloaded into a run, it makes the run send itself a SIGTERM at a step of its write named by SIGNAL_AT. */
const signalAtWrite = path.join(repoRoot, "test", "support", "signal-at-write.cjs");

// The run sends itself the signal (signal-at-write.cjs) as it stages its edit of spec/, and before its one rename:
// a signal from here at a chosen delay would land in a write of a few milliseconds only by chance.
test.each(["staging", "rename"] as const)(
  "SIGTERM pending from the %s step of sync's write on: exit 143, no lock nor staging left, the edit whole",
  async (step) => {
    const { root, spec } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const operation = path.join(spec, "operations/office/cardCheck.yaml");
    const before = await readFile(operation, "utf8");
    await editFile(path.join(spec, "sources/cardCheck.page.txt"), "IR_WS_2.50", "IR_WS_2.60");

    const run = startPreloaded("sync-cli.ts", root, signalAtWrite, { SIGNAL_AT: step });
    onTestFinished(() => void run.child.kill("SIGKILL"));
    // Said as the signal is sent: without it the run never reached the step, and nothing below tests it.
    const said = run.until(/signalled at \S+: .*\n/);
    const exited = await run.exited;
    expect(await Promise.race([said, sleep(1000).then(() => "(never said)")])).toContain(`signalled at ${step}: `);
    expect(exited).toBe(143);
    expect((await readdir(root)).sort()).toEqual(["spec"]);
    // The write, once begun, ended whole before the handler ran: the spec now agrees with its page.
    expect(await readFile(operation, "utf8")).not.toBe(before);
    const check = await runInProcess("sync-cli.ts", ["--check"], root);
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  },
  60_000,
);
