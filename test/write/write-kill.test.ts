// A run killed with SIGKILL at random points: after the next run's recovery
// the folder is always one whole tree, never a mix, and nothing is left beside
// it. The same for generated/ (the tree replaced) and for spec/ as sync writes
// it (files written over); and, for generated/ written with a stat record and
// held table, no file is trusted by its stat after the kill that a hand edit
// has changed. Two processes writing at once: write-race.test.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { fileHash, sha256 } from "../../generator/memo/content-hash.js";
import { checkOutput } from "../../generator/write/check-output.js";
import { MANIFEST_FILE, manifestText } from "../../generator/write/manifest.js";
import { readOutputDir } from "../../generator/write/output-dir.js";
import { outputHolds } from "../../generator/write/output-holds.js";
import { recoverFiles } from "../../generator/write/write-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { killRecordOf } from "../support/kill-record.js";
import { whichEdit, whichFiles, whichTree } from "../support/which-tree.js";
import { editedTree, testTree } from "../support/test-trees.js";
import { bundleWriter, firstWrite, type How, startWriter, TREE_SIZE } from "../support/write-processes.js";

bundleWriter();

/**
 * The kill's random delay: long enough to fall anywhere in a write of each of the kill tests' fourteen folders,
 * whose threads share the machine's cores (the longest, sync's writing of 60 files, costs ~40 ms of CPU: with
 * fourteen threads on two cores, ~280 ms).
 */
const KILL_WITHIN_MS = 400;

/** Kills `writer` with SIGKILL at a random moment of its writes; the delay, for the record. */
async function killWhileWriting(writer: ReturnType<typeof startWriter>): Promise<number> {
  await writer.writing;
  const delay = Math.floor(Math.random() * KILL_WITHIN_MS);
  await new Promise((resolve) => setTimeout(resolve, delay));
  writer.proc.kill("SIGKILL");
  await writer.exited;
  // Ended by the kill, not by the end of its rounds before it: else no write was stopped, and every check passes.
  if (writer.proc.signalCode !== "SIGKILL")
    throw new Error(`the writer ended (exit ${writer.proc.exitCode}) before its kill ${delay} ms into its writes`);
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
