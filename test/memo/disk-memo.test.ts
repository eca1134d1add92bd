// The memo on disk makes each of its folders once per process (a saving this
// test does not see: it holds the behaviour), and makes it again when it was
// removed meanwhile: an entry written after its folder is gone is still
// written, and read back as it was.
import { mkdtemp, readdir, rm } from "node:fs/promises";
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
    // Nothing is left under a temporary name.
    const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith(".tmp"));
    expect(names).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
