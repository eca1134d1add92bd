// An entry of a megabyte or more read off the main thread (the store of
// pieces) has its buffer written on the thread pool first (mapped-first.ts):
// the read comes only once that write is done, a small entry's at once, and
// what the memo reads is still the entry's bytes whole, none of what was
// written before the read left.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { mappedFirst } from "../../generator/memo/mapped-first.js";
import { memoKey } from "../../generator/memo/memo-key.js";

/** Bytes that no random fill gives back by chance: a counter. */
const counted = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => i % 251));

test("a large buffer is given once its pages are written, a small one at once and unwritten", async () => {
  const steps: string[] = [];
  const fill = (bytes: Buffer, done: (error: Error | null) => void) => {
    steps.push(`fill ${bytes.length}`);
    bytes.fill(7);
    setImmediate(() => done(null));
  };
  const large = await new Promise<Buffer>((resolve) => {
    mappedFirst(1 << 20, resolve, fill);
    steps.push("asked");
  });
  expect(steps).toEqual([`fill ${1 << 20}`, "asked"]);
  expect(large.length).toBe(1 << 20);
  expect(large.every((byte) => byte === 7)).toBe(true);
  // A failed write leaves the buffer to the read all the same.
  const failed = await new Promise<Buffer>((resolve) =>
    mappedFirst(2 << 20, resolve, (_bytes, done) => done(new Error("no"))),
  );
  expect(failed.length).toBe(2 << 20);
  let small: Buffer | undefined;
  mappedFirst((1 << 20) - 1, (bytes) => (small = bytes), fill);
  expect(small?.length).toBe((1 << 20) - 1);
  expect(steps).toHaveLength(2);
});

test("a large entry of the memo on disk reads back whole", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "mapped-first-"));
  try {
    const memo = diskMemo(dir);
    for (const size of [(1 << 20) + 4099, 5000]) {
      const key = memoKey("entry", String(size));
      await memo.setBytes?.(key, [counted(size)]);
      expect(Buffer.compare(Buffer.from((await memo.readBytes(key)) as Uint8Array), counted(size))).toBe(0);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
