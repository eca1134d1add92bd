// The store of pieces a run writes (rememberStore, remembered-operations.ts)
// holds, for an operation emitted on the second thread, the record that
// thread made with its files (posted-operation.ts): the main thread does not
// make it again from the files and pieces.
import { expect, test } from "vitest";
import { memoryMemo } from "../../generator/index.js";
import { operationRecord } from "../../generator/emit/piece-record.js";
import { openPieceStore } from "../../generator/emit/piece-store.js";
import { rememberStore } from "../../generator/emit/remembered-operations.js";

const asBytes = new Set(["openapi"]);

test("an operation's record handed over with it is the one the store keeps; one the store gave stays as it was", async () => {
  const memo = memoryMemo();
  // Pieces that differ from the record's, which only a record made again from them would hold.
  const pieces = async () => ({ client: { made: "again" } });
  const handed = operationRecord([], { client: { made: "on the thread" } }, asBytes);
  const kept = operationRecord([], { client: { made: "before" } }, asBytes);
  if (!handed || !kept) throw new Error("no record");
  const stored = { files: [], pieces: { client: { made: "before" } }, record: kept };
  const outputs = [
    { files: [], key: "emitted", pieces, record: handed },
    { files: [], key: "from the store", pieces, record: handed, stored },
    { files: [], key: "made here", pieces },
  ];
  await rememberStore(memo, "store", outputs, undefined, asBytes);
  const store = await openPieceStore(memo, "store", asBytes);
  expect(store.keys).toEqual(["emitted", "from the store", "made here"]);
  expect(store.get("emitted")?.pieces).toEqual({ client: { made: "on the thread" } });
  expect(store.get("from the store")?.pieces).toEqual({ client: { made: "before" } });
  expect(store.get("made here")?.pieces).toEqual({ client: { made: "again" } });
});
