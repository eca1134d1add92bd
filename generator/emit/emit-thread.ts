// The second thread of the emit stage (emit-threads.ts): it emits the
// operations it was given, from the last down, each that it claims before
// the main thread does. It starts with the module.

import { workerData } from "node:worker_threads";
import { serveClaims } from "../threads/serve-claims.js";
import { madeOperation } from "./made-operation.js";
import { postedOperation } from "./posted-operation.js";
import { emitters } from "./registry.js";
import type { ThreadWork } from "./thread-work.js";

const work = workerData as ThreadWork;
const asBytes = work.recordsAsBytes && new Set(work.recordsAsBytes);
const selected = work.emitters.map((name) => emitters.find((e) => e.name === name)).filter((e) => e !== undefined);
await serveClaims(
  work.claims,
  work.first,
  work.operations.length,
  (index) =>
    madeOperation(
      { operation: work.operations[index - work.first] as ThreadWork["operations"][number], platform: work.platform },
      selected,
    ),
  (made) => postedOperation(made, asBytes),
);
