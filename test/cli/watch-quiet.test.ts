// What --watch says beside the runs' own output: that it watches, unless
// --quiet, which promises only problems. The watch is asked to stop before it
// starts, so it ends right after its first run and what it says then.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, onTestFinished, test } from "vitest";
import type { RunOnce } from "../../generator/cli/generate-run.js";
import { watchSpec } from "../../generator/cli/watch.js";

/** What a watch of an empty folder says from its start to its stop, with runs that print nothing. */
async function said(quiet: boolean): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "watch-quiet-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const run: RunOnce = Object.assign(async () => 0, { finish: async () => undefined, warm: async () => undefined });
  const lines: string[] = [];
  const code = await watchSpec(run, {
    specDir: dir,
    label: "spec",
    ignore: [],
    say: (text) => lines.push(text),
    quiet,
    stop: Promise.resolve(),
  });
  expect(code).toBe(0);
  return lines;
}

test("--watch says that it watches the spec folder", async () => {
  expect(await said(false)).toEqual(["Watching spec/ for changes (Ctrl-C to stop)."]);
});

test("--watch --quiet does not say that it watches: it prints only problems", async () => {
  expect(await said(true)).toEqual([]);
});
