// The command's bundle is ASCII. V8 keeps a script's source as one byte per
// character only while every character fits in one: a single curly quote made
// the whole 1.3 MB source a string of two bytes per character (some 900 page
// faults of fresh memory in every run); and the launcher reads an ASCII bundle
// straight into a string (scripts/cached-script.cjs), where any other is
// decoded as UTF-8. esbuild escapes other characters in strings and names,
// but leaves a regular expression's as they are: a source writes them there
// as escapes (\u2019).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { launcher, repoRoot } from "../support/paths.js";

/** The launcher's bundle of generator/cli.ts, built afresh if any of its sources changed (a run of `--help` builds it). */
async function commandBundle(): Promise<string> {
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, [launcher, path.join(repoRoot, "generator", "cli.ts"), "--help"], (error) =>
      error === null ? resolve() : reject(error),
    ),
  );
  const cacheDir = path.join(repoRoot, "node_modules", ".cache", "sips-json");
  // Named as the launcher names it: for the command and the checkout (scripts/run-bundled.cjs).
  const checkout = createHash("sha256").update(path.join(repoRoot, ".")).digest("hex").slice(0, 8);
  const stamp = JSON.parse(await readFile(path.join(cacheDir, `generator-cli-${checkout}.json`), "utf8")) as {
    bundle: string;
    entry: string;
  };
  return readFile(path.join(cacheDir, stamp.bundle, stamp.entry), "utf8");
}

test("the command's bundle is ASCII", async () => {
  const source = await commandBundle();
  const wide = [...source.matchAll(/[^\0-\x7f]/g)].map(
    (m) => `${m[0]} at ${m.index}: ${source.slice(m.index - 60, m.index + 20)}`,
  );
  expect(wide).toEqual([]);
});
