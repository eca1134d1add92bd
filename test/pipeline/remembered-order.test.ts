// A new process sorts the files in the order the run before found, remembered
// in the memo (generator/emit/remembered-order.ts), only where that order
// proves itself: a permutation of the files, each path strictly after the one
// before. Every other entry (none, damaged, stale, not ascending, a path made
// twice) falls back to sortedUnique, whose order and error it gives, and the
// order found is remembered again.
import { expect, test } from "vitest";
import { memoryMemo, type GeneratedFile, type Memo } from "../../generator/index.js";
import { inOrder, sortedAsRemembered } from "../../generator/emit/remembered-order.js";
import { sortedUnique } from "../../generator/emit/registry.js";

const KEY = "order";
const file = (path: string): GeneratedFile => ({ path, language: "typescript", content: path });
/** As an operation and the shared files come out of the emit stage: not in path order. */
const files = ["operations/b/types.ts", "docs/b.md", "operations/a/types.ts", "docs/a.md", "index.ts", "client.ts"].map(
  file,
);
const paths = (list: readonly GeneratedFile[]) => list.map((f) => f.path);

/** A memo in memory that counts the writes of the order's entry. */
function countingMemo(): Memo & { writes: () => number } {
  const inner = memoryMemo();
  let writes = 0;
  return {
    ...inner,
    set: async (key, text) => {
      if (key === KEY) writes++;
      return inner.set(key, text);
    },
    writes: () => writes,
  };
}

test("with no entry the files are sorted as sortedUnique sorts them, and the order is remembered then taken as it is", async () => {
  const memo = countingMemo();
  const first = await sortedAsRemembered(memo, KEY, files);
  expect(paths(first)).toEqual(paths(sortedUnique(files)));
  expect(memo.getNow?.(KEY)).toBe("[5,3,1,4,2,0]");
  expect(memo.writes()).toBe(1);
  // The same files again (new objects, as a new process makes them): the order remembered, not written again.
  const again = files.map((f) => file(f.path));
  const second = await sortedAsRemembered(memo, KEY, again);
  expect(second).toEqual(sortedUnique(again));
  expect(second[0]).toBe(again[5]);
  expect(memo.writes()).toBe(1);
});

test("an order that does not hold for the files is not taken: they are sorted anew and that order remembered", async () => {
  const sorted = paths(sortedUnique(files));
  const cases: [string, string][] = [
    ["another run's files, one fewer", "[4,3,1,2,0]"],
    ["in path order, one file left out", "[3,1,4,2,0]"],
    ["one more", "[5,3,1,4,2,0,6]"],
    ["a permutation not in path order", "[5,3,1,4,0,2]"],
    ["an index twice", "[5,3,1,4,2,2]"],
    ["an index past the end", "[5,3,1,4,2,6]"],
    ["a negative index", "[5,3,1,4,2,-1]"],
    ["a fraction", "[5,3,1,4,2,0.5]"],
    ["a name for an index", '["length",5,3,1,4,2]'],
    ["an index as text", '[5,3,1,4,2,"0"]'],
    ["cut short", "[5,3,1,4,2,0"],
    ["empty", ""],
    ["not a list", "{}"],
  ];
  for (const [label, entry] of cases) {
    const memo = countingMemo();
    await memo.set(KEY, entry);
    expect(inOrder(files, entry), label).toBeUndefined();
    expect(paths(await sortedAsRemembered(memo, KEY, files)), label).toEqual(sorted);
    expect(memo.getNow?.(KEY), label).toBe("[5,3,1,4,2,0]");
  }
});

test("the files emitted in another order are sorted all the same: the order remembered is of indexes, checked on paths", async () => {
  const memo = memoryMemo();
  await sortedAsRemembered(memo, KEY, files);
  const reordered = [...files].reverse();
  expect(paths(await sortedAsRemembered(memo, KEY, reordered))).toEqual(paths(sortedUnique(files)));
  expect(memo.getNow?.(KEY)).toBe("[0,2,4,1,3,5]");
});

test("a path made twice is the generator bug sortedUnique reports, whatever order is remembered", async () => {
  const twice = [file("index.ts"), file("docs/a.md"), file("index.ts")];
  for (const entry of [undefined, "[1,0,2]", "[1,2,0]"]) {
    const memo = memoryMemo();
    if (entry !== undefined) await memo.set(KEY, entry);
    await expect(sortedAsRemembered(memo, KEY, twice)).rejects.toThrow("two emitters produce index.ts");
  }
});

test("paths are ordered by code units, as sortedUnique orders them, not by locale", async () => {
  // "Z" (0x5a) before "a" (0x61), "é" (0xe9) after both, "_" (0x5f) between.
  const mixed = ["é.ts", "a.ts", "_.ts", "Z.ts"].map(file);
  const memo = memoryMemo();
  await sortedAsRemembered(memo, KEY, mixed);
  expect(paths(await sortedAsRemembered(memo, KEY, mixed))).toEqual(["Z.ts", "_.ts", "a.ts", "é.ts"]);
  expect(inOrder(mixed, "[0,1,2,3]")).toBeUndefined();
});
