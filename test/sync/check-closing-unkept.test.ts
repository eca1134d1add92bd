// sync --check's closing line when the file with the problem keeps its own deviation and no other file keeps one:
// nothing is printed apart, so the line names no file and no block "kept on purpose" it would be listed before.
import { rm } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const SOURCE = "  page: sources/cardCheck.page.txt\n";
const DEVIATION = `${SOURCE}  deviations:\n    - about: interfaceVersion.recommended\n      reason: The 2.60 release is not in production yet.\n`;

test("a deviation beside the problem in its own file is not counted as kept apart in the closing line", async () => {
  const { root } = await tempWorkspace(path.join(fixturesDir, "sync", "spec"));
  try {
    await editFile(path.join(root, "spec/operations/office/cardCheck.yaml"), SOURCE, DEVIATION);
    const page = path.join(root, "spec/sources/cardCheck.page.txt");
    await editFile(page, "IR_WS_2.50", "IR_WS_2.60");
    await editFile(page, "\nChecks a card.\n", "\nChecks a payment card.\n");
    const run = await runInProcess("sync-cli.ts", ["--check"], root);
    const lines = run.stderr.split("\n");
    // The deviation is printed, beside the problem of its file: the closing line has nothing apart to point above.
    expect(lines.filter((l) => / (error|info) page-/.test(l)).map((l) => / (error|info) [a-z-]+/.exec(l)?.[0])).toEqual(
      [" error page-mismatch", " info page-deviation"],
    );
    expect(lines.some((l) => l.includes("kept on purpose"))).toBe(false);
    expect([run.status, lines.at(-2)]).toEqual([
      1,
      "1 problem: run `npm run sync` to bring the spec in line with its pages.",
    ]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
