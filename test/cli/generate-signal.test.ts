// How a single `npm run generate` ends at Ctrl-C or a SIGTERM: with the
// conventional exit code (130, 143), the locks it held beside spec/ and
// generated/ released, and the output as it was or wholly written, as after
// a kill. Real child processes: the signal is what is tested.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, onTestFinished, test } from "vitest";
import { lockPathOf } from "../../generator/write/lock-holder.js";
import { holdFolder } from "../support/held-folder.js";
import { startGenerate, startPreloaded } from "../support/followed-output.js";
import { fixturesDir, repoRoot } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** The broken-spec corpus' small valid spec: one operation. */
const smallSpec = path.join(fixturesDir, "invalid", "_base");

/** Preloaded into a run, it makes the run send itself a SIGTERM at a step of its write named by SIGNAL_AT. */
const signalAtWrite = path.join(repoRoot, "test", "support", "signal-at-write.cjs");

/** The owner files of the lock on `folder`: none when it is free. */
function lockOwners(folder: string): string[] {
  try {
    return readdirSync(lockPathOf(folder)).filter((name) => name.startsWith("owner-"));
  } catch {
    return [];
  }
}

/** Every file of `dir` by its path, as a hash of its content. */
function treeHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex"));
  }
  return hashes;
}

test.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)(
  "%s while the run waits for the output folder: exit %i, the spec's lock released, nothing left beside",
  async (signal, code) => {
    const { root, spec } = await tempWorkspace(smallSpec);
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const out = path.join(root, "generated");
    // The output folder held by this process: the run takes the spec's lock, makes the files, then waits here.
    const held = await holdFolder(out);
    const run = startGenerate(root, "--no-cache");
    onTestFinished(() => void run.child.kill("SIGKILL"));
    // Waiting: the run has prepared its own lock folder beside the one this process holds.
    const waiting = `${path.basename(lockPathOf(out))}-${run.child.pid}-`;
    while (!readdirSync(root).some((name) => name.startsWith(waiting))) await sleep(20);
    expect(lockOwners(spec)).toHaveLength(1);

    run.child.kill(signal);
    expect(await run.exited).toBe(code);
    expect(lockOwners(spec)).toEqual([]);
    // Only this process's lock is left: no lock of the spec's, no prepared folder of the run's.
    expect((await readdir(root)).sort()).toEqual(["generated.sips-json-lock", "spec"]);
    held.letGo();
    await held.released;
    expect((await readdir(root)).sort()).toEqual(["spec"]);
  },
  60_000,
);

/**
 * The steps of a write of generated/ at which the run sends itself a SIGTERM (signal-at-write.cjs): as its staged
 * files begin, before the journal's commit, and between two of its renames into the folder, after it. A signal
 * sent from here at a random delay after the spec's lock was taken arrived after the write in 6 runs of 6: a run
 * of this spec writes for a few milliseconds.
 */
const WRITE_STEPS = ["staging", "rename"] as const;

test.each(WRITE_STEPS)(
  "SIGTERM pending from the write's %s step on: exit 143, no lock nor staging left, the whole new tree",
  async (step) => {
    // The small spec: what is tested is where the write stands when the signal comes, which a run of one operation
    // reaches as a run of the repository's does, the killed child generating it cold for a fraction of the CPU.
    const { root, spec } = await tempWorkspace(smallSpec);
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const out = path.join(root, "generated");
    // The output a first run writes from the spec, the command run in this worker.
    const first = await runInProcess("cli.ts", ["--no-cache"], root);
    expect(first.status, `${first.stdout}${first.stderr}`).toBe(0);
    const before = treeHashes(out);
    await editFile(
      path.join(spec, "operations/demo/pingInitialize.yaml"),
      "summary: A small operation for broken-spec tests.",
      "summary: A small operation for the tests of broken specs.",
    );

    const run = startPreloaded("cli.ts", root, signalAtWrite, { SIGNAL_AT: step }, "--no-cache");
    onTestFinished(() => void run.child.kill("SIGKILL"));
    // Said as the signal is sent: without it the run never reached the step, and nothing below tests it.
    const said = run.until(/signalled at \S+: .*\n/);
    const exited = await run.exited;
    expect(await Promise.race([said, sleep(1000).then(() => "(never said)")])).toContain(`signalled at ${step}: `);
    expect(exited).toBe(143);
    // No lock of either folder, no staging folder: the write was not left half-way for the next run to finish.
    expect((await readdir(root)).sort()).toEqual(["generated", "spec"]);
    // The handler runs between two steps of the run, never inside its synchronous write: once begun, the write
    // ends whole. Several files changed, so a signal at the first rename came between two renames.
    const after = treeHashes(out);
    const changed = [...after].filter(([file, hash]) => before.get(file) !== hash).length;
    expect(changed).toBeGreaterThanOrEqual(2);
    // The check's own command, run in this worker: what is tested of a process is the killed run's end, not the
    // check's (a process of its own cost some 1.3-2 s of CPU, the generator loaded cold).
    const check = await runInProcess("cli.ts", ["--check", "--no-cache"], root);
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  },
  120_000,
);

test("SIGTERM while a cold run writes its memo: exit 143, no temporary file of the memo left", async () => {
  const { root } = await tempWorkspace();
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  const memo = path.join(root, "memo");
  const run = startGenerate(root, "--cache-dir", memo);
  onTestFinished(() => void run.child.kill("SIGKILL"));
  // The run's own folder of temporary files: entries are being written (thousands, on a cold run).
  const temporary = path.join(memo, "tmp");
  const writing = () => existsSync(temporary) && readdirSync(temporary).length > 0;
  while (!writing() && run.child.exitCode === null) await sleep(2);
  run.child.kill("SIGTERM");
  const exited = await run.exited;
  expect(exited).toBe(143);
  const left = readdirSync(memo, { recursive: true }).filter((name) => String(name).endsWith(".tmp"));
  expect(left).toEqual([]);
}, 60_000);
