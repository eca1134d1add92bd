// `npm run generate -- --watch`: a run at start, then one after each save in
// spec/: the summary when the spec is sound, its diagnostics when it is not;
// Ctrl-C (SIGINT) ends it with exit 0. No timing is asserted: each step waits
// for the line it expects.
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { startGenerate } from "../support/followed-output.js";
import { fixturesDir } from "../support/paths.js";
import { runInProcess } from "../support/run-cli.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

const startWatch = (cwd: string) => startGenerate(cwd, "--watch");

/** The golden fixture's spec: every feature of the format, in three operations rather than the repository's many. */
const goldenSpec = path.join(fixturesDir, "golden", "spec");

test("--watch: a save gives the summary, a broken save its diagnostic, the fix the summary again; Ctrl-C ends it", async () => {
  const { root, spec } = await tempWorkspace(goldenSpec);
  const watch = startWatch(root);
  expect(await watch.until(/generated\/: .*\n/)).toMatch(/generated\/: \d+ added, 0 changed, 0 removed, 0 unchanged\./);
  await watch.until(/Watching spec\/ for changes \(Ctrl-C to stop\)\.\n/);

  const fields = path.join(spec, "dictionary/fields.yaml");
  await editFile(fields, "description: Identifier of the shop.", "description: Identifier of the shop (15 digits).");
  expect(await watch.until(/generated\/: .*\n/)).toMatch(/generated\/: 0 added, [1-9]\d* changed, 0 removed/);
  expect(await readFile(path.join(root, "generated/operations/cardRefund/types.ts"), "utf8")).toContain(
    "Identifier of the shop (15 digits).",
  );

  const operation = path.join(spec, "operations/office/cardRefund.yaml");
  await editFile(operation, "merchantId: { from: dictionary, presence:", "merchantId: { from: dictionary, presense:");
  const broken = await watch.until(/nothing was written\.\n/);
  expect(broken).toContain('spec/operations/office/cardRefund.yaml:26:37 error unknown-key unknown key "presense"');

  await editFile(operation, "merchantId: { from: dictionary, presense:", "merchantId: { from: dictionary, presence:");
  expect(await watch.until(/generated\/: .*\n/)).toMatch(/generated\/: 0 added, 0 changed, 0 removed, \d+ unchanged\./);

  // Saved as many editors and `sed -i` save: a new copy renamed over the file, again and again.
  for (const wording of ["(N15)", "(as registered)", "(one per shop)", "(as seen)", "(as sent)"]) {
    const text = (await readFile(operation, "utf8")).replace(
      /summary: Refunds a card payment[^\n]*/,
      `summary: Refunds a card payment ${wording}.`,
    );
    const copy = path.join(path.dirname(operation), `sed${wording.length}${Date.now()}`);
    await writeFile(copy, text);
    await rename(copy, operation);
    // The copy's write may start a run of its own before the rename lands (on a busy machine): it changes
    // nothing. The save's run is the one that follows; a watch that lost the file never prints it.
    expect(await watch.until(/generated\/: 0 added, [1-9]\d* changed, 0 removed.*\n/)).not.toMatch(/error/);
    expect(await readFile(path.join(root, "generated/operations/cardRefund/client.ts"), "utf8")).toContain(
      `Refunds a card payment ${wording}`,
    );
  }

  watch.child.kill("SIGINT");
  expect(await watch.exited).toBe(0);
  // What the runs put off writing to the memo (its store of pieces, the shared files), written at Ctrl-C: a new
  // run reads it, each entry checked, and finds the output as the last run left it. The check's own command, run
  // in this worker: what is tested of a process is what the watch wrote before it ended, not the check's start.
  const check = await runInProcess("cli.ts", ["--check"], root);
  expect(check.stdout + check.stderr).toMatch(/generated\/ is up to date \(\d+ files\)\.\n/);
  expect(check.status).toBe(0);
}, 180_000);
