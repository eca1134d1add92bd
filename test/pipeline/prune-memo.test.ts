// The memo on disk kept under a size: past it, every entry the run did not
// read, write or retain goes (all at once, so no list outlives its contents),
// at most once per interval; the rest of the cache folder (the output's stat
// record) is not the memo's to prune. And end to end: a run after a pruning
// finds every entry it relies on, contents read later included.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { generate } from "../../generator/index.js";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoKey } from "../../generator/memo/memo-key.js";
import { pruneMemo } from "../../generator/memo/prune-memo.js";
import { fixturesDir } from "../support/paths.js";

const HOUR = 3_600_000;
const goldenSpec = path.join(fixturesDir, "golden", "spec");
const NOW = Date.parse("2026-12-01T12:00:00Z");

/** A memo of `count` entries of 100 bytes, beside an output stat record. */
async function memoOf(count: number): Promise<{ dir: string; keys: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-prune-"));
  const memo = diskMemo(dir);
  const keys = Array.from({ length: count }, (_, i) => memoKey("entry", String(i)));
  for (const key of keys) await memo.set(key, "x".repeat(100));
  mkdirSync(path.join(dir, "output-stat"));
  writeFileSync(path.join(dir, "output-stat", "record"), "y".repeat(10_000));
  return { dir, keys };
}

const present = (dir: string, keys: readonly string[]) => {
  const memo = diskMemo(dir);
  return keys.map((key) => memo.getNow(key) !== undefined);
};

test("a new memo is not measured: its clock starts", async () => {
  const { dir, keys } = await memoOf(3);
  expect(pruneMemo(dir, new Set(), { maxBytes: 0, now: NOW })).toBe(0);
  expect(present(dir, keys)).toEqual([true, true, true]);
  expect(pruneMemo(dir, new Set(), { maxBytes: 0, now: NOW + 25 * HOUR })).toBe(3);
});

test("past the size, every entry the run did not use goes, and nothing else", async () => {
  const { dir, keys } = await memoOf(6);
  const used = new Set([keys[1], keys[4]] as string[]);
  pruneMemo(dir, used, { now: NOW - 25 * HOUR });
  expect(pruneMemo(dir, used, { maxBytes: 450, now: NOW })).toBe(4);
  expect(present(dir, keys)).toEqual([false, true, false, false, true, false]);
  expect(readdirSync(path.join(dir, "output-stat"))).toEqual(["record"]);
});

test("under the size nothing goes; the memo is measured again only after the interval", async () => {
  const { dir, keys } = await memoOf(5);
  const none = new Set<string>();
  pruneMemo(dir, none, { now: NOW - 25 * HOUR });
  expect(pruneMemo(dir, none, { maxBytes: 1000, now: NOW })).toBe(0);
  expect(present(dir, keys)).toEqual([true, true, true, true, true]);
  expect(pruneMemo(dir, none, { maxBytes: 0, now: NOW + HOUR, everyMs: 24 * HOUR })).toBe(0);
  expect(present(dir, keys)).toEqual([true, true, true, true, true]);
  expect(pruneMemo(dir, none, { maxBytes: 0, now: NOW + 25 * HOUR, everyMs: 24 * HOUR })).toBe(5);
  expect(present(dir, keys)).toEqual([false, false, false, false, false]);
});

test("a memo folder that does not exist is left alone, without a throw", () => {
  expect(pruneMemo(path.join(tmpdir(), "sips-prune-none", "memo"), new Set(), { now: NOW })).toBe(0);
});

test("a run after a pruning by the run before finds every entry it relies on, the contents it reads later too", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sips-prune-run-"));
  const first = await generate({ specDir: goldenSpec, memo: diskMemo(dir) });
  // Another run's leftovers, then a run that reads everything from the memo and prunes all it did not use.
  await diskMemo(dir).set(memoKey("stale"), "z".repeat(1000));
  const second = diskMemo(dir);
  const again = await generate({ specDir: goldenSpec, memo: second });
  pruneMemo(dir, second.used, { now: NOW - 25 * HOUR });
  expect(pruneMemo(dir, second.used, { maxBytes: 0, now: NOW })).toBeGreaterThan(0);
  expect(diskMemo(dir).getNow(memoKey("stale"))).toBeUndefined();
  // Every content of the files remembered, read only now: none was pruned.
  const third = await generate({ specDir: goldenSpec, memo: diskMemo(dir) });
  const texts = (r: typeof first) => (r.ok ? r.files.map((f) => [f.path, f.content]) : r.diagnostics);
  expect(texts(third)).toEqual(texts(first));
  expect(texts(again)).toEqual(texts(first));
});
