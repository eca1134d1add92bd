// A run tells the launcher (scripts/run-bundled.cjs) how many operations it
// parses, checks or emits afresh (generator/young-generation.ts), which widens
// V8's young generation for many: every operation on a first run or without a
// memo, the edited one alone after an edit, whose others come from the memo.
// On the golden fixture's spec (three operations), the counts seen through the
// launcher's hook, set here.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { generate, memoryMemo } from "../../generator/index.js";
import { fixturesDir } from "../support/paths.js";
import { editFile } from "../support/temp-spec.js";

const HOOK = Symbol.for("sips-json.size-young-generation");
const hooks = globalThis as { [HOOK]?: (count: number) => void };
const counts: number[] = [];

afterEach(() => {
  delete hooks[HOOK];
});

test("a run counts the operations it does afresh: all of them on a first run or without memo, one after an edit", async () => {
  const spec = path.join(await mkdtemp(path.join(tmpdir(), "sips-young-")), "spec");
  await cp(path.join(fixturesDir, "golden", "spec"), spec, { recursive: true });
  hooks[HOOK] = (count) => void counts.push(count);
  const memo = memoryMemo();
  const run = async (withMemo = true) => {
    counts.length = 0;
    const result = await generate({ specDir: spec, memo: withMemo ? memo : null });
    expect(result.ok).toBe(true);
    return [...counts];
  };
  // The model stage's count (operations without remembered facts), then the emit stage's (operations not in the memo).
  expect(await run()).toEqual([3, 3]);
  await editFile(path.join(spec, "operations", "office", "cardCheck.yaml"), "\nsummary: ", "\nsummary: Edited. ");
  expect(await run()).toEqual([1, 1]);
  expect(await run()).toEqual([0, 0]);
  // Without a memo both stages count every operation.
  expect(await run(false)).toEqual([3, 3]);
});
