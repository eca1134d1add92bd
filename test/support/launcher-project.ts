// A throwaway project for the tests of the launcher (scripts/run-bundled.cjs):
// a copy of the launcher's scripts, esbuild linked in, and a command of a few
// modules, so that no bundle of the real generator is touched.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./paths.js";
import { writeFiles } from "./temp-spec.js";

/** The launcher's scripts: itself, its builder, esbuild plugins and stamp, and the runner of the bundle with its code cache. */
const LAUNCHER = [
  "run-bundled.cjs",
  "bundle-build.cjs",
  "bundle-plugins.cjs",
  "remembered-indents.cjs",
  "propagated-breaks.cjs",
  "bundle-stamp.cjs",
  "cached-script.cjs",
];

/** The command line the launcher's entry imports (generator/command-line.ts), reduced to what it calls. */
const COMMAND_LINE = `
export type CommandMain = (args: readonly string[], io: { out: (text: string) => void }) => Promise<number>;
export function runAsProcess(command: CommandMain, args: readonly string[]): void {
  void command(args, { out: (text) => void process.stdout.write(text) }).then((code) => process.exit(code));
}
`;

/** A new project in a temporary folder, with `files` (paths from its root) beside the command line. */
export async function launcherProject(files: Readonly<Record<string, string>>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-run-bundled-"));
  await mkdir(path.join(root, "scripts"));
  for (const script of LAUNCHER)
    await copyFile(path.join(repoRoot, "scripts", script), path.join(root, "scripts", script));
  await mkdir(path.join(root, "node_modules"));
  await symlink(path.join(repoRoot, "node_modules", "esbuild"), path.join(root, "node_modules", "esbuild"));
  await writeFiles(root, { "generator/command-line.ts": COMMAND_LINE, ...files });
  return root;
}

/** Runs the project's generator/entry.ts through its launcher, from another folder. */
export const runLauncher = (root: string, ...args: string[]): Promise<LauncherRun> =>
  runLauncherUnder([], root, ...args);

export interface LauncherRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** runLauncher, node started with `nodeOptions` (before the launcher, as an npm script gives them). */
export function runLauncherUnder(
  nodeOptions: readonly string[],
  root: string,
  ...args: string[]
): Promise<LauncherRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...nodeOptions, path.join(root, "scripts", "run-bundled.cjs"), "generator/entry.ts", ...args],
      { cwd: tmpdir(), encoding: "utf8" },
      // A process stopped by a signal has no exit code: not a status of 0.
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

/** The folder of the project's one bundle, where its code caches are kept. */
export async function bundleFolderOf(root: string): Promise<string> {
  const cacheDir = path.join(root, "node_modules", ".cache", "sips-json");
  const [bundle, ...more] = (await readdir(cacheDir, { withFileTypes: true })).filter((e) => e.isDirectory());
  if (bundle === undefined || more.length > 0) throw new Error(`not one bundle in ${cacheDir}`);
  return path.join(cacheDir, bundle.name);
}

/**
 * The code cache of the project's one bundle: its one cache file, whatever V8's tag of the flags it was made under
 * names it by (cached-script.cjs).
 */
export async function codeCacheOf(root: string): Promise<string> {
  const folder = await bundleFolderOf(root);
  const caches = (await readdir(folder)).filter((name) => name.endsWith(".v8cache"));
  if (caches.length !== 1) throw new Error(`${caches.length} code caches in ${folder}: ${caches.join(", ")}`);
  return path.join(folder, caches[0] as string);
}
