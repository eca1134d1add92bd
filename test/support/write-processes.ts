// Processes that write folders as the write stage does (write-child.ts), for
// the tests that kill them or race them: the child bundled once per test file,
// started on folders each written its own way, and the first write of such a
// folder.
import { type ChildProcess, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { writeFiles } from "../../generator/write/write-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { killRecordOf } from "./kill-record.js";
import { bundleForNode } from "./node-bundle.js";
import { repoRoot } from "./paths.js";
import { editedTree, testTree } from "./test-trees.js";

/**
 * The trees written: a fifth of the default size. The writers that race start writing at the same moment
 * (startRacers), so that their writes overlap however short.
 */
export const TREE_SIZE = 60;

export type How = "output" | "edits" | "files" | "recorded-output" | "recorded-edits";

// The writer, write-child.ts with the write stage it imports, bundled once: its starts as plain node cost
// ~0.2 s of CPU each where tsx's loader cost ~0.9 s (test/support/node-bundle.ts).
let child = "";

/** Bundles the writer before the calling test file's tests, and removes it after them. */
export function bundleWriter(): void {
  beforeAll(async () => {
    child = await bundleForNode({ file: path.join(repoRoot, "test", "support", "write-child.ts") });
  });
  afterAll(() => rm(path.dirname(child), { recursive: true, force: true }));
}

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
export function startWriter(
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
  let stdout = "";
  proc.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  proc.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  // Loaded, waiting for the word to write (start "go").
  const ready = lineFrom(proc, "ready");
  // A first write done in every folder: the process is past its start-up, and writes one tree after another.
  const writing = lineFrom(proc, "writing");
  const closed = new Promise((resolve) => proc.on("close", resolve));
  /** When the writes of one folder began and ended (ms, the machine's clock), as said once the output ends. */
  const span = async (): Promise<{ from: number; to: number } | undefined> => {
    await closed;
    const said = /^wrote from ([\d.]+) to ([\d.]+)$/m.exec(stdout);
    return said ? { from: Number(said[1]), to: Number(said[2]) } : undefined;
  };
  return { proc, exited, ready, writing, stderr: () => stderr, span };
}

/** How a folder is first written: tree "a", as `how` writes it. */
export function firstWrite(how: How, root: string): Promise<unknown> {
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
