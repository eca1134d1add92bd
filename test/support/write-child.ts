// A process that writes trees into folders, for the tests that kill it
// mid-write or run two at once: `write-child.ts <how> <roots> <rounds> <size> <tree>...`
// writes each named tree of `size` files in turn, `rounds` times, into each of
// `roots` (joined by path.delimiter), as generate writes generated/ (`output`;
// `edits`: trees of the same paths, test-trees.ts's editedTree) or as sync
// writes spec/ (`files`: the tree's files over those of the tree before, none
// removed). It says "writing" once every folder has one whole write done.
// Each folder is written by a thread of its own: the write is synchronous, and
// threads are preempted anywhere, so one SIGKILL stops each folder at its own
// point of a write, where a process per folder would pay a start-up per kill point.
// With WRITE_CHILD_START=go it says "ready" once loaded and writes only after a
// line on stdin: writers that race start their writes at the same moment,
// whatever their start-up took, so that small trees are enough to overlap.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { writeFiles } from "../../generator/write/write-files.js";
import { writeOutput } from "../../generator/write/write-output.js";
import { editedTree, testTree } from "./test-trees.js";

const [how = "output", roots = "", rounds = "1", size = "300", ...trees] = process.argv.slice(2);

async function writeTree(root: string, name: string): Promise<void> {
  if (how === "output" || how === "edits") {
    await writeOutput(root, (how === "edits" ? editedTree : testTree)(name, Number(size)));
    return;
  }
  const edits = testTree(name, Number(size)).map((f) => {
    const file = path.join(root, f.path);
    return { path: f.path, text: f.content, read: existsSync(file) ? readFileSync(file, "utf8") : null };
  });
  await writeFiles(root, edits);
}

async function writeRounds(root: string, firstDone: () => void): Promise<void> {
  for (let round = 0; round < Number(rounds); round++) {
    for (const [i, name] of trees.entries()) {
      await writeTree(root, name);
      if (round === 0 && i === 0) firstDone();
    }
  }
}

const folders = roots.split(path.delimiter);
if (isMainThread && process.env["WRITE_CHILD_START"] === "go") {
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  process.stdin.destroy();
}
if (!isMainThread) {
  // All threads loaded before any writes: on a busy machine a thread that starts late would keep the others
  // writing until its first write is done.
  await new Promise((resolve) => {
    parentPort?.once("message", resolve);
    parentPort?.postMessage("ready");
  });
  await writeRounds(workerData as string, () => parentPort?.postMessage("first"));
} else if (folders.length === 1) {
  await writeRounds(roots, () => process.stdout.write("writing\n"));
} else {
  let ready = 0;
  let firstDone = 0;
  const workers = folders.map(
    (root) => new Worker(new URL(import.meta.url), { workerData: root, argv: process.argv.slice(2) }),
  );
  for (const worker of workers) {
    worker.on("message", (message) => {
      if (message === "ready" && ++ready === folders.length) for (const w of workers) w.postMessage("go");
      if (message === "first" && ++firstDone === folders.length) process.stdout.write("writing\n");
    });
    worker.on("error", (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exitCode = 1;
    });
  }
}
