// The promise to maintainers: a new release of a Sips page needs the page,
// `npm run sync`, `npm run generate`, and no test edit. In a copy of the
// repository, the page of an operation gets a release (a newer recommended
// version, two new optional fields, a new value, an optional response field
// turned required, two changelog rows); then sync, generate, every check and
// the tests that read the spec must pass untouched, and `npm run changes`
// names the released operation only. sync and generate run in this process
// (the commands' own function, on the copy: test/support/run-cli.ts), tsc and
// the tests each in a process of their own, in the copy.
import { execFile } from "node:child_process";
import { cpSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readPage } from "../../generator/read/page/read-page.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { generateRepoSpec } from "../support/generate.js";
import { repoRoot, specDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { pageRelease } from "./page-release.js";

/** Everything but what npm and git keep, the build output and the benchmarks' scratch folder. */
const NOT_COPIED = new Set([".git", "node_modules", "dist", path.join("bench", ".work")]);
/** The tests whose facts come from the spec and its pages: they must pass on the released spec as they are. */
const SPEC_TESTS = [
  "test/spec",
  "test/model",
  "test/generated/registry.test.ts",
  "test/generated/seal.test.ts",
  "test/generated/versions.test.ts",
  "test/generated/validators.test.ts",
  "test/release/round-trip.test.ts",
  // The client's calls against the mock: a response field the release makes required must not break them.
  "test/client/client.test.ts",
];

let copy = "";

/**
 * A folder for the copy, at the same path run after run: the nested run then finds the transforms of every
 * module the last run made (vitest.config.ts keeps them by path and text), ~2 s of CPU. A folder another run
 * holds is left alone, and one left by a killed run taken over after a day.
 */
async function copyFolder(): Promise<string> {
  const base = path.join(repoRoot, "node_modules", ".cache", "sips-json-tests");
  await mkdir(base, { recursive: true });
  for (let slot = 0; slot < 4; slot++) {
    const dir = path.join(base, `release-copy-${slot}`);
    const left = await stat(dir).catch(() => null);
    if (left && left.mtimeMs < Date.now() - 86_400_000) await rm(dir, { recursive: true, force: true });
    try {
      await mkdir(dir);
      return dir;
    } catch {
      // Held by another run.
    }
  }
  return mkdtemp(path.join(tmpdir(), "sips-release-"));
}
/**
 * tsc's build info for the copy, kept beside it run after run: the copy differs from the last one by the
 * released operation's files only, so tsc checks again only what they reach (~3 s of CPU less). It holds each
 * file's hash and the options, so a stale one only costs a full check. A temporary copy gets none.
 */
const buildInfoOf = (dir: string): string =>
  path.basename(path.dirname(dir)) === "sips-json-tests"
    ? path.join(path.dirname(dir), "release-tsc", `${path.basename(dir)}.tsbuildinfo`)
    : path.join(dir, "tsconfig.tsbuildinfo");

let pagePath = "";
let released = "";
beforeAll(async () => {
  const { model } = await generateRepoSpec();
  const op = model.operations.find((o) => o.source.page !== null);
  if (!op?.source.page) throw new Error("no operation cites a page");
  released = op.name;
  copy = await copyFolder();
  for (const entry of await readdir(repoRoot)) {
    if (NOT_COPIED.has(entry)) continue;
    // Synchronously: fs/promises' cp of these 1,300 entries takes some 1 s of CPU, cpSync less than half.
    cpSync(path.join(repoRoot, entry), path.join(copy, entry), {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(path.relative(repoRoot, source)),
    });
  }
  await symlink(path.join(repoRoot, "node_modules"), path.join(copy, "node_modules"), "dir");
  pagePath = path.join(copy, "spec", op.source.page);
  await writeFile(pagePath, pageRelease(await readFile(pagePath, "utf8")), "utf8");
});
afterAll(() => rm(copy, { recursive: true, force: true }));

/** `npm run generate` (cli.ts) or `npm run sync` (sync-cli.ts) in the copy, with its output as one text. */
async function command(script: string, args: readonly string[]): Promise<{ status: number | null; output: string }> {
  const run = await runInProcess(script, args, copy);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A node program (tsc, vitest) in the copy. */
function run(args: readonly string[]): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: copy, encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        resolve({
          status: error ? (typeof error.code === "number" ? error.code : 2) : 0,
          output: `${stdout}${stderr}`,
        });
      },
    );
  });
}

test("the released page reads cleanly and the check sees the release", async () => {
  const reading = readPage(await readFile(pagePath, "utf8"), "page");
  expect(reading.diagnostics).toEqual([]);
  const check = await command("sync-cli.ts", ["--check"]);
  expect(check.status, check.output).toBe(1);
  expect(check.output).toMatch(/interfaceVersion\.recommended: the spec says/);
});

// tsc and a nested test run: minutes on a busy two-core machine (no test measures time).
test("sync, generate, and every check and spec test pass with no test edited", { timeout: 360_000 }, async () => {
  const sync = await command("sync-cli.ts", []);
  expect(sync.status, sync.output).toBe(0);
  expect((await command("sync-cli.ts", [])).output).toContain("nothing to write");
  const generate = await command("cli.ts", ["--no-cache"]);
  expect(generate.status, generate.output).toBe(0);
  for (const [script, ...args] of [
    ["sync-cli.ts", "--check"],
    ["cli.ts", "--check", "--no-cache"],
  ] as const) {
    const result = await command(script, args);
    expect(result.status, result.output).toBe(0);
  }
  // Independent of each other: side by side, the test takes the time of the longer. The nested run has one
  // worker: the suite around it keeps the cores busy, and a second worker loads every module again (~3 s of CPU).
  const [tsc, vitest] = await Promise.all([
    // One thread: the nested run and the suite's workers keep the cores busy, and tsc's threads cost ~1 s more CPU.
    run([
      path.join(repoRoot, "node_modules", "typescript", "bin", "tsc"),
      ...["-p", "tsconfig.json", "--singleThreaded", "--incremental", "--tsBuildInfoFile", buildInfoOf(copy)],
    ]),
    run([path.join(repoRoot, "node_modules", "vitest", "vitest.mjs"), "run", "--maxWorkers=1", ...SPEC_TESTS]),
  ]);
  expect(tsc.status, tsc.output).toBe(0);
  expect(vitest.status, vitest.output.slice(-4000)).toBe(0);
  // One page's release changes its operation only: a value it adds to a shared list reaches no other operation.
  const [before, after] = await Promise.all([
    specModel(await readSpecInput(specDir)),
    specModel(await readSpecInput(path.join(copy, "spec"))),
  ]);
  if ("diagnostics" in before || "diagnostics" in after) throw new Error("a spec does not validate");
  const named = new Set(compareSpecs(before.model, after.model).flatMap((c) => c.operation ?? []));
  expect([...named]).toEqual([released]);
});
