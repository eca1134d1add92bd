// The spec's folder printed alike on every line of a run, as a path a
// maintainer can copy from where the command was typed: relative where that
// is as short, else absolute. A spec given as an absolute path outside the
// folder was printed ../../../tmp/x-spec/… on each diagnostic's line and
// /tmp/x-spec/ on the line that ends the run.
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

let root = "";
let spec = "";
beforeAll(async () => {
  ({ root, spec } = await tempWorkspace(path.join(fixturesDir, "sync", "spec")));
  await editFile(path.join(spec, "sources/cardCheck.page.txt"), "IR_WS_2.50", "IR_WS_2.60");
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The folders of the places a run's diagnostics print (each line's path up to its operations/ or sources/). */
const placeRoots = (stderr: string): string[] => [
  ...new Set(
    stderr
      .split("\n")
      .map((l) => /^ *(.+?)\/(?:operations|sources|dictionary)\/[^ ]*:\d+:\d+ /.exec(l)?.[1])
      .filter((p) => p !== undefined),
  ),
];

/** A folder under the workspace so deep that the spec's relative path from it is longer than its absolute one. */
async function deepFolder(): Promise<string> {
  const levels = Math.ceil(spec.length / 3) + 1;
  const deep = path.join(root, ...Array.from({ length: levels }, () => "d"));
  await mkdir(deep, { recursive: true });
  expect(path.relative(deep, spec).length).toBeGreaterThan(spec.length);
  return deep;
}

test("an absolute --spec from a folder it is far from: every line prints the absolute path", async () => {
  const cwd = await deepFolder();
  const shown = spec.split(path.sep).join("/");
  const check = await runInProcess("sync-cli.ts", ["--check", "--spec", spec], cwd);
  expect(check.status).toBe(1);
  expect(placeRoots(check.stderr)).toEqual([shown]);
  const sync = await runInProcess("sync-cli.ts", ["--spec", spec], cwd);
  expect(sync.status, sync.stderr).toBe(0);
  const again = await runInProcess("sync-cli.ts", ["--check", "--spec", spec], cwd);
  expect(again.stdout).toBe(`${shown}/ agrees with its pages (1 operation).\n`);
  await editFile(path.join(spec, "sources/cardCheck.page.txt"), "IR_WS_2.60", "IR_WS_2.50");
});

test("an absolute --spec near the folder typed in: every line prints it relative, as a relative --spec does", async () => {
  const cwd = path.join(root, "sub");
  await mkdir(cwd, { recursive: true });
  for (const given of [spec, path.relative(cwd, spec)]) {
    const check = await runInProcess("sync-cli.ts", ["--check", "--spec", given], cwd);
    expect(check.status).toBe(1);
    expect(placeRoots(check.stderr)).toEqual(["../spec"]);
  }
});

test("an absolute --spec near the folder typed in: the line that ends a check that agrees prints it relative", async () => {
  const cwd = path.join(root, "sub");
  await mkdir(cwd, { recursive: true });
  const sync = await runInProcess("sync-cli.ts", ["--spec", spec], cwd);
  expect(sync.status, sync.stderr).toBe(0);
  const check = await runInProcess("sync-cli.ts", ["--check", "--spec", spec], cwd);
  expect(check.stdout).toBe("../spec/ agrees with its pages (1 operation).\n");
});
