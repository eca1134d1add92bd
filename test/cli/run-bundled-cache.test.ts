// scripts/cached-script.mjs: the bundle of a command runs from a V8 code
// cache kept beside it, made by the first run, kept by the runs after, and
// made again when V8 cannot use it; the command's output is the same either
// way. On a throwaway project (a launcher copy, a two-module command, esbuild
// linked in), as test/cli/run-bundled.test.ts does.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../support/paths.js";
import { writeFiles } from "../support/temp-spec.js";

const COMMAND_LINE = `
export type CommandMain = (args: readonly string[], io: { out: (text: string) => void }) => Promise<number>;
export function runAsProcess(command: CommandMain, args: readonly string[]): void {
  void command(args, { out: (text) => void process.stdout.write(text) }).then((code) => process.exit(code));
}
`;

const ENTRY = `
export const command = async (args: readonly string[], io: { out: (text: string) => void }) => {
  const later = args.includes("--later") ? (await import("./later.ts")).sum([1, 2, 3]) : null;
  io.out(JSON.stringify({ args, later }));
  return 0;
};
`;

const LATER = `
export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
`;

async function project(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-run-bundled-cache-"));
  await mkdir(path.join(root, "scripts"));
  for (const script of ["run-bundled.mjs", "bundle-plugins.mjs", "cached-script.mjs"])
    await copyFile(path.join(repoRoot, "scripts", script), path.join(root, "scripts", script));
  await mkdir(path.join(root, "node_modules"));
  await symlink(path.join(repoRoot, "node_modules", "esbuild"), path.join(root, "node_modules", "esbuild"));
  await writeFiles(root, {
    "generator/command-line.ts": COMMAND_LINE,
    "generator/entry.ts": ENTRY,
    "generator/later.ts": LATER,
  });
  return root;
}

function run(root: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, "scripts", "run-bundled.mjs"), "generator/entry.ts", ...args],
      { cwd: tmpdir(), encoding: "utf8" },
      // A process stopped by a signal has no exit code: not a status of 0.
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? -1) : 0, stdout, stderr }),
    );
  });
}

/** The code cache of the one bundle built, for this node. */
async function cacheFile(root: string): Promise<string> {
  const cacheDir = path.join(root, "node_modules", ".cache", "sips-json");
  const [bundle] = (await readdir(cacheDir, { withFileTypes: true })).filter((e) => e.isDirectory());
  return path.join(cacheDir, bundle?.name ?? "", `stdin.cjs.${process.version}-${process.arch}.v8cache`);
}

test("the first run makes the code cache, the next runs keep it, and one V8 cannot use is made again", async () => {
  const root = await project();
  const first = await run(root, "--later");
  expect(first).toEqual({ status: 0, stdout: JSON.stringify({ args: ["--later"], later: 6 }), stderr: "" });
  const cache = await cacheFile(root);
  const made = await stat(cache);
  expect(made.size).toBeGreaterThan(8);

  // Run from the cache: the same output, and the cache left as it is (not written again on every run).
  const again = await run(root, "--later", "x");
  expect(again).toEqual({ status: 0, stdout: JSON.stringify({ args: ["--later", "x"], later: 6 }), stderr: "" });
  const kept = await stat(cache);
  expect([kept.ino, kept.mtimeMs]).toEqual([made.ino, made.mtimeMs]);

  // A cache V8 rejects (another V8's, or damaged): the run compiles the script, and makes the cache again.
  const damaged = Buffer.alloc(4096, 7);
  await writeFile(cache, damaged);
  const fromDamaged = await run(root, "--later");
  expect(fromDamaged).toEqual({ status: 0, stdout: JSON.stringify({ args: ["--later"], later: 6 }), stderr: "" });
  expect((await readFile(cache)).equals(damaged)).toBe(false);
  expect((await readFile(cache)).length).toBeGreaterThan(8);
});

test("a cache made by a run that compiled little is made again by one that compiles much more", async () => {
  const root = await project();
  expect((await run(root)).status).toBe(0);
  const cache = await cacheFile(root);
  const small = await readFile(cache);
  // The header says the run that made it held no bytecode at all: any run holds more, and makes it again.
  small.writeBigUInt64LE(1n, 0);
  await writeFile(cache, small);
  expect((await run(root, "--later")).stdout).toBe(JSON.stringify({ args: ["--later"], later: 6 }));
  expect((await readFile(cache)).readBigUInt64LE(0)).toBeGreaterThan(1n);
});

test("a cache damaged past its header is never given to V8: the run compiles the script, and makes the cache again", async () => {
  const root = await project();
  expect((await run(root, "--later")).status).toBe(0);
  const cache = await cacheFile(root);
  const damaged = await readFile(cache);
  // V8 checks the header of what it deserializes, not the bytes after it: these would stop the process, or run.
  for (let i = 128; i < damaged.length; i += 16) damaged[i] = (damaged[i] ?? 0) ^ 0xff;
  await writeFile(cache, damaged);
  const fromDamaged = await run(root, "--later");
  expect(fromDamaged).toEqual({ status: 0, stdout: JSON.stringify({ args: ["--later"], later: 6 }), stderr: "" });
  expect((await readFile(cache)).equals(damaged)).toBe(false);
});
