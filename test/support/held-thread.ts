// The second thread of test/pipeline/share-work-failed.test.ts: it claims
// every item it is given at once, posts the last, and holds the others until
// it is ended, as a thread still emitting them would.
import { parentPort, workerData } from "node:worker_threads";
import { claimedBySecond } from "../../generator/threads/claims.js";

const { first, count, claims } = workerData as { first: number; count: number; claims: Int32Array };
const mine: number[] = [];
for (let index = first + count - 1; index >= first; index--) if (claimedBySecond(claims, index)) mine.push(index);
const [last] = mine;
if (last !== undefined) parentPort?.postMessage({ index: last, made: `made by the second thread: ${last}` });
setInterval(() => undefined, 1 << 30);
