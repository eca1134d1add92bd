// A memo entry written stamped (memo/entry-stamp.ts) is known by its file's
// stat: the stamp the write gives is the one a read of the untouched file
// gives, and any write since, even of the same bytes, or its times set back,
// gives another.
import { mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { diskMemo } from "../../generator/memo/disk-memo.js";
import { isStamp, sameStamp, type StampedBytes } from "../../generator/memo/entry-stamp.js";
import { memoKey } from "../../generator/memo/memo-key.js";

test("a stamped entry reads with the stamp it was written with, and any write since changes it", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "entry-stamp-"));
  try {
    const memo = diskMemo(dir);
    const key = memoKey("stamped entry");
    const file = path.join(dir, key.slice(0, 2), key);
    const stamp = await memo.setBytes?.(key, [Buffer.from("by"), Buffer.from("tes")], true);
    if (!isStamp(stamp)) throw new Error(`no stamp: ${String(stamp)}`);
    const read = async () => (await memo.readBytes(key, true)) as StampedBytes;
    expect(Buffer.from((await read()).bytes).toString()).toBe("bytes");
    expect(sameStamp(stamp, (await read()).stamp)).toBe(true);
    // Unstamped, a write gives no stamp. Its file may still read as one (its rename can fall in a later tick of
    // the file system's clock than its last write, which sets the change time after the modification time), but
    // never as another file's.
    expect(await memo.setBytes?.(memoKey("plain entry"), [Buffer.from("plain")])).toBe(true);
    const plain = ((await memo.readBytes(memoKey("plain entry"), true)) as StampedBytes).stamp;
    expect(plain === undefined || !sameStamp(stamp, plain)).toBe(true);

    // The same bytes written again in place: no longer the stamped file.
    await writeFile(file, await readFile(file));
    expect(sameStamp(stamp, (await read()).stamp)).toBe(false);
    // Its modification time set back (to the microsecond) to the stamped one: the change time still tells.
    const stamped = Number(BigInt(stamp[3]) / 1000n) / 1e6;
    await utimes(file, stamped, stamped);
    expect(sameStamp(stamp, (await read()).stamp)).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
