// The second thread that reads the output's common case ahead of the write
// (held-ahead.ts): it posts its read and ends.

import { workerData } from "node:worker_threads";
import { readEarly, type HeldWork } from "./held-ahead.js";
import { nodeFs } from "./node-fs.js";

const work = workerData as HeldWork;
work.port.postMessage(readEarly(work.root, nodeFs, work.statRecord));
work.port.close();
