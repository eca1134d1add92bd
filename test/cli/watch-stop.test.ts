// How `npm run generate -- --watch` ends: Ctrl-C or a SIGTERM (a process
// manager, an editor's task runner) stops it once the run in progress has
// written, its locks released; started by npm, it stops when the shell npm
// ran it under goes, which is all a SIGTERM sent to npm ends. No timing is
// asserted: each step waits for what it expects.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { expect, onTestFinished, test } from "vitest";
import { withFolderLock } from "../../generator/write/folder-lock.js";
import { lockPathOf } from "../../generator/write/lock-holder.js";
import { nodeFs } from "../../generator/write/node-fs.js";
import { followed, startGenerate } from "../support/followed-output.js";
import { fixturesDir, launcher, repoRoot } from "../support/paths.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** The broken-spec corpus' small valid spec: one operation. */
const smallSpec = path.join(fixturesDir, "invalid", "_base");
const OPERATION = "operations/demo/pingInitialize.yaml";

/** The owner files of the lock on `folder`: none when it is free. */
function lockOwners(folder: string): string[] {
  try {
    return readdirSync(lockPathOf(folder)).filter((name) => name.startsWith("owner-"));
  } catch {
    return [];
  }
}

test.each(["SIGTERM", "SIGINT"] as const)(
  "%s during a run ends the watch once that run has written, with the spec's lock released (exit 0)",
  async (signal) => {
    const { root, spec } = await tempWorkspace(smallSpec);
    onTestFinished(() => rm(root, { recursive: true, force: true }));
    const watch = startGenerate(root, "--watch");
    onTestFinished(() => void watch.child.kill("SIGKILL"));
    await watch.until(/Watching spec\/ for changes/);

    // The output folder held by this process: the save's run takes the spec's lock, makes the files, then waits here.
    let letGo: () => void = () => undefined;
    let taken: () => void = () => undefined;
    const outputTaken = new Promise<void>((resolve) => (taken = resolve));
    const held = withFolderLock(path.join(root, "generated"), nodeFs, async () => {
      taken();
      await new Promise<void>((resolve) => (letGo = resolve));
    });
    await outputTaken;
    await editFile(path.join(spec, OPERATION), "A small operation for broken-spec tests.", "A small operation.");
    while (lockOwners(spec).length === 0) await sleep(20);

    watch.child.kill(signal);
    letGo();
    await held;
    expect(await watch.exited).toBe(0);
    expect(lockOwners(spec)).toEqual([]);
    expect(await readFile(path.join(root, "generated/operations/pingInitialize/types.ts"), "utf8")).toContain(
      "A small operation.",
    );
  },
  60_000,
);

test("started as npm starts it, the watch ends when the shell npm ran it under is ended by a SIGTERM", async () => {
  const { root } = await tempWorkspace(smallSpec);
  onTestFinished(() => rm(root, { recursive: true, force: true }));
  // As npm run starts a script: under a shell, with npm_command set; the shell prints the command's pid, then waits.
  const script = '"$0" "$1" "$2" --watch & echo "$!"; wait';
  const shell = spawn("sh", ["-c", script, process.execPath, launcher, path.join(repoRoot, "generator", "cli.ts")], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1", npm_command: "run-script" },
  });
  const watch = followed(shell);
  const pid = Number((await watch.until(/^\d+\n/)).trim());
  await watch.until(/Watching spec\/ for changes/);
  // The command's output is the shell's: it closes once the command has ended too.
  const closed = once(shell.stdout, "close");
  // A command that runs on fails the test by its timeout, and is ended then (only then: its pid may be another's once it ended).
  let ended = false;
  onTestFinished(() => {
    if (!ended) process.kill(pid, "SIGKILL");
  });
  shell.kill("SIGTERM");
  await watch.exited;
  await closed;
  ended = true;
}, 60_000);
