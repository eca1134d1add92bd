// scripts/cached-script.cjs: the bundle of a command runs from a V8 code
// cache kept beside it, made by the first run, kept by the runs after, and
// made again when V8 cannot use it; the command's output is the same either
// way. On a throwaway project (test/support/launcher-project.ts: a launcher
// copy, a two-module command, esbuild linked in), as run-bundled.test.ts does:
// one for the file, whose first run builds the bundle and makes the cache that
// each test then damages in its own way; and one whose bundle is not ASCII.
import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import {
  bundleFolderOf,
  codeCacheOf,
  launcherProject,
  runLauncher,
  runLauncherUnder,
} from "../support/launcher-project.js";

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

const run = runLauncher;

/**
 * The file's project and its first run, which built the bundle and made the code cache: made by the first test that
 * asks. Each test leaves a cache the launcher made, for the next one to damage (a project of its own cost each test a
 * build and a run).
 */
let built: Promise<{ root: string; first: Awaited<ReturnType<typeof run>> }> | undefined;
const firstRun = () =>
  (built ??= (async () => {
    const root = await launcherProject({ "generator/entry.ts": ENTRY, "generator/later.ts": LATER });
    return { root, first: await run(root, "--later") };
  })());

/** Whether `cache` is one the launcher made and keeps: its header's hash is that of the bytes after it. */
const madeWhole = (cache: Buffer): boolean =>
  createHash("sha256").update(cache.subarray(48)).digest().equals(cache.subarray(16, 48));

test("the first run makes the code cache, the next runs keep it, and one V8 cannot use is made again", async () => {
  const { root, first } = await firstRun();
  expect(first).toEqual({ status: 0, stdout: JSON.stringify({ args: ["--later"], later: 6 }), stderr: "" });
  const cache = await codeCacheOf(root);
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
  const { root } = await firstRun();
  const cache = await codeCacheOf(root);
  const small = await readFile(cache);
  expect(madeWhole(small)).toBe(true);
  // The header says the run that made it held no bytecode nor machine code at all: any run holds more, and makes it
  // again.
  small.writeBigUInt64LE(1n, 0);
  small.writeBigUInt64LE(1n, 8);
  await writeFile(cache, small);
  expect((await run(root, "--later")).stdout).toBe(JSON.stringify({ args: ["--later"], later: 6 }));
  expect((await readFile(cache)).readBigUInt64LE(0)).toBeGreaterThan(1n);
});

test("a run that compiled no more machine code than the one that made the cache keeps it, its bytecode not counted", async () => {
  const { root } = await firstRun();
  const cache = await codeCacheOf(root);
  const header = await readFile(cache);
  expect(madeWhole(header)).toBe(true);
  // No bytecode, but more machine code than any run of this command compiles: the bytecode is not looked at.
  header.writeBigUInt64LE(1n, 0);
  header.writeBigUInt64LE(2n ** 40n, 8);
  await writeFile(cache, header);
  const written = await stat(cache);
  expect((await run(root, "--later")).stdout).toBe(JSON.stringify({ args: ["--later"], later: 6 }));
  const kept = await stat(cache);
  expect([kept.ino, kept.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
});

test("a cache damaged past its header is never given to V8: the run compiles the script, and makes the cache again", async () => {
  const { root } = await firstRun();
  const cache = await codeCacheOf(root);
  const damaged = await readFile(cache);
  expect(madeWhole(damaged)).toBe(true);
  // V8 checks the header of what it deserializes, not the bytes after it: these would stop the process, or run.
  for (let i = 128; i < damaged.length; i += 16) damaged[i] = (damaged[i] ?? 0) ^ 0xff;
  await writeFile(cache, damaged);
  const fromDamaged = await run(root, "--later");
  expect(fromDamaged).toEqual({ status: 0, stdout: JSON.stringify({ args: ["--later"], later: 6 }), stderr: "" });
  expect((await readFile(cache)).equals(damaged)).toBe(false);
});

test("a bundle that is not ASCII (a regular expression's characters, which esbuild leaves as written) is read as UTF-8, from its cache too", async () => {
  const root = await launcherProject({
    "generator/entry.ts": `
export const command = async (_args: readonly string[], io: { out: (text: string) => void }) => {
  io.out(/[é’]/.source);
  return 0;
};
`,
  });
  const first = await run(root);
  expect(first).toEqual({ status: 0, stdout: "[é’]", stderr: "" });
  await stat(await codeCacheOf(root));
  expect(await run(root)).toEqual(first);
});

test("runs under other node options (V8 flags) keep a cache each: neither refuses and makes again the other's", async () => {
  const root = await launcherProject({ "generator/entry.ts": ENTRY, "generator/later.ts": LATER });
  const flagged = ["--initial-old-space-size=128"];
  const plain = await run(root, "--later");
  expect(plain).toEqual({ status: 0, stdout: JSON.stringify({ args: ["--later"], later: 6 }), stderr: "" });
  expect(await runLauncherUnder(flagged, root, "--later")).toEqual(plain);
  const folder = await bundleFolderOf(root);
  const caches = async () =>
    Promise.all(
      (await readdir(folder))
        .filter((name) => name.endsWith(".v8cache"))
        .map(async (name) => {
          const { ino, mtimeMs } = await stat(path.join(folder, name));
          return [name, ino, mtimeMs];
        }),
    );
  const made = await caches();
  expect(made).toHaveLength(2);
  // Each run again under the options of one of them finds its own, and writes neither.
  expect(await run(root, "--later")).toEqual(plain);
  expect(await runLauncherUnder(flagged, root, "--later")).toEqual(plain);
  expect(await caches()).toEqual(made);
});

test("a cache made by a run that collected the whole heap many times still holds what ran at its start", async () => {
  // V8 drops the bytecode of what has not run for some collections (5 on Node 20): the top level, the modules'
  // bodies. A first run of many operations collects many times, then makes the cache for every run after it.
  const root = await launcherProject({
    "generator/entry.ts": `
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
export const command = async (args: readonly string[], io: { out: (text: string) => void }) => {
  if (args.includes("--collect")) {
    // Once the bundle's top level has returned: what is on the stack is never dropped.
    await new Promise((resolve) => setImmediate(resolve));
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    // Each collection ages what has not run since the one before: V8's stress flag drops it at the first.
    setFlagsFromString("--stress-flush-code");
    for (let i = 0; i < 8; i++) gc();
    setFlagsFromString("--no-stress-flush-code");
    setFlagsFromString("--no-expose-gc");
  }
  io.out("done");
  return 0;
};
`,
  });
  expect(await run(root)).toEqual({ status: 0, stdout: "done", stderr: "" });
  const cache = await codeCacheOf(root);
  const calm = (await stat(cache)).size;
  await rm(cache);
  expect(await run(root, "--collect")).toEqual({ status: 0, stdout: "done", stderr: "" });
  expect((await stat(cache)).size).toBeGreaterThanOrEqual(calm);
});
