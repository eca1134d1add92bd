// A run killed with SIGKILL at random points, and two processes writing at
// once: after the next run's recovery the folder is always one whole tree,
// never a mix, and nothing is left beside it. The same for generated/ (the
// tree replaced) and for spec/ as sync writes it (files written over).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readOutputDir } from "../../generator/write/output-dir.js";
import { writeFiles } from "../../generator/write/write-files.js";
import { recoverFiles } from "../../generator/write/write-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { bundleForNode } from "../support/node-bundle.js";
import { repoRoot } from "../support/paths.js";
import { editedTree, testTree } from "../support/test-trees.js";

// The writer, write-child.ts with the write stage it imports, bundled once: its starts as plain node cost
// ~0.2 s of CPU each where tsx's loader cost ~0.9 s (test/support/node-bundle.ts).
let child = "";
beforeAll(async () => {
  child = await bundleForNode({ file: path.join(repoRoot, "test", "support", "write-child.ts") });
});
afterAll(() => rm(path.dirname(child), { recursive: true, force: true }));

/**
 * The trees written: a fifth of the default size. For the writers killed mid-write, the kill's random delay is a
 * fifth as long, so that it still falls anywhere in about three writes: ~4 s of CPU less for the ten kills. The
 * writers that race start writing at the same moment (startRacers), so that their writes overlap however short.
 */
const TREE_SIZE = 60;
const KILL_WITHIN_MS = 120;

/** Reads `proc`'s output line by line: a promise of the first line that is `line`. */
function lineFrom(proc: ChildProcess, line: string): Promise<void> {
  let out = "";
  return new Promise((resolve) => {
    proc.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split("\n").includes(line)) resolve();
    });
  });
}

/** Starts a process that writes `trees` in turn, `rounds` times, into each of `roots` at once (write-child.ts). */
function startWriter(
  roots: readonly string[],
  rounds: number,
  trees: readonly string[],
  how: "output" | "edits" | "files" = "output",
  size = 300,
  start: "now" | "go" = "now",
) {
  const args = [child, how, roots.join(path.delimiter), String(rounds), String(size), ...trees];
  const proc = spawn(process.execPath, args, {
    stdio: [start === "go" ? "pipe" : "ignore", "pipe", "pipe"],
    env: { ...process.env, WRITE_CHILD_START: start },
  });
  let stderr = "";
  proc.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  // Loaded, waiting for the word to write (start "go").
  const ready = lineFrom(proc, "ready");
  // A first write done in every folder: the process is past its start-up, and writes one tree after another.
  const writing = lineFrom(proc, "writing");
  return { proc, exited, ready, writing, stderr: () => stderr };
}

/**
 * Two writers of `how` into `root`, trees `b` and `c` in turns, three rounds each, told to start once both
 * are loaded: their first writes ask for the lock at the same moment, and the later ones take turns.
 */
async function startRacers(root: string, how: "output" | "files") {
  const writers = [
    startWriter([root], 3, ["b", "c"], how, TREE_SIZE, "go"),
    startWriter([root], 3, ["c", "b"], how, TREE_SIZE, "go"),
  ];
  await Promise.all(writers.map((w) => w.ready));
  for (const w of writers) w.proc.stdin?.write("go\n");
  return writers;
}

/** Kills `writer` with SIGKILL at a random moment of its writes; the delay, for the record. */
async function killWhileWriting(writer: ReturnType<typeof startWriter>): Promise<number> {
  await writer.writing;
  const delay = Math.floor(Math.random() * KILL_WITHIN_MS);
  await new Promise((resolve) => setTimeout(resolve, delay));
  writer.proc.kill("SIGKILL");
  await writer.exited;
  return delay;
}

/**
 * Kills one writer of `how` while it writes trees "b" and "a" by turns into `count` folders named `name`, each
 * made by `make` in a folder of its own; then, for each folder, `check` with what its kill left beside it.
 * One process for the `count` kill points: each folder has a thread of its own (write-child.ts), which the
 * SIGKILL stops wherever it is, and a start of node costs ~0.2 s of CPU where a thread costs a few ms.
 */
async function killInFolders(
  count: number,
  name: string,
  how: "output" | "edits" | "files",
  make: (root: string) => Promise<void>,
  check: (root: string, outcome: string) => Promise<void>,
): Promise<void> {
  const roots: string[] = [];
  for (let i = 0; i < count; i++) {
    const root = path.join(await mkdtemp(path.join(tmpdir(), "sips-kill-")), name);
    await make(root);
    roots.push(root);
  }
  const delay = await killWhileWriting(startWriter(roots, 50, ["b", "a"], how, TREE_SIZE));
  for (const root of roots) {
    const beside = (await readdir(path.dirname(root))).filter((entry) => entry !== name);
    await recoverFiles(root);
    await check(root, `${delay} ms into the writes${beside.length > 0 ? `, recovering ${beside.join(" ")}` : ""}`);
  }
}

/** Which of the named trees `out` holds, or "mixed". */
async function whichTree(out: string, names: readonly string[], size?: number): Promise<string> {
  const now = readOutputDir(out);
  for (const name of names) {
    const want = testTree(name, size);
    if (now.size === want.length && want.every((f) => now.get(f.path) === f.content)) return name;
  }
  return "mixed";
}

/** Which named tree's files `root` holds over the files every tree has, or "mixed" (spec/ as sync writes it keeps files). */
function whichFiles(root: string, names: readonly string[], size?: number): string {
  const now = readOutputDir(root);
  for (const name of names) {
    const want = testTree(name, size).filter((f) => !f.path.startsWith("only-"));
    if (want.every((f) => now.get(f.path) === f.content)) return name;
  }
  return "mixed";
}

async function freshOut(tree: string): Promise<string> {
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sips-kill-")), "generated");
  await writeOutput(out, testTree(tree, TREE_SIZE));
  return out;
}

/** Which of the named edited trees (editedTree) `out` holds, or "mixed". */
function whichEdit(out: string, names: readonly string[], size?: number): string {
  const now = readOutputDir(out);
  for (const name of names) {
    const want = editedTree(name, size);
    if (now.size === want.length && want.every((f) => now.get(f.path) === f.content)) return name;
  }
  return "mixed";
}

test("killed with SIGKILL at random points: the next run finds one whole tree", async () => {
  const outcomes: string[] = [];
  const make = (out: string) => writeOutput(out, testTree("a", TREE_SIZE)).then(() => undefined);
  await killInFolders(6, "generated", "output", make, async (out, outcome) => {
    const state = await whichTree(out, ["a", "b"], TREE_SIZE);
    outcomes.push(`${outcome}: ${state}`);
    expect(state, outcomes.join(", ")).not.toBe("mixed");
    // The lock of the killed process is stale, and nothing is left beside the output.
    expect(await readdir(path.dirname(out))).toEqual(["generated"]);
    await writeOutput(out, testTree("b", TREE_SIZE));
    expect(await whichTree(out, ["b"], TREE_SIZE)).toBe("b");
  });
  if (process.env["SHOW_KILLS"]) console.log(outcomes.join("\n"));
});

test("killed with SIGKILL while changing a few files among the same paths (the write's common case): one whole tree", async () => {
  const outcomes: string[] = [];
  const make = (out: string) => writeOutput(out, editedTree("a", TREE_SIZE)).then(() => undefined);
  await killInFolders(4, "generated", "edits", make, async (out, outcome) => {
    const state = whichEdit(out, ["a", "b"], TREE_SIZE);
    outcomes.push(`${outcome}: ${state}`);
    expect(state, outcomes.join(", ")).not.toBe("mixed");
    expect(await readdir(path.dirname(out))).toEqual(["generated"]);
    // The next run writes over what the killed one left, as the common case.
    const report = await writeOutput(out, editedTree("c", TREE_SIZE));
    expect(report.changes.length).toBe(TREE_SIZE / 10);
    expect(whichEdit(out, ["c"], TREE_SIZE)).toBe("c");
  });
  if (process.env["SHOW_KILLS"]) console.log(outcomes.join("\n"));
});

test("sync's writing of spec/ killed with SIGKILL at random points: all files of one edit or of the next, never a mix", async () => {
  const outcomes: string[] = [];
  const make = (spec: string) =>
    writeFiles(
      spec,
      testTree("a", TREE_SIZE).map((f) => ({ path: f.path, text: f.content, read: null })),
    ).then(() => undefined);
  await killInFolders(4, "spec", "files", make, async (spec, outcome) => {
    const state = whichFiles(spec, ["a", "b"], TREE_SIZE);
    outcomes.push(`${outcome}: ${state}`);
    expect(state, outcomes.join(", ")).not.toBe("mixed");
    expect(await readdir(path.dirname(spec))).toEqual(["spec"]);
  });
  if (process.env["SHOW_KILLS"]) console.log(outcomes.join("\n"));
});

test("two processes writing at once take turns: one whole tree at the end, nothing left beside it", async () => {
  const out = await freshOut("a");
  const writers = await startRacers(out, "output");
  const codes = await Promise.all(writers.map((w) => w.exited));
  expect(codes, writers.map((w) => w.stderr()).join("\n")).toEqual([0, 0]);
  expect(["b", "c"]).toContain(await whichTree(out, ["b", "c"], TREE_SIZE));
  expect(await readdir(path.dirname(out))).toEqual(["generated"]);
});

test("two processes writing spec/ at once take turns, each writing over what it read", async () => {
  const spec = path.join(await mkdtemp(path.join(tmpdir(), "sips-two-spec-")), "spec");
  await writeFiles(
    spec,
    testTree("a", TREE_SIZE).map((f) => ({ path: f.path, text: f.content, read: null })),
  );
  const writers = await startRacers(spec, "files");
  const codes = await Promise.all(writers.map((w) => w.exited));
  // A writer whose files changed between its read and its turn refuses (exit 1) rather than lose the other's edit.
  for (const [i, code] of codes.entries()) {
    if (code !== 0) expect(writers[i]?.stderr()).toMatch(/changed in .* since they were read; nothing was written/);
  }
  expect(["b", "c"]).toContain(whichFiles(spec, ["b", "c"], TREE_SIZE));
  expect(await readdir(path.dirname(spec))).toEqual(["spec"]);
});
