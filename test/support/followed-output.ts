import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { launcher, repoRoot } from "./paths.js";

/** A process whose output (stdout and stderr together) is waited for line by line. */
export interface Followed {
  readonly child: ChildProcess;
  /** Its exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** The output from the end of the last match up to the next line that matches `pattern`. */
  readonly until: (pattern: RegExp) => Promise<string>;
}

/** `npm run generate -- <args>` in `cwd`, its output followed. */
export const startGenerate = (cwd: string, ...args: string[]): Followed =>
  followed(
    spawn(process.execPath, [launcher, path.join(repoRoot, "generator", "cli.ts"), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
    }),
  );

/**
 * `npm run generate` (`command` cli.ts) or `npm run sync` (sync-cli.ts) with `args` in `cwd`, `preload` loaded
 * first (`node --require`) and `env` added, its output followed.
 */
export const startPreloaded = (
  command: "cli.ts" | "sync-cli.ts",
  cwd: string,
  preload: string,
  env: Record<string, string>,
  ...args: string[]
): Followed =>
  followed(
    spawn(process.execPath, ["--require", preload, launcher, path.join(repoRoot, "generator", command), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", ...env },
    }),
  );

/** `npm run sync -- <args>` in `cwd`, its output followed. */
export const startSync = (cwd: string, ...args: string[]): Followed =>
  followed(
    spawn(process.execPath, [launcher, path.join(repoRoot, "generator", "sync-cli.ts"), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1" },
    }),
  );

/** `child`'s output followed: each wait takes the output up to its match, the next starts after it. */
export function followed(child: ChildProcess): Followed {
  let output = "";
  let seen = 0;
  const waiting: { pattern: RegExp; resolve: (text: string) => void }[] = [];
  const take = () => {
    for (const wait of [...waiting]) {
      const match = wait.pattern.exec(output.slice(seen));
      if (!match) continue;
      // What comes after the match is for the next wait.
      const end = seen + match.index + match[0].length;
      const text = output.slice(seen, end);
      seen = end;
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(text);
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      take();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    exited,
    until: (pattern) =>
      new Promise<string>((resolve) => {
        waiting.push({ pattern, resolve });
        take();
      }),
  };
}
