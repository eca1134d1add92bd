// An entry of a megabyte or more read off the main thread (the store of
// pieces) has its buffer written on the thread pool first (mapped-first.ts),
// and what it reads is still the entry's bytes whole: none of what was written
// before the read is left, and an entry cut during the read is no entry.
import { randomFill } from "node:crypto";
import { mkdtemp, rm, truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { memoKey } from "../../generator/memo/memo-key.js";

vi.mock("node:crypto", async (original) => {
  const crypto = await original<typeof import("node:crypto")>();
  return { ...crypto, randomFill: vi.fn(crypto.randomFill) };
});

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "mapped-first-"));
  vi.mocked(randomFill).mockClear();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Bytes that no random fill gives back by chance: a counter. */
const counted = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => i % 251));

test("a large entry is written on the thread pool before it is read, and read whole", async () => {
  const memo = diskMemo(dir);
  const key = memoKey("large entry");
  const bytes = counted((1 << 20) + 4099);
  await memo.setBytes?.(key, [bytes]);
  const read = await memo.readBytes(key);
  expect(vi.mocked(randomFill)).toHaveBeenCalledTimes(1);
  expect(Buffer.compare(Buffer.from(read as Uint8Array), bytes)).toBe(0);
});

test("a small entry is read as it is", async () => {
  const memo = diskMemo(dir);
  const key = memoKey("small entry");
  await memo.setBytes?.(key, [counted(5000)]);
  expect(Buffer.compare(Buffer.from((await memo.readBytes(key)) as Uint8Array), counted(5000))).toBe(0);
  expect(vi.mocked(randomFill)).not.toHaveBeenCalled();
});

test("a large entry cut while its buffer is written is no entry, not the random bytes", async () => {
  const memo = diskMemo(dir);
  const key = memoKey("cut entry");
  await memo.setBytes?.(key, [counted(1 << 21)]);
  const file = path.join(dir, key.slice(0, 2), key);
  // The fill runs on the thread pool after readBytes has sized the buffer: cut the entry meanwhile.
  vi.mocked(randomFill).mockImplementationOnce(((_buffer: Buffer, callback: (error: Error | null) => void) => {
    void truncate(file, 1000).then(() => callback(null));
  }) as unknown as typeof randomFill);
  expect(await memo.readBytes(key)).toBeUndefined();
});
