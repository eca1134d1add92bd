// A process whose main thread and a second thread each name two temporary
// files for one file (threads/temp-name.ts), and print them all as JSON: what
// two threads of one process, which share its id, would write at once.
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { tempName } from "../../generator/threads/temp-name.js";

const FILE = "/shared/held-table";
const names = (): string[] => [tempName(FILE, ".tmp"), tempName(FILE, ".tmp")];

if (!isMainThread) parentPort?.postMessage(names());
else {
  const worker = new Worker(new URL(import.meta.url));
  const second = await new Promise<string[]>((resolve) => worker.once("message", resolve));
  process.stdout.write(`${JSON.stringify({ pid: process.pid, names: [...names(), ...second] })}\n`);
}
