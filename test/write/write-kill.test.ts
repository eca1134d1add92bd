// A run killed with SIGKILL at random points, and two processes writing at
// once: after the next run's recovery the folder is always one whole tree,
// never a mix, and nothing is left beside it. The same for generated/ (the
// tree replaced) and for spec/ as sync writes it (files written over); and,
// for generated/ written with a stat record and held table, no file is
// trusted by its stat after the kill that a hand edit has changed.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { fileHash, sha256 } from "../../generator/memo/content-hash.js";
import { checkOutput } from "../../generator/write/check-output.js";
import { MANIFEST_FILE, manifestText } from "../../generator/write/manifest.js";
import { readOutputDir } from "../../generator/write/output-dir.js";
import { outputHolds } from "../../generator/write/output-holds.js";
import { writeFiles } from "../../generator/write/write-files.js";
import { recoverFiles } from "../../generator/write/write-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { killRecordOf } from "../support/kill-record.js";
import { bundleForNode } from "../support/node-bundle.js";
import { whichEdit, whichFiles, whichTree } from "../support/which-tree.js";
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
 * The trees written: a fifth of the default size. The writers that race start writing at the same moment
 * (startRacers), so that their writes overlap however short.
 */
const TREE_SIZE = 60;
/**
 * The kill's random delay: long enough to fall anywhere in a write of each of the kill tests' fourteen folders,
 * whose threads share the machine's cores (the longest, sync's writing of 60 files, costs ~40 ms of CPU: with
 * fourteen threads on two cores, ~280 ms).
 */
const KILL_WITHIN_MS = 400;

type How = "output" | "edits" | "files" | "recorded-output" | "recorded-edits";

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

/**
 * Starts a process that writes `trees` in turn, `rounds` times, into each of `folders` at once, each as its `how`
 * says (write-child.ts).
 */
function startWriter(
  folders: readonly { readonly how: How; readonly root: string }[],
  rounds: number,
  trees: readonly string[],
  start: "now" | "go" = "now",
) {
  const args = [child, String(rounds), String(TREE_SIZE), trees.join(","), ...folders.flatMap((f) => [f.how, f.root])];
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
 * Two writers of `folder`, trees `b` and `c` in turns, three rounds each, told to start once both are loaded:
 * their first writes ask for the lock at the same moment, and the later ones take turns.
 */
async function startRacers(folder: { readonly how: How; readonly root: string }) {
  const writers = [startWriter([folder], 3, ["b", "c"], "go"), startWriter([folder], 3, ["c", "b"], "go")];
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

/** The folders of each kill test, as `how` writes them and a name for them: `count` of each. */
const KILLED = [
  { how: "output", name: "generated", count: 4 },
  { how: "edits", name: "generated", count: 2 },
  { how: "files", name: "spec", count: 4 },
  { how: "recorded-output", name: "generated", count: 2 },
  { how: "recorded-edits", name: "generated", count: 2 },
] as const;

/** How each kill test's folders are first written: tree "a", as `how` writes it. */
function firstWrite(how: How, root: string): Promise<unknown> {
  if (how === "output") return writeOutput(root, testTree("a", TREE_SIZE));
  if (how === "edits") return writeOutput(root, editedTree("a", TREE_SIZE));
  if (how === "recorded-output") return writeOutput(root, testTree("a", TREE_SIZE), { statRecord: killRecordOf(root) });
  if (how === "recorded-edits")
    return writeOutput(root, editedTree("a", TREE_SIZE), { statRecord: killRecordOf(root) });
  return writeFiles(
    root,
    testTree("a", TREE_SIZE).map((f) => ({ path: f.path, text: f.content, read: null })),
  );
}

/**
 * One writer killed while it writes trees "b" and "a" by turns into the folders of the three kill tests, each
 * made in a folder of its own: the fourteen kill points share one process, a thread for each folder
 * (write-child.ts), which the SIGKILL stops wherever it is. Started by the first test that asks.
 */
let killed: Promise<{ delay: number; roots: Map<How, string[]> }> | undefined;
const killedFolders = (how: How) => {
  killed ??= (async () => {
    const roots = new Map<How, string[]>();
    const folders: { how: How; root: string }[] = [];
    for (const { how, name, count } of KILLED) {
      for (let i = 0; i < count; i++) {
        // A folder written with a stat record is a level lower, its record beside its parent (kill-record.ts).
        const base = await mkdtemp(path.join(tmpdir(), "sips-kill-"));
        const root = how.startsWith("recorded-") ? path.join(base, "out", name) : path.join(base, name);
        await firstWrite(how, root);
        folders.push({ how, root });
        roots.set(how, [...(roots.get(how) ?? []), root]);
      }
    }
    const delay = await killWhileWriting(startWriter(folders, 50, ["b", "a"]));
    return { delay, roots };
  })();
  return killed.then(({ delay, roots }) => ({ delay, roots: roots.get(how) ?? [] }));
};

/**
 * For each folder of `how` that the kill stopped (killedFolders), `check` with what the kill left beside it,
 * once the next run's recovery is done; `look`, before it.
 */
async function checkKilled(
  how: How,
  check: (root: string, outcome: string) => Promise<void>,
  look?: (root: string) => Promise<unknown>,
): Promise<void> {
  const { delay, roots } = await killedFolders(how);
  for (const root of roots) {
    const beside = (await readdir(path.dirname(root))).filter((entry) => entry !== path.basename(root));
    await look?.(root);
    await recoverFiles(root);
    await check(root, `${delay} ms into the writes${beside.length > 0 ? `, recovering ${beside.join(" ")}` : ""}`);
  }
}

async function freshOut(tree: string): Promise<string> {
  const out = path.join(await mkdtemp(path.join(tmpdir(), "sips-kill-")), "generated");
  await writeOutput(out, testTree(tree, TREE_SIZE));
  return out;
}

test("killed with SIGKILL at random points: the next run finds one whole tree", async () => {
  const outcomes: string[] = [];
  await checkKilled("output", async (out, outcome) => {
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
  await checkKilled("edits", async (out, outcome) => {
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

/** `file` with its first "x" made a "y": the same size, in place, as a hand edit. */
function editSameSize(file: string): void {
  const text = readFileSync(file, "utf8");
  writeFileSync(file, text.replace("x", "y"));
}

/** Which of trees "a" and "b" (`treeOf`) a look without the lock, as --check's, finds `out` to hold: "none", or both. */
async function heldTree(out: string, treeOf: typeof testTree): Promise<string> {
  const held: string[] = [];
  for (const name of ["a", "b"]) {
    const hashes = new Map(treeOf(name, TREE_SIZE).map((f) => [f.path, fileHash(f)]));
    if (await outputHolds(out, sha256(manifestText(hashes)), { statRecord: killRecordOf(out) })) held.push(name);
  }
  return held.join(" and ") || "none";
}

test("killed with SIGKILL while writing with a stat record: the next look trusts no file a hand edit then changed", async () => {
  const outcomes: string[] = [];
  for (const [how, treeOf] of [
    ["recorded-output", testTree],
    ["recorded-edits", editedTree],
  ] as const) {
    // Before the next run's recovery, a look through what the kill left: the tree the recovery then leaves.
    const before = new Map<string, string>();
    const look = async (out: string) => void before.set(out, await heldTree(out, treeOf));
    await checkKilled(
      how,
      async (out, outcome) => {
        const statRecord = killRecordOf(out);
        const state =
          how === "recorded-output"
            ? await whichTree(out, ["a", "b"], TREE_SIZE)
            : whichEdit(out, ["a", "b"], TREE_SIZE);
        outcomes.push(`${how} ${outcome}: ${state}`);
        expect(state, outcomes.join(", ")).not.toBe("mixed");
        expect(await readdir(path.dirname(out))).toEqual(["generated"]);
        expect(before.get(out), outcomes.join(", ")).toBe(state);
        const tree = treeOf(state, TREE_SIZE);
        const manifestHash = sha256(readFileSync(path.join(out, MANIFEST_FILE), "utf8"));
        // What the killed run's stamps, record and table say of the folder, as the look after the kill reads them.
        expect(await outputHolds(out, manifestHash, { statRecord }), outcomes.join(", ")).toBe(true);
        // A file the writes change (the killed one wrote it, or was about to) and one they all leave, edited by hand.
        const other = new Map(treeOf(state === "a" ? "b" : "a", TREE_SIZE).map((f) => [f.path, f.content]));
        const changing = tree.find((f) => other.has(f.path) && other.get(f.path) !== f.content)?.path ?? "";
        const kept = tree.find((f) => other.get(f.path) === f.content)?.path ?? "";
        for (const rel of [changing, kept]) editSameSize(path.join(out, rel));
        expect(await outputHolds(out, manifestHash, { statRecord }), outcomes.join(", ")).toBe(false);
        const found = (await checkOutput(out, tree, { statRecord })).map((c) => c.path);
        expect(found.sort(), outcomes.join(", ")).toEqual([changing, kept].sort());
        // The next run writes them back, and only them; the folder then holds its tree again.
        const report = await writeOutput(out, tree, { statRecord });
        const written = report.changes.map((c) => `${c.path}${c.edited ? " edited" : ""}`);
        expect(written.sort(), outcomes.join(", ")).toEqual([`${changing} edited`, `${kept} edited`].sort());
        expect(await outputHolds(out, manifestHash, { statRecord })).toBe(true);
        expect(readOutputDir(out)).toEqual(new Map(tree.map((f) => [f.path, f.content])));
      },
      look,
    );
  }
  if (process.env["SHOW_KILLS"]) console.log(outcomes.join("\n"));
});

test("sync's writing of spec/ killed with SIGKILL at random points: all files of one edit or of the next, never a mix", async () => {
  const outcomes: string[] = [];
  await checkKilled("files", async (spec, outcome) => {
    const state = whichFiles(spec, ["a", "b"], TREE_SIZE);
    outcomes.push(`${outcome}: ${state}`);
    expect(state, outcomes.join(", ")).not.toBe("mixed");
    expect(await readdir(path.dirname(spec))).toEqual(["spec"]);
  });
  if (process.env["SHOW_KILLS"]) console.log(outcomes.join("\n"));
});

test("two processes writing at once take turns: one whole tree at the end, nothing left beside it", async () => {
  const out = await freshOut("a");
  const writers = await startRacers({ how: "output", root: out });
  const codes = await Promise.all(writers.map((w) => w.exited));
  expect(codes, writers.map((w) => w.stderr()).join("\n")).toEqual([0, 0]);
  expect(["b", "c"]).toContain(await whichTree(out, ["b", "c"], TREE_SIZE));
  expect(await readdir(path.dirname(out))).toEqual(["generated"]);
});

test("two processes writing spec/ at once take turns, each writing over what it read", async () => {
  const spec = path.join(await mkdtemp(path.join(tmpdir(), "sips-two-spec-")), "spec");
  await firstWrite("files", spec);
  const writers = await startRacers({ how: "files", root: spec });
  const codes = await Promise.all(writers.map((w) => w.exited));
  // A writer whose files changed between its read and its turn refuses (exit 1) rather than lose the other's edit.
  for (const [i, code] of codes.entries()) {
    if (code !== 0) expect(writers[i]?.stderr()).toMatch(/changed in .* since they were read; nothing was written/);
  }
  expect(["b", "c"]).toContain(whichFiles(spec, ["b", "c"], TREE_SIZE));
  expect(await readdir(path.dirname(spec))).toEqual(["spec"]);
});
