// `npm run changes` against a git ref, in a throwaway repository: the base
// spec comes from git, the other from the working tree.
import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixturesDir } from "../support/paths.js";
import { runCommand, runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

let root = "";
beforeAll(async () => {
  ({ root } = await tempWorkspace(path.join(fixturesDir, "golden", "spec")));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "add", ".");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", "base");
  await editFile(
    path.join(root, "spec/operations/office/cardCheck.yaml"),
    "    cards:\n      presence: optional",
    "    cards:\n      presence: required",
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

test("--format json: the verdict and each change with its place and classes", async () => {
  const run = await runCommand("changes-cli.ts", ["--base", "main", "--format", "json"], root);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({
    semver: "major",
    changes: [
      {
        operation: "cardCheck",
        message: "response",
        field: "/cards",
        kind: "presence",
        classes: ["breaking-response"],
        summary:
          "cards: presence optional → required. Responses without it are refused; code constructing responses stops compiling.",
      },
    ],
  });
});

// The command in this process: the test above runs its process, end to end.
test("Markdown by default; an unknown ref is a failure, not a report", async () => {
  const run = await runInProcess("changes-cli.ts", ["--base", "main"], root);
  expect(run.stdout).toContain(
    "## Spec changes since `main`: major release\n\n### Breaking for readers of responses\n",
  );
  const bad = await runInProcess("changes-cli.ts", ["--base", "no-such-ref"], root);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/^changes failed: .*no-such-ref/);
});
