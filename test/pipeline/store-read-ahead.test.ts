// The read of the store of pieces started ahead (readPieceStoreAhead,
// generator/emit/piece-store.ts): asked again for the same key before the store
// is opened, it must not start a second read of tens of megabytes. What is read
// ahead is taken once: a later run reads the store again.
import { expect, test } from "vitest";
import { memoryMemo, type Memo } from "../../generator/index.js";
import { operationRecord } from "../../generator/emit/piece-record.js";
import { openPieceStore, readPieceStoreAhead, rememberPieceStore } from "../../generator/emit/piece-store.js";

/** A memo in memory that counts its reads ahead by key. */
function countingMemo(): { memo: Memo; reads: Map<string, number> } {
  const inner = memoryMemo();
  const reads = new Map<string, number>();
  const memo: Memo = {
    ...inner,
    readBytes: async (key) => {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return inner.getBytes?.(key);
    },
  };
  return { memo, reads };
}

const asBytes = new Set(["openapi"]);
const records = ["a", "b"].map(
  (key) => [key, operationRecord([key], { openapi: { post: `${key} ` } }, asBytes) as Uint8Array] as const,
);

test("asked twice for the same key before the store is opened, the store is read once", async () => {
  const { memo, reads } = countingMemo();
  await rememberPieceStore(memo, "store", records, asBytes);
  readPieceStoreAhead(memo, "store");
  readPieceStoreAhead(memo, "store");
  expect((await openPieceStore(memo, "store", asBytes)).keys).toEqual(["a", "b"]);
  expect(reads.get("store")).toBe(1);
});

test("a read ahead is taken by one open: the next run's is a read of its own", async () => {
  const { memo, reads } = countingMemo();
  await rememberPieceStore(memo, "store", records, asBytes);
  readPieceStoreAhead(memo, "store");
  await openPieceStore(memo, "store", asBytes);
  readPieceStoreAhead(memo, "store");
  expect((await openPieceStore(memo, "store", asBytes)).keys).toEqual(["a", "b"]);
  expect(reads.get("store")).toBe(2);
});

test("a read ahead of another key is not taken for this one", async () => {
  const { memo } = countingMemo();
  await rememberPieceStore(memo, "store", records, asBytes);
  readPieceStoreAhead(memo, "other");
  expect((await openPieceStore(memo, "store", asBytes)).keys).toEqual(["a", "b"]);
});
