// `npm run generate -- --check`: exits 0 when generated/ is what the spec
// gives, 1 with a unified diff otherwise, and never writes.
import { cpSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readOutputDir } from "../../generator/write/output-dir.js";
import { MARGIN_MS } from "../../generator/memo/settled-stat.js";
import { fixturesDir } from "../support/paths.js";
import { runCli as runProcess, runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/** The command in this process; the first test runs its own process, end to end. */
const runCli = (args: readonly string[], cwd: string) => runInProcess("cli.ts", args, cwd);

type Workspace = { root: string; spec: string; out: string };

/** The golden fixture's spec: every feature of the format, in three operations rather than the repository's many. */
const goldenSpec = path.join(fixturesDir, "golden", "spec");

/** A workspace with a spec and an up-to-date generated/, made by the command line once. */
async function generatedWorkspace(): Promise<Workspace> {
  const { root, spec } = await tempWorkspace(goldenSpec);
  const run = await runCli([], root);
  expect(run.status, run.stderr).toBe(0);
  return { root, spec, out: path.join(root, "generated") };
}

let clean: Workspace;
/** The workspace of the test that needs files older than the stat record's margin: made first, it ages meanwhile. */
let aged: Promise<Workspace>;
beforeAll(async () => {
  clean = await generatedWorkspace();
  aged = freshWorkspace().then(async (ws) => {
    await new Promise((resolve) => setTimeout(resolve, MARGIN_MS + 100));
    return ws;
  });
});

/** A copy of the clean workspace, with its memo: each test changes its own. */
async function freshWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(path.join(tmpdir(), "sips-cli-"));
  cpSync(clean.root, root, { recursive: true });
  return { root, spec: path.join(root, "spec"), out: path.join(root, "generated") };
}

test("exits 0 when generated/ is up to date (a process of its own)", async () => {
  const run = await runProcess(["--check"], clean.root);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/generated\/ is up to date/);
});

/** A change to a workspace, which gives back what undoes it. */
type Change = (ws: Workspace) => Promise<() => Promise<void>>;

/** Replaces `from` by `to` in one file; undone by the reverse replacement. */
const edited =
  (file: (ws: Workspace) => string, from: string, to: string): Change =>
  async (ws) => {
    await editFile(file(ws), from, to);
    return () => editFile(file(ws), to, from);
  };

// One workspace taken through the changes in turn, each undone after its test: each check sees one change.
describe("exits 1 with a diff, writing nothing", () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await freshWorkspace();
  });
  test.each<[string, Change, string[]]>([
    [
      "a hand edit",
      edited(
        (ws) => path.join(ws.out, "value-lists.ts"),
        '{ value: "99", meanings: ["Internal error"] }',
        '{ value: "99", meanings: ["Internal failure"] }',
      ),
      [
        "--- a/generated/value-lists.ts",
        "+++ b/generated/value-lists.ts",
        '-  { value: "99", meanings: ["Internal failure"] },',
        '+  { value: "99", meanings: ["Internal error"] },',
      ],
    ],
    [
      "a missing file",
      async (ws) => {
        const file = path.join(ws.out, "operations/cardRefund/CHANGELOG.md");
        const text = await readFile(file, "utf8");
        await rm(file);
        return () => writeFile(file, text, "utf8");
      },
      ["--- /dev/null", "+++ b/generated/operations/cardRefund/CHANGELOG.md"],
    ],
    [
      "an extra file",
      async (ws) => {
        const file = path.join(ws.out, "stale.ts");
        await writeFile(file, "export {};\n");
        return () => rm(file);
      },
      ["--- a/generated/stale.ts", "+++ /dev/null", "-export {};"],
    ],
    [
      "a spec change not regenerated",
      edited(
        (ws) => path.join(ws.spec, "dictionary/fields.yaml"),
        "description: Identifier of the shop.",
        "description: Identifier of the shop (15 digits).",
      ),
      ["+++ b/generated/operations/cardRefund/types.ts", "+   * Identifier of the shop (15 digits)."],
    ],
  ])("after %s", async (_, change, want) => {
    const undo = await change(ws);
    try {
      const before = await readOutputDir(ws.out);
      const run = await runCli(["--check"], ws.root);
      expect(run.status).toBe(1);
      for (const line of want) expect(run.stdout.split("\n")).toContain(line);
      expect(run.stderr).toMatch(/is stale/);
      expect(await readOutputDir(ws.out)).toEqual(before);
    } finally {
      await undo();
    }
  });
});

test("a hand edit is caught by --check with the record of earlier runs warm, and by the CI gate, which keeps none", async () => {
  // Once the files are older than the record's margin, a check records them all: later checks read none of them.
  const ws = await aged;
  expect((await runCli(["--check"], ws.root)).status).toBe(0);
  // The same length, so only the content (and the change time) differs.
  await editFile(path.join(ws.out, "value-lists.ts"), '"Internal error"', '"Internal errxr"');
  for (const args of [["--check"], ["--check", "--no-cache"]]) {
    const run = await runCli(args, ws.root);
    expect(run.status, args.join(" ")).toBe(1);
    expect(run.stdout.split("\n")).toContain('-  { value: "99", meanings: ["Internal errxr"] },');
    expect(run.stderr).toContain("value-lists.ts differs (edited by hand)");
  }
});

test("an unknown key in the spec: file:line:column, exit 1, generated/ untouched", async () => {
  const ws = await freshWorkspace();
  await editFile(
    path.join(ws.spec, "operations/office/cardRefund.yaml"),
    "merchantId: { from: dictionary, presence:",
    "merchantId: { from: dictionary, presense:",
  );
  const before = await readOutputDir(ws.out);
  for (const args of [[], ["--check"]]) {
    const run = await runCli(args, ws.root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'spec/operations/office/cardRefund.yaml:26:37 error unknown-key unknown key "presense" in request.fields.merchantId; did you mean "presence"?',
    );
    expect(run.stderr).toMatch(/1 error in spec\/; nothing was written/);
  }
  expect(await readOutputDir(ws.out)).toEqual(before);
});

test("generate brings generated/ back after any of those changes", async () => {
  const ws = await freshWorkspace();
  const want = await readOutputDir(ws.out);
  await editFile(path.join(ws.out, "index.ts"), "export const operations", "export const operationz");
  // A generated file the spec no longer gives: listed in the manifest, so it is the generator's to remove.
  await writeFile(path.join(ws.out, "stale.ts"), "// Generated by `npm run generate` from spec/x.yaml. Do not edit.\n");
  await addToManifest(ws.out, "stale.ts");
  await rm(path.join(ws.out, "runtime/seal.ts"));
  const run = await runCli([], ws.root);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/1 added, 1 changed, 1 removed/);
  expect(await readOutputDir(ws.out)).toEqual(want);
});

test("--help documents the options and exit codes", async () => {
  const run = await runCli(["--help"], clean.root);
  expect(run.status).toBe(0);
  for (const text of ["--spec <dir>", "--out <dir>", "--check", "Exit codes:"]) expect(run.stdout).toContain(text);
});

test("an unknown option is a usage error", async () => {
  const run = await runCli(["--chekc"], clean.root);
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/unknown option '--chekc'/);
});

test("the generated files name their spec file and say not to edit them", async () => {
  const files = await readOutputDir(clean.out);
  for (const [rel, text] of files) {
    // First line, or for JSON (no comments) the $comment near the top.
    const head = rel.endsWith(".json") ? text.slice(0, 1000) : text.split("\n")[0];
    expect(head, rel).toMatch(/Generated by `npm run generate` from (spec|runtime)\/\S+.*\. Do not edit\./);
  }
  expect((await readFile(path.join(clean.out, "operations/cardRefund/types.ts"), "utf8")).split("\n")[0]).toBe(
    "// Generated by `npm run generate` from spec/operations/office/cardRefund.yaml. Do not edit.",
  );
});

/** Records `rel` in the output's manifest, as if an earlier run had generated it. */
async function addToManifest(out: string, rel: string): Promise<void> {
  const file = path.join(out, ".manifest.json");
  const manifest = JSON.parse(await readFile(file, "utf8")) as { files: Record<string, string> };
  manifest.files[rel] = "0".repeat(64);
  await writeFile(file, JSON.stringify(manifest, null, 2));
}

test("a file it did not write, even one quoting the generated header: exit 1, nothing written", async () => {
  const ws = await freshWorkspace();
  await writeFile(
    path.join(ws.out, "notes.md"),
    "// Generated by `npm run generate` from spec/x.yaml. Do not edit.\nMy notes.\n",
  );
  await editFile(
    path.join(ws.spec, "dictionary/fields.yaml"),
    "description: Identifier of the shop.",
    "description: Identifier of the shop (15 digits).",
  );
  const before = await readOutputDir(ws.out);
  const run = await runCli([], ws.root);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(
    /holds files the generator did not write; move them out first: notes\.md\nNothing was written\./,
  );
  expect(await readOutputDir(ws.out)).toEqual(before);
});
