// The store of pieces (generator/emit/piece-store.ts) is not hashed again
// when its file is still as the run that wrote it stamped it: the changes
// written beside it name the whole's hash and stamp. A whole read under
// another stamp, or without changes that name it, is checked by its hash.
import { expect, test } from "vitest";
import { memoryMemo, type Memo } from "../../generator/index.js";
import type { EntryStamp, StampedBytes } from "../../generator/memo/entry-stamp.js";
import { operationRecord } from "../../generator/emit/piece-record.js";
import { openPieceStore, readPieceStoreAhead, rememberPieceStore } from "../../generator/emit/piece-store.js";
import { changesKey } from "../../generator/emit/piece-store-changes.js";

const STAMP: EntryStamp = ["1", "2", "3", "4", "5"];

/** A memo in memory that stamps what it is asked to as `STAMP`, and reads each entry with the stamp `readStamp()` gives. */
function stampingMemo(readStamp: () => EntryStamp | undefined): Memo {
  const inner = memoryMemo();
  return {
    ...inner,
    setBytes: async (key, bytes, stamped) => {
      await inner.setBytes?.(key, bytes);
      return stamped ? STAMP : true;
    },
    readBytes: async (key, stamped): Promise<Uint8Array | StampedBytes | undefined> => {
      const bytes = inner.getBytes?.(key);
      return bytes && stamped ? { bytes, stamp: readStamp() } : bytes;
    },
  };
}

test("a whole read under the stamp it was written with is not hashed; under another, or without its changes, it is", async () => {
  const asBytes = new Set(["openapi"]);
  const keys = ["a", "b", "c"];
  const records = keys.map(
    (key) =>
      [key, operationRecord([key], { openapi: { post: `${key} `.repeat(100) } }, asBytes) as Uint8Array] as const,
  );
  let stamp: EntryStamp | undefined = STAMP;
  const memo = stampingMemo(() => stamp);
  await rememberPieceStore(memo, "store", records, asBytes);
  // A byte of a record changed under the same stamp (which no write leaves as it was): taken as it is, not hashed.
  const whole = Buffer.from(memo.getBytes?.("store") ?? []);
  const at = whole.lastIndexOf("c ");
  await memo.setBytes?.("store", Buffer.concat([whole.subarray(0, at), Buffer.from("x"), whole.subarray(at + 1)]));
  const post = (store: Awaited<ReturnType<typeof openPieceStore>>) =>
    Buffer.from((store.get("c")?.pieces.openapi as { post: Uint8Array } | undefined)?.post ?? []).toString("utf8");
  // Read as a run reads it: ahead, with its stamp.
  const opened = () => {
    readPieceStoreAhead(memo, "store");
    return openPieceStore(memo, "store", asBytes);
  };
  const trusted = await opened();
  expect(trusted.keys).toEqual(keys);
  expect(post(trusted)).toBe(`${"c ".repeat(99)}x `);
  expect(trusted.whole?.stamp).toEqual(STAMP);
  // Read under another stamp (the file written since), or none: hashed, and found damaged.
  stamp = ["1", "2", "3", "4", "6"];
  expect((await opened()).keys).toEqual([]);
  stamp = undefined;
  expect((await opened()).keys).toEqual([]);
  // Under its stamp, but its changes lost: nothing names the stamp, and the whole is hashed.
  stamp = STAMP;
  await memo.setBytes?.(changesKey("store"), Buffer.alloc(0));
  expect((await opened()).keys).toEqual([]);
});
