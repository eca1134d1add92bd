// Whether a command's run takes second threads (generator/cli/run-threads.ts):
// not on a machine of one core, where the stages would still start the
// threads they are given (threads/share-work.ts).
import { expect, test } from "vitest";
import { runThreads } from "../../generator/cli/run-threads.js";
import { EMIT_THREADS_PAY_AT } from "../../generator/emit/emit-threads.js";
import { PARSE_THREADS_PAY_AT } from "../../generator/read/parse-threads.js";

test("a run on one core takes no second thread; on two, one for each of the read and emit stages past their sizes", () => {
  const made = () => {};
  expect(runThreads(made, 1)).toBeNull();
  expect(runThreads(made, 2)).toEqual({
    parse: { atLeast: PARSE_THREADS_PAY_AT },
    emit: { atLeast: EMIT_THREADS_PAY_AT, made },
  });
});
