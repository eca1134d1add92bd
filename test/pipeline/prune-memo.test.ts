// The memo on disk kept under a size: past it, the entries written longest
// ago go, at most once per interval; the rest of the cache folder (the output's
// stat record) is not the memo's to prune.
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { diskMemo, memoKey } from "../../generator/memo/memo.js";
import { pruneMemo } from "../../generator/memo/prune-memo.js";

const HOUR = 3_600_000;
const NOW = Date.parse("2026-12-01T12:00:00Z");

/** A memo with `count` entries of 100 bytes, the i-th written i hours before NOW. */
async function memoOf(count: number): Promise<{ dir: string; keys: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-prune-"));
  const memo = diskMemo(dir);
  const keys = Array.from({ length: count }, (_, i) => memoKey("entry", String(i)));
  for (const [i, key] of keys.entries()) {
    await memo.set(key, "x".repeat(100));
    const at = (NOW - i * HOUR) / 1000;
    utimesSync(path.join(dir, key.slice(0, 2), key), at, at);
  }
  mkdirSync(path.join(dir, "output-stat"));
  writeFileSync(path.join(dir, "output-stat", "record"), "y".repeat(10_000));
  return { dir, keys };
}

const present = async (dir: string, keys: readonly string[]) => {
  const memo = diskMemo(dir);
  const out: boolean[] = [];
  for (const key of keys) out.push((await memo.get(key)) !== undefined);
  return out;
};

test("past the size, the entries written longest ago go, and nothing else", async () => {
  const { dir, keys } = await memoOf(10);
  expect(pruneMemo(dir, { maxBytes: 450, now: NOW })).toBe(6);
  // The four written last stay; the stat record is not an entry.
  expect(await present(dir, keys)).toEqual([true, true, true, true, false, false, false, false, false, false]);
  expect(readdirSync(path.join(dir, "output-stat"))).toEqual(["record"]);
});

test("under the size nothing goes; the memo is measured again only after the interval", async () => {
  const { dir, keys } = await memoOf(5);
  expect(pruneMemo(dir, { maxBytes: 1000, now: NOW })).toBe(0);
  expect(await present(dir, keys)).toEqual([true, true, true, true, true]);
  // Measured an hour ago: not again before a day has passed.
  expect(pruneMemo(dir, { maxBytes: 0, now: NOW + HOUR, everyMs: 24 * HOUR })).toBe(0);
  expect(await present(dir, keys)).toEqual([true, true, true, true, true]);
  expect(pruneMemo(dir, { maxBytes: 0, now: NOW + 25 * HOUR, everyMs: 24 * HOUR })).toBe(5);
  expect(await present(dir, keys)).toEqual([false, false, false, false, false]);
});

test("a memo folder that does not exist or cannot be listed is left alone, without a throw", () => {
  expect(pruneMemo(path.join(tmpdir(), "sips-prune-none", "memo"), { now: NOW })).toBe(0);
});
