// The second thread of the emit stage (emit-threads.ts): it emits the
// operations it was given from the last one down, each that it claims before
// the main thread does, and posts what each gave. It starts with the module.

import { parentPort, workerData } from "node:worker_threads";
import { madeOperation } from "./made-operation.js";
import { emitters } from "./registry.js";
import { BY_THREAD, UNCLAIMED, type ThreadWork } from "./thread-work.js";

const work = workerData as ThreadWork;
const selected = work.emitters.map((name) => emitters.find((e) => e.name === name)).filter((e) => e !== undefined);
for (let i = work.first + work.operations.length - 1; i >= work.first; i--) {
  if (Atomics.compareExchange(work.claims, i, UNCLAIMED, BY_THREAD) !== UNCLAIMED) break;
  const operation = work.operations[i - work.first];
  if (operation === undefined) break;
  parentPort?.postMessage({ index: i, made: await madeOperation({ operation, platform: work.platform }, selected) });
}
