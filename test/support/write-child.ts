// A process that writes trees into folders, for the tests that kill it
// mid-write or run two at once: `write-child.ts <rounds> <size> <tree,...> <how> <root> [<how> <root>]...`
// writes each named tree of `size` files in turn, `rounds` times, into each
// root, as its `how` says: as generate writes generated/ (`output`; `edits`:
// trees of the same paths, test-trees.ts's editedTree) or as sync writes spec/
// (`files`: the tree's files over those of the tree before, none removed);
// `recorded-output` and `recorded-edits` as those two, with the stat record
// and held table generate keeps (kill-record.ts says where).
// It says "writing" once every folder has one whole write done; an error in
// any folder makes its exit code 1. Writing one folder, it says when its
// writes began and ended ("wrote from <ms> to <ms>").
// Each folder is written by a thread of its own: the write is synchronous, and
// threads are preempted anywhere, so one SIGKILL stops each folder at its own
// point of a write, where a process per folder would pay a start-up per kill
// point; the folders of the tests that kill share one start-up. One folder is
// written by the main thread.
// With WRITE_CHILD_START=go it says "ready" once its threads are loaded and
// writes only after a line on stdin: writers that race start their writes at
// the same moment, whatever their start-up took, so that small trees are
// enough to overlap.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { writeFiles } from "../../generator/write/write-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { killRecordOf } from "./kill-record.js";
import { editedTree, testTree } from "./test-trees.js";

interface Folder {
  readonly how: string;
  readonly root: string;
}

const [rounds = "1", size = "300", trees = "", ...pairs] = process.argv.slice(2);

async function writeTree({ how, root }: Folder, name: string): Promise<void> {
  if (how === "output" || how === "edits") {
    await writeOutput(root, (how === "edits" ? editedTree : testTree)(name, Number(size)));
    return;
  }
  if (how === "recorded-output" || how === "recorded-edits") {
    const tree = (how === "recorded-edits" ? editedTree : testTree)(name, Number(size));
    await writeOutput(root, tree, { statRecord: killRecordOf(root) });
    return;
  }
  const edits = testTree(name, Number(size)).map((f) => {
    const file = path.join(root, f.path);
    return { path: f.path, text: f.content, read: existsSync(file) ? readFileSync(file, "utf8") : null };
  });
  await writeFiles(root, edits);
}

async function writeRounds(folder: Folder, firstDone: () => void): Promise<void> {
  for (let round = 0; round < Number(rounds); round++) {
    for (const [i, name] of trees.split(",").entries()) {
      await writeTree(folder, name);
      if (round === 0 && i === 0) firstDone();
    }
  }
}

/** A message from the main thread. */
const told = (): Promise<unknown> => new Promise((resolve) => parentPort?.once("message", resolve));

const folders: Folder[] = [];
for (let i = 0; i + 1 < pairs.length; i += 2) folders.push({ how: pairs[i] ?? "", root: pairs[i + 1] ?? "" });

if (!isMainThread) {
  // All threads loaded before any writes: on a busy machine a thread that starts late would keep the others
  // writing until its first write is done.
  const go = told();
  parentPort?.postMessage("ready");
  await go;
  await writeRounds(workerData as Folder, () => parentPort?.postMessage("first"));
} else if (folders.length === 1) {
  // One folder (the racing writers): written by the main thread, a thread's start-up spared; an error ends the
  // process with exit code 1.
  await startWord();
  const start = performance.timeOrigin + performance.now();
  try {
    await writeRounds(folders[0] as Folder, () => process.stdout.write("writing\n"));
  } finally {
    // When its writes began and ended (refused or not), by the machine's clock: racers whose spans do not meet
    // raced nothing.
    process.stdout.write(`wrote from ${start} to ${performance.timeOrigin + performance.now()}\n`);
  }
} else {
  const workers = folders.map(
    (folder) => new Worker(new URL(import.meta.url), { workerData: folder, argv: process.argv.slice(2) }),
  );
  const ready = workers.map((worker) => new Promise((resolve) => worker.once("message", resolve)));
  let firstDone = 0;
  for (const worker of workers) {
    worker.on("message", (message) => {
      if (message === "first" && ++firstDone === folders.length) process.stdout.write("writing\n");
    });
    worker.on("error", (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 1;
    });
  }
  await Promise.all(ready);
  await startWord();
  for (const worker of workers) worker.postMessage("go");
}

/** With WRITE_CHILD_START=go, says "ready" and waits for a line on stdin. */
async function startWord(): Promise<void> {
  if (process.env["WRITE_CHILD_START"] !== "go") return;
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  process.stdin.destroy();
}
