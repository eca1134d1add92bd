// The memo on disk makes each of its folders once per process (a saving this
// test does not see: it holds the behaviour), and makes it again when it was
// removed meanwhile: an entry written after its folder is gone is still
// written, and read back as it was.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoKey } from "../../generator/memo/memo-key.js";

test("entries are written and read back, and written again once their folders are removed", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "disk-memo-"));
  try {
    const memo = diskMemo(dir);
    const keys = Array.from({ length: 40 }, (_, i) => memoKey("entry", String(i)));
    await Promise.all(keys.map((key, i) => memo.set(key, `text ${i}`)));
    expect(keys.map((key) => memo.getNow(key))).toEqual(keys.map((_, i) => `text ${i}`));
    // The whole memo folder removed while the process runs: the next writes make their folders again.
    await rm(dir, { recursive: true, force: true });
    await memo.set(keys[0] as string, "again");
    await memo.setBytes?.(keys[1] as string, [Buffer.from("by"), Buffer.from("tes")]);
    expect([memo.getNow(keys[0] as string), memo.getNow(keys[1] as string)]).toEqual(["again", "bytes"]);
    expect(memo.getNow(keys[2] as string)).toBeUndefined();
    // Written at once (an entry found damaged where it is read lazily): there when the call returns, folder made.
    expect(memo.setNow(keys[2] as string, "at once")).toBe(true);
    expect(memo.getNow(keys[2] as string)).toBe("at once");
    expect(memo.used.has(keys[2] as string)).toBe(true);
    // Nothing is left under a temporary name.
    const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".tmp"));
    expect(names).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Writes run side by side (a first run writes while it parses and emits the next), and two spec files of the same
// text have the same parse entry: two writes of one key, each under a temporary name of its own, are each stored
// whole, where a name they shared was truncated and written by both, renamed by one, and failed for the other.
test("writes of the same key at once are each stored whole, and the entry is one of them", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "disk-memo-"));
  try {
    const memo = diskMemo(dir);
    const key = memoKey("entry", "same");
    const [long, short] = ["a".repeat(200_000), "b"];
    for (let turn = 0; turn < 20; turn++) {
      const stored = await Promise.all([memo.set(key, long), memo.set(key, short), memo.set(key, long)]);
      expect(stored).toEqual([true, true, true]);
      expect([long, short]).toContain(memo.getNow(key));
    }
    const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".tmp"));
    expect(names).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// A memo that cannot be written only makes the next run slower: a write at once (Memo.setNow, in the middle of a
// stage) answers false as set does, where it threw and ended the run with exit 2.
test("an entry whose folder is a file is not written, at once or not, and neither throws", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "disk-memo-"));
  try {
    const key = memoKey("entry", "blocked");
    await writeFile(path.join(dir, key.slice(0, 2)), "a file where the entry's folder would be");
    const memo = diskMemo(dir);
    expect(await memo.set(key, "later")).toBe(false);
    expect(memo.setNow(key, "at once")).toBe(false);
    expect(memo.getNow(key)).toBeUndefined();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
