// An operation's output is remembered under the key of its inputs hashed with
// what else it depends on: the generator and the emitters selected
// (emit/emit-files.ts). Runs of other emitters sharing one memo each get
// their own files, never those another selection remembered.
import path from "node:path";
import { expect, test } from "vitest";
import type { Emitter } from "../../generator/emit/generated-file.js";
import { emitters } from "../../generator/emit/registry.js";
import { generate } from "../../generator/index.js";
import { type Memo, memoryMemo } from "../../generator/memo/memo.js";
import { fixturesDir } from "../support/paths.js";

const spec = path.join(fixturesDir, "golden", "spec");

async function filesOf(selected: readonly Emitter[], memo: Memo | null): Promise<[string, string][]> {
  const result = await generate({ specDir: spec, emitters: selected, memo });
  if (!result.ok) throw new Error("the golden spec does not generate");
  return result.files.map((f) => [f.path, f.content]);
}

test("runs of other emitters with one memo each give their own files, as without memo", async () => {
  const some = emitters.filter((e) => e.name === "types" || e.name === "reference");
  const others = emitters.filter((e) => e.name === "seal" || e.name === "reference");
  expect(some.length).toBe(2);
  expect(others.length).toBe(2);
  const memo = memoryMemo();
  for (const selected of [some, emitters, others, some, emitters]) {
    expect(await filesOf(selected, memo)).toEqual(await filesOf(selected, null));
  }
});
