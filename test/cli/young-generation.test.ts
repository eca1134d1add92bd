// On Node 20 the launcher (scripts/run-bundled.cjs) keeps V8's young
// generation at its first size until the command tells it of many operations
// to do afresh (generator/young-generation.ts), and sets the flag back before the code
// cache is made at exit, so that the next run, started under the launcher's
// flags, keeps that cache. Seen from a command run through a copy of the
// launcher: the new space's size after making data that lives, with and
// without widening it first; on a newer V8, that the launcher leaves it alone.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { codeCacheOf, launcherProject, runLauncher } from "../support/launcher-project.js";
import { repoRoot } from "../support/paths.js";

const ENTRY = `
import { getHeapSpaceStatistics } from "node:v8";
import { sizeYoungGeneration } from "./young-generation.ts";
export const command = async (args: readonly string[], io: { out: (text: string) => void }) => {
  if (args.includes("--much")) sizeYoungGeneration(1000);
  if (args.includes("--little")) sizeYoungGeneration(1);
  // Some 10 MB that lives to the end, as an edit's run loads from the memo: a young generation let grow grows.
  const kept: number[][] = [];
  for (let i = 0; i < 5_000; i++) kept.push(Array.from({ length: 250 }, (_, j) => i + j + 0.5));
  const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0;
  io.out(JSON.stringify({ young, kept: kept.length }));
  return 0;
};
`;

const V8_MAJOR = Number(process.versions.v8.split(".")[0]);
const MiB = 2 ** 20;

/** The young generation as the launcher leaves it on Node 20: small until the command has much to do. */
async function narrowedOnNode20() {
  const root = await launcherProject({
    "generator/entry.ts": ENTRY,
    "generator/young-generation.ts": await readFile(path.join(repoRoot, "generator", "young-generation.ts"), "utf8"),
  });
  const young = async (...args: string[]) => {
    const { status, stdout, stderr } = await runLauncher(root, ...args);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    return (JSON.parse(stdout) as { young: number }).young;
  };
  // The first run widens it, and makes the code cache: under the launcher's flags, set back at exit.
  expect(await young("--much")).toBeGreaterThan(4 * MiB);
  const cache = await codeCacheOf(root);
  const made = await stat(cache);
  expect(await young()).toBeLessThanOrEqual(2 * MiB);
  expect(await young("--little")).toBeLessThanOrEqual(2 * MiB);
  // Neither run made the cache again: both ran under the flags it was made with.
  const kept = await stat(cache);
  expect([kept.ino, kept.mtimeMs]).toEqual([made.ino, made.mtimeMs]);
}

/** On a newer V8, not measured to gain from it, the launcher leaves the young generation to V8. */
async function leftToV8() {
  const root = await launcherProject({
    "generator/entry.ts": ENTRY,
    "generator/young-generation.ts": await readFile(path.join(repoRoot, "generator", "young-generation.ts"), "utf8"),
  });
  for (const args of [[], ["--little"]]) {
    const { status, stdout, stderr } = await runLauncher(root, ...args);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    // Not told of much to do, it grew all the same.
    expect((JSON.parse(stdout) as { young: number }).young).toBeGreaterThan(2 * MiB);
  }
}

test("the young generation is sized as this node's V8 was measured to gain from, and the code cache outlives a run that widened it", async () => {
  if (V8_MAJOR < 12) await narrowedOnNode20();
  else await leftToV8();
});
