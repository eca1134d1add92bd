// The bench's run of `npm test` (bench/test-suite.ts) keeps the run's output,
// both streams, in bench/.work/npm-test.log, that of an earlier run replaced,
// and the report's row names that file when the run failed: two benches
// reported a failure whose output had been thrown away.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { benchTestSuite, TEST_SUITE_LOG, testSuiteTargetRow } from "../../bench/test-suite.js";

/** A command standing for npm test: writes to both streams and exits with `status`. */
const run = (text: string, status: number): [string, ...string[]] => [
  process.execPath,
  "-e",
  `console.log(${JSON.stringify(`${text} out`)}); console.error(${JSON.stringify(`${text} err`)}); process.exit(${status});`,
];

test("a failed run's output, both streams, is in the log the row names; a later run's replaces it", async () => {
  const at = await mkdtemp(path.join(tmpdir(), "sips-test-suite-"));
  try {
    const failed = benchTestSuite(run("first", 3), at);
    expect(failed.ok).toBe(false);
    const log = path.join(at, TEST_SUITE_LOG);
    expect(await readFile(log, "utf8")).toBe("first out\nfirst err\n");
    expect(testSuiteTargetRow(failed)).toContain(`failed (its output in ${TEST_SUITE_LOG})`);
    expect(testSuiteTargetRow(failed)).toContain("**missed**");
    const passed = benchTestSuite(run("second", 0), at);
    expect(passed.ok).toBe(true);
    expect(await readFile(log, "utf8")).toBe("second out\nsecond err\n");
    expect(testSuiteTargetRow(passed)).not.toContain("failed");
  } finally {
    await rm(at, { recursive: true, force: true });
  }
});
