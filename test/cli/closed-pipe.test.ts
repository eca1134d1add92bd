// A command whose output's reader goes away (`npm run generate -- --help | head -1`)
// ends with its own exit code and says nothing more, where an unhandled EPIPE
// stopped the process with a stack trace. One process: the streams are the process's.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "vitest";
import { launcher, repoRoot } from "../support/paths.js";

test("--help into a pipe closed before it is written: exit 0, nothing on stderr", async () => {
  const child = spawn(process.execPath, [launcher, path.join(repoRoot, "generator", "cli.ts"), "--help"], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Closed at once: the command starts well after, and its first write meets a pipe with no reader.
  child.stdout.destroy();
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => void (stderr += text));
  const code = await new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});
