// Where the user typed a command that npm runs from the package's root.

import path from "node:path";

/** An option without a value: `--check`, `--no-cache`, `-q`. */
const FLAG = /^--?[A-Za-z][A-Za-z0-9-]*$/;

/**
 * The folder the user typed the command in, which its relative paths mean: `cwd` unless this process is the
 * script `npm run` started for the package in `cwd`. npm runs a script from the package's root wherever it was
 * typed, and says where in INIT_CWD (every npm sets it anew, so an npm a script starts says the root, where
 * the script was written). The process is that script when npm_package_json is the package here and
 * npm_lifecycle_script is the process's own command line (`node scripts/run-bundled.cjs generator/cli.ts`,
 * node's own options before the file as `execArgv` gives them, the user's arguments after it): a command
 * another script starts without npm (npm test's `sync --check`,
 * through scripts/run-steps.mjs) inherits that npm's variables, and its arguments were written for the root.
 * So were a script's own arguments: one that passes more than flags keeps the root for every path.
 */
export function typedFolder(
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
  cwd: string,
  execArgv: readonly string[] = [],
): string {
  const typed = env.INIT_CWD;
  if (typed === undefined || !path.isAbsolute(typed)) return cwd;
  if (env.npm_package_json !== path.join(cwd, "package.json")) return cwd;
  const script = (env.npm_lifecycle_script ?? "").trim().split(/\s+/);
  const [, file, ...args] = argv;
  if (file === undefined || script.length < 2 + execArgv.length) return cwd;
  const ran = [...execArgv, path.relative(cwd, file).split(path.sep).join("/"), ...args];
  if (!script.slice(1).every((word, i) => word === ran[i])) return cwd;
  // The script's own words past its command (`--check --no-cache`) were written for the root: one that is not a
  // flag may be a path (`--out docs/out`), which read from the typed folder would write elsewhere.
  return script.slice(3 + execArgv.length).every((word) => FLAG.test(word)) ? typed : cwd;
}

/**
 * `value`, a path read from `root` (an option's default, written for the package's root), as a path from
 * `cwd`: the folder the user typed the command in, which every other path and every message is relative to.
 */
export const fromRoot = (root: string, cwd: string, value: string): string =>
  path.relative(cwd, path.resolve(root, value)) || ".";
