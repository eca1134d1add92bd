// A process that generates again and again (--watch, a memo kept in memory)
// takes each unchanged operation's output of the run before as it is
// (emit/kept-outputs.ts), and the order of the files when their paths are the
// same: through edits, a broken save, an edit undone and an operation removed
// then restored, every run must give the files a memo-less run gives.
import { rename } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import { generateFromInput, memoryMemo, type GeneratedFile, type Memo } from "../../generator/index.js";
import { readSpecInput } from "../../generator/read/spec-files.js";
import { keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { generateShared, goldenRoot } from "../support/generate.js";
import { editFile, tempWorkspace } from "../support/temp-spec.js";

/**
 * A run as the command makes it (cli/generate-run.ts): an unchanged operation's contents read when first asked for,
 * where the library's generate() reads them when looked up.
 */
const generateLazily = async ({ specDir, memo }: { readonly specDir: string; readonly memo: Memo }) =>
  generateFromInput(await readSpecInput(specDir), undefined, memo);

const contents = (files: readonly GeneratedFile[]) => new Map(files.map((f) => [f.path, f.content]));
const UNCHANGED = "operations/cardCheck/types.ts";

test("kept in memory, an unchanged operation's files are the run before's, and every run is what a memo-less run makes", async () => {
  // The golden fixture (every feature of the format in three operations): a third of the repository spec's cost per run.
  const { root, spec } = await tempWorkspace(path.join(goldenRoot, "spec"));
  const memo = keptInMemory(memoryMemo());
  const edited = path.join(spec, "operations/office/cardRefund.yaml");
  const steps: [string, string, boolean][] = [
    ["summary: Refunds a card payment", "summary: Refunds a card payment (1)", true],
    ["summary: Refunds a card payment (1)", "summary: Refunds a card payment (2)", true],
    ["merchantId: { from: dictionary, presence:", "merchantId: { from: dictionary, presense:", false],
    ["merchantId: { from: dictionary, presense:", "merchantId: { from: dictionary, presence:", true],
    // Back to the first text: the operation's key is one a run before had.
    ["summary: Refunds a card payment (2)", "summary: Refunds a card payment", true],
  ];
  const unchanged: GeneratedFile[] = [];
  const run = async (label: string, sound: boolean) => {
    const result = await generateLazily({ specDir: spec, memo });
    const without = await generateShared(spec, root);
    expect(result.ok, label).toBe(sound);
    if (!result.ok || !without.ok) return;
    expect(contents(result.files), label).toEqual(contents(without.files));
    // In the same order too: a run with the paths of the run before takes its order (kept-outputs.ts, sortedAsBefore).
    expect(
      result.files.map((f) => f.path),
      label,
    ).toEqual(without.files.map((f) => f.path));
    const file = result.files.find((f) => f.path === UNCHANGED);
    if (file === undefined) throw new Error(`no ${UNCHANGED}`);
    unchanged.push(file);
  };
  await run("first run", true);
  for (const [from, to, sound] of steps) {
    await editFile(edited, from, to);
    await run(to, sound);
  }
  // An operation gone, then back: other paths, in another order.
  const moved = path.join(root, "cardPaymentInit.yaml");
  const paypage = path.join(spec, "operations/paypage/cardPaymentInit.yaml");
  await rename(paypage, moved);
  await run("cardPaymentInit gone", true);
  await rename(moved, paypage);
  await run("cardPaymentInit back", true);
  // The first run emits; the second finds the operation in the store the first made and keeps it; from then on each
  // run takes it as it is, a broken save between them notwithstanding.
  expect(unchanged.map((file) => file === unchanged[1])).toEqual([false, true, true, true, true, true, true]);
});
