// A key retained as a function (Memo.retain) is worked out only when the keys
// a run relies on are asked for: by pruning, at most once a day, or, in a
// process that generates again and again, when the entries a run did not use
// are dropped from memory. Until then no hash is taken; once asked for, the
// key counts as any retained key does.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { forgetUnused, keptInMemory } from "../../generator/memo/kept-in-memory.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoryMemo, type Memo } from "../../generator/memo/memo.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { pruneMemo } from "../../generator/memo/prune-memo.js";

const NOW = Date.parse("2026-12-01T12:00:00Z");
const DAY = 24 * 3_600_000;

/** A key retained as a function, with how many times it was worked out. */
function lateKey(name: string) {
  const calls = { count: 0 };
  const key = memoKey("late", name);
  return {
    key,
    calls,
    make: () => {
      calls.count++;
      return key;
    },
  };
}

test("a disk memo works out a key retained as a function when its used keys are read, once", () => {
  const memo = diskMemo(mkdtempSync(path.join(tmpdir(), "sips-retain-")));
  const late = lateKey("a");
  memo.retain?.(late.make);
  memo.retain?.("plain");
  expect(late.calls.count).toBe(0);
  expect(memo.used.has(late.key)).toBe(true);
  expect(memo.used.has("plain")).toBe(true);
  expect(late.calls.count).toBe(1);
});

test("pruning asks for the keys only when it prunes, and keeps the entries they name", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-retain-prune-"));
  const memo = diskMemo(dir);
  const [kept, gone] = [lateKey("kept"), lateKey("gone")];
  await memo.set(kept.key, "x".repeat(100));
  await memo.set(gone.key, "y".repeat(100));
  const run = diskMemo(dir);
  run.retain?.(kept.make);
  let asked = 0;
  const used = () => {
    asked++;
    return run.used;
  };
  // A new memo's clock starts; then measured within the day; then under the size: no key is worked out.
  expect(pruneMemo(dir, used, { maxBytes: 0, now: NOW - 2 * DAY })).toBe(0);
  expect(pruneMemo(dir, used, { maxBytes: 0, now: NOW - DAY - DAY / 2 })).toBe(0);
  expect(pruneMemo(dir, used, { maxBytes: 10_000, now: NOW - DAY / 2 })).toBe(0);
  expect([asked, kept.calls.count]).toEqual([0, 0]);
  expect(pruneMemo(dir, used, { maxBytes: 0, now: NOW + DAY })).toBe(1);
  expect([asked, kept.calls.count]).toEqual([1, 1]);
  const after = diskMemo(dir);
  expect([after.getNow(kept.key), after.getNow(gone.key)]).toEqual(["x".repeat(100), undefined]);
});

test("kept in memory, an entry retained as a function stays in memory; the memo below is told the same", async () => {
  const inner = memoryMemo();
  const reads: string[] = [];
  const retained: (string | (() => string))[] = [];
  const memo: Memo = {
    ...inner,
    get: (key) => {
      reads.push(key);
      return inner.get(key);
    },
    retain: (key) => void retained.push(key),
  };
  const kept = keptInMemory(memo);
  const late = lateKey("b");
  await kept.set(late.key, "B");
  await kept.set("other", "O");
  forgetUnused(kept);
  // The next run retains the one as a function and uses neither.
  kept.retain?.(late.make);
  expect(late.calls.count).toBe(0);
  expect(retained).toEqual([late.make]);
  forgetUnused(kept);
  expect(late.calls.count).toBe(1);
  expect(await kept.get(late.key)).toBe("B");
  expect(reads).toEqual([]);
  expect(await kept.get("other")).toBe("O");
  expect(reads).toEqual(["other"]);
});
