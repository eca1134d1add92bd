// Usage errors of the command line are exit 1 with a message that says what
// to do, never a stack: the stack and exit 2 are for the generator's own bugs.
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { runInProcess } from "../support/run-cli.js";

test.each([
  { about: "a missing spec folder", args: ["--spec", "nowhere"], want: 'spec folder "nowhere" does not exist' },
  { about: "the default spec folder missing", args: [], want: 'spec folder "spec" does not exist' },
  {
    about: "a file given as the spec folder",
    args: ["--spec", "file.txt"],
    want: 'spec folder "file.txt" is not a folder',
  },
])("$about: exit 1, a clear message, nothing written", async ({ args, want }) => {
  const root = await mkdtemp(path.join(tmpdir(), "sips-usage-"));
  await writeFile(path.join(root, "file.txt"), "not a folder\n");
  const run = await runInProcess("cli.ts", [...args, "--no-cache"], root);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(want);
  expect(run.stderr).toContain("--spec <dir>");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe("");
  expect(existsSync(path.join(root, "generated"))).toBe(false);
});
