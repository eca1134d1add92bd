// The promise to maintainers: a new release of a Sips page needs the page,
// `npm run sync`, `npm run generate`, and no test edit. In a copy of the
// repository, the page of an operation gets a release (a newer recommended
// version, two new optional fields, a new value, an optional response field
// turned required, two changelog rows); then sync, generate, every check and
// the tests that read the spec must pass untouched, and `npm run changes`
// names the released operation only. Where the release moves the value a
// deviation records (page:), the check says so and the maintainer, the reason
// read again, runs `npm run sync -- --record-deviations`. sync and generate run in this process
// (the commands' own function, on the copy: test/support/run-cli.ts), and so
// do the tests that read the spec: the copy's own files, collected into this
// file's suite once the release is generated, read the copy's spec and import
// its package. tsc runs in a process of its own, beside them.
import { execFile } from "node:child_process";
import { cpSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { readPage } from "../../generator/read/page/read-page.js";
import { compareSpecs } from "../../generator/changes/compare-specs.js";
import { specModel } from "../../generator/changes/spec-model.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { generateRepoSpec } from "../support/generate.js";
import { keptDir, keptFolder, wasKept } from "../support/kept-output.js";
import { nativeTsc } from "../support/native-tsc.js";
import { repoRoot, specDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { treeHash } from "../support/tree-hash.js";
import { pageRelease, releaseReach, type ReleaseReach } from "./page-release.js";

/** Everything but what npm and git keep, the build output and the benchmarks' scratch folder. */
const NOT_COPIED = new Set([".git", "node_modules", "dist", path.join("bench", ".work")]);
/**
 * Linked rather than copied: what a release leaves as it is and no command writes to. The copy's tests then import
 * the generator this worker has loaded already (vitest resolves a link to its target) where a copy of it was loaded
 * and compiled again, a second set of some 250 modules; tsc still checks its files, under the copy's paths. The
 * fixtures are data the tests read, 730 of the 1,200 files and folders the copy would make and remove.
 */
const LINKED = new Set(["node_modules", "generator", path.join("test", "fixtures")]);
/**
 * The tests whose facts come from the spec and its pages: they must pass on the released spec as they are. Of a
 * folder, the files that read fixtures only are left out (readsFixturesOnly).
 */
const SPEC_TESTS = [
  "test/spec",
  "test/model",
  "test/generated/registry.test.ts",
  "test/generated/seal.test.ts",
  "test/generated/versions.test.ts",
  "test/generated/validators.test.ts",
  "test/release/round-trip.test.ts",
  // The client's calls against the mock: a response field the release makes required must not break them.
  "test/client/client-config-secret.test.ts",
  "test/client/client-http-errors.test.ts",
  "test/client/client-invalid-request.test.ts",
  "test/client/client-response-errors.test.ts",
  "test/client/client-success.test.ts",
  "test/client/client-transport-errors.test.ts",
];

let copy = "";

/**
 * A folder for the copy, at the same path run after run, among the kept outputs: this run then finds the
 * transforms of every module of the copy the last run made (vitest.config.ts keeps them by path and text). A
 * folder another run holds is left alone, and one left by a killed run taken over after a day.
 */
async function copyFolder(): Promise<string> {
  await mkdir(keptDir, { recursive: true });
  for (let slot = 0; slot < 4; slot++) {
    const dir = path.join(keptDir, `release-copy-${slot}`);
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
  path.dirname(dir) === keptDir
    ? path.join(path.dirname(keptDir), "release-tsc", `${path.basename(dir)}.tsbuildinfo`)
    : path.join(dir, "tsconfig.tsbuildinfo");

/**
 * The repository copied into `dir`, LINKED linked, and a page released: the first by operation name whose release
 * reaches every kind of change (a page whose saved facts stop early may have no value list or optional response
 * field), else the first.
 */
async function releasedCopy(
  dir: string,
): Promise<{ released: string; pagePath: string; reach: ReleaseReach; keepsRecommended: boolean }> {
  const { model } = await generateRepoSpec();
  const cited = await Promise.all(
    model.operations.flatMap((o) =>
      o.source.page === null ? [] : [readFile(path.join(specDir, o.source.page), "utf8").then(releaseReach)],
    ),
  );
  const withPage = model.operations.filter((o) => o.source.page !== null);
  const op =
    withPage[
      Math.max(
        0,
        cited.findIndex((r) => r.value && r.required),
      )
    ];
  if (!op?.source.page) throw new Error("no operation cites a page");
  for (const entry of await readdir(repoRoot)) {
    if (NOT_COPIED.has(entry) || LINKED.has(entry)) continue;
    // Synchronously: fs/promises' cp of these 1,300 entries takes some 1 s of CPU, cpSync less than half.
    cpSync(path.join(repoRoot, entry), path.join(dir, entry), {
      recursive: true,
      filter: (source) =>
        !NOT_COPIED.has(path.relative(repoRoot, source)) && !LINKED.has(path.relative(repoRoot, source)),
    });
  }
  for (const entry of LINKED) await symlink(path.join(repoRoot, entry), path.join(dir, entry), "dir");
  const pagePath = path.join(dir, "spec", op.source.page);
  const page = await readFile(pagePath, "utf8");
  await writeFile(pagePath, pageRelease(page), "utf8");
  // A recommended version the spec keeps against its page on purpose (a newer copy's) stays through a release.
  const raw = parse(await readFile(path.join(specDir, op.sourceFile), "utf8")) as {
    source?: { deviations?: { about?: string }[] };
  };
  const keepsRecommended = (raw.source?.deviations ?? []).some((d) => d.about === "interfaceVersion.recommended");
  return { released: op.name, pagePath, reach: releaseReach(page), keepsRecommended };
}

/** `npm run generate` (cli.ts) or `npm run sync` (sync-cli.ts) in the copy, with its output as one text. */
async function command(script: string, args: readonly string[]): Promise<{ status: number | null; output: string }> {
  const run = await runInProcess(script, args, copy);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** One thread: the spec tests and the suite's workers keep the cores busy, and tsc's threads cost ~1 s more CPU. */
const TSC_OPTIONS = ["-p", "tsconfig.json", "--singleThreaded", "--incremental"];

/**
 * tsc over the copy, a process of its own: the compiler is the check. A pass is kept under all tsc reads: every
 * file of the copy by its bytes, and npm's record of node_modules (the packages' versions, TypeScript's among
 * them), as the repository's own type-check is skipped (scripts/skip-unchanged.mjs). A copy the same as one that
 * passed, as each run's is while the repository does not change, is not checked again (~3 s of CPU: tsc parses
 * its 1,870 files even when its build info tells it that none changed); a failure is not kept.
 */
async function typecheck(): Promise<{ status: number; output: string }> {
  const key = JSON.stringify([
    TSC_OPTIONS,
    treeHash(copy, new Set(["node_modules"]), [path.join("node_modules", ".package-lock.json")]),
  ]);
  if (wasKept("release-typecheck", key)) return { status: 0, output: "" };
  const result = await new Promise<{ status: number; output: string }>((resolve) => {
    execFile(
      nativeTsc(repoRoot),
      [...TSC_OPTIONS, "--tsBuildInfoFile", buildInfoOf(copy)],
      { cwd: copy, encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        resolve({
          status: error ? (typeof error.code === "number" ? error.code : 2) : 0,
          output: `${stdout}${stderr}`,
        });
      },
    );
  });
  if (result.status === 0) keptFolder("release-typecheck", key, () => undefined);
  return result;
}

/** Where a test file reads test/fixtures/, and where it reads the spec or its output (generated/). */
const FIXTURES = /\b(fixturesDir|generateGoldenSpec)\b/;
const SPEC = /\b(specDir|repoRoot|generateRepoSpec|loadedOutput)\b|\/generated\//;

/**
 * A test that reads fixtures and neither the spec nor its output: the copy's fixtures are the repository's, and
 * its generator the repository's own (linked), so on the copy it would compute again what it computes in the
 * repository's own run of it (the golden fixture generated a second time, ~1 s of CPU, for one).
 */
const readsFixturesOnly = (text: string): boolean => FIXTURES.test(text) && !SPEC.test(text);

/** The copy's test files among SPEC_TESTS, in path order. */
async function specTestFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const entry of SPEC_TESTS) {
    if (entry.endsWith(".test.ts")) files.push(entry);
    else
      for (const name of (await readdir(path.join(copy, entry))).sort()) {
        const file = path.join(entry, name);
        if (name.endsWith(".test.ts") && !readsFixturesOnly(await readFile(path.join(copy, file), "utf8")))
          files.push(file);
      }
  }
  return files;
}

// The release is made while the file's tests are collected: the spec tests below are the copy's own files,
// imported once sync and generate have run, so that they read the released spec and import the released package.
copy = await copyFolder();
afterAll(() => rm(copy, { recursive: true, force: true }));
const { released, pagePath, reach, keepsRecommended } = await releasedCopy(copy);
const reading = readPage(await readFile(pagePath, "utf8"), "page");
const checkBefore = await command("sync-cli.ts", ["--check"]);
const sync = await command("sync-cli.ts", []);
const recorded = keepsRecommended ? await command("sync-cli.ts", ["--record-deviations"]) : null;
const syncAgain = await command("sync-cli.ts", []);
const generate = await command("cli.ts", ["--no-cache"]);
const checks = [await command("sync-cli.ts", ["--check"]), await command("cli.ts", ["--check", "--no-cache"])];
// Beside the spec tests, which run in this process: the test that waits for it takes the time of the longer.
const tsc = typecheck();

test("the release reaches every kind of change: a value added, an optional response field turned required", () => {
  expect(reach).toEqual({ value: true, required: true });
});

test("the released page reads cleanly and the check sees the release", () => {
  expect(reading.diagnostics).toEqual([]);
  expect(checkBefore.status, checkBefore.output).toBe(1);
  expect(checkBefore.output).toMatch(
    keepsRecommended
      ? /interfaceVersion\.recommended deviates from the page on purpose/
      : /interfaceVersion\.recommended: the spec says/,
  );
  // The deviation was recorded for the page's old recommended version: its reason may speak of that one.
  if (keepsRecommended)
    expect(checkBefore.output).toMatch(/page-deviation-moved the deviation for interfaceVersion\.recommended/);
});

test("sync and generate write the release, and every check then passes", () => {
  // A deviation recorded for the old recommended version is an error plain sync leaves: it writes, and exits 1.
  expect(sync.status, sync.output).toBe(recorded ? 1 : 0);
  if (recorded) {
    expect(sync.output).toMatch(/page-deviation-moved the deviation for interfaceVersion\.recommended/);
    expect(recorded.status, recorded.output).toBe(0);
    expect(recorded.output).toMatch(/deviation interfaceVersion\.recommended records the page's/);
  }
  expect(syncAgain.output).toContain("nothing to write");
  expect(generate.status, generate.output).toBe(0);
  for (const check of checks) expect(check.status, check.output).toBe(0);
});

// The copy's spec tests, as they are in the repository: each file's tests and hooks collected in this suite.
describe("the tests that read the spec, untouched, on the released copy", async () => {
  if (generate.status !== 0) return;
  for (const file of await specTestFiles()) {
    describe(file, async () => {
      await import(pathToFileURL(path.join(copy, file)).href);
    });
  }
});

test("each entry of the spec tests gives the released copy's suite a file", async () => {
  const files = await specTestFiles();
  for (const entry of SPEC_TESTS) {
    const given = files.filter((f) => f === entry || f.startsWith(`${entry}${path.sep}`));
    expect(given.length, entry).toBeGreaterThan(0);
  }
});

// tsc over the whole copy: minutes on a busy two-core machine (no test measures time).
test("the copy type-checks", { timeout: 360_000 }, async () => {
  const result = await tsc;
  expect(result.status, result.output).toBe(0);
});

test("the changes name the released operation only", async () => {
  // One page's release changes its operation only: a value it adds to a shared list reaches no other operation.
  // One without a page that took the whole list keeps its values, written out: it now takes part of the list,
  // and exports names for that part (additive), what it takes unchanged. One whose values an earlier page
  // already had written out shows no change at all.
  const [before, after] = await Promise.all([
    specModel(await readSpecInput(specDir)),
    specModel(await readSpecInput(path.join(copy, "spec"))),
  ]);
  if ("diagnostics" in before || "diagnostics" in after) throw new Error("a spec does not validate");
  const changes = compareSpecs(before.model, after.model);
  const others = changes.filter((c) => c.operation !== null && c.operation !== released);
  const kinds = new Set(others.map((c) => `${c.kind} ${c.classes.join(",")}`));
  expect([...kinds].filter((kind) => kind !== "exported-names additive")).toEqual([]);
  const named = new Set(changes.flatMap((c) => (c.kind === "exported-names" ? [] : (c.operation ?? []))));
  expect([...named]).toEqual([released]);
});
