// The second threads a command's run may take (read/parse-threads.ts,
// emit/emit-threads.ts). Whether the machine has a core for one is the
// command's to ask, not the stages': they take the thread they are given, so
// that a test or a caller that gives one has it on any machine.

import { availableParallelism } from "node:os";
import { EMIT_THREADS_PAY_AT } from "../emit/emit-threads.js";
import type { Threads } from "../index.js";
import { PARSE_THREADS_PAY_AT } from "../read/parse-threads.js";

/**
 * The threads of a run on a machine of `cores`: none on one core (a small CI
 * runner, a container limited to one CPU), where a second thread would only
 * take turns with the main one and add its start. `made`: called for each
 * operation the emit thread made.
 */
export function runThreads(made: () => void, cores: number = availableParallelism()): Threads | null {
  if (cores < 2) return null;
  return { parse: { atLeast: PARSE_THREADS_PAY_AT }, emit: { atLeast: EMIT_THREADS_PAY_AT, made } };
}
