import { execFile } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./paths.js";

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the generator's command line as `npm run generate --` does, in `cwd`. */
export const runCli = (args: readonly string[], cwd: string): Promise<CliRun> => runCommand("cli.ts", args, cwd);

/** Runs one of the commands in generator/ (cli.ts, sync-cli.ts, changes-cli.ts) as npm does, in `cwd`. */
export function runCommand(script: string, args: readonly string[], cwd: string): Promise<CliRun> {
  const cli = path.join(repoRoot, "generator", script);
  // tsx's loader by path: `--import tsx` would be resolved from `cwd`, a temporary folder.
  const tsx = pathToFileURL(path.join(repoRoot, "node_modules", "tsx", "dist", "loader.mjs")).href;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", tsx, cli, ...args],
      { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
