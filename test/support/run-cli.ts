import { execFile } from "node:child_process";
import path from "node:path";
import { command as changes } from "../../generator/changes-cli.js";
import { command as generate } from "../../generator/cli.js";
import type { CommandMain } from "../../generator/command-line.js";
import { command as sync } from "../../generator/sync-cli.js";
import { launcher, repoRoot } from "./paths.js";

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the generator's command line as `npm run generate --` does, in `cwd`: a process of its own. */
export const runCli = (args: readonly string[], cwd: string): Promise<CliRun> => runCommand("cli.ts", args, cwd);

const COMMANDS: Record<string, CommandMain> = { "cli.ts": generate, "sync-cli.ts": sync, "changes-cli.ts": changes };

/**
 * Runs one of the commands in generator/ in this process, as its process runs it (the same function, given
 * the arguments, the working folder and the output streams), without the cost of a process that starts and
 * loads the generator: for the tests of what a command does. Each command keeps one test of its own process.
 */
export async function runInProcess(script: string, args: readonly string[], cwd: string): Promise<CliRun> {
  const command = COMMANDS[script];
  if (!command) throw new Error(`no command ${script}`);
  let stdout = "";
  let stderr = "";
  const status = await command(args, {
    cwd,
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}

/** Runs one of the commands in generator/ (cli.ts, sync-cli.ts, changes-cli.ts) as npm does, in `cwd`. */
export function runCommand(script: string, args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [launcher, path.join(repoRoot, "generator", script), ...args],
      { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
