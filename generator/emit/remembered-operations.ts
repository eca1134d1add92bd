// What an operation's emit reuses from the memo: its files and pieces as a run
// before remembered them (the store of every operation's pieces, the lists of
// files, the outputs a repeated process kept), and how a newly emitted
// operation, and the store, are remembered for the next run.

import type { InputKey } from "../memo/input-key.js";
import type { Memo } from "../memo/memo.js";
import { listOf } from "./listed-file.js";
import { listedFiles, rememberedFiles, rememberFilesMeanwhile, retainListed } from "./remembered-files.js";
import { rememberedPieces, rememberPieces, retainPieces, type Pieces } from "./remembered-pieces.js";
import { operationRecord } from "./piece-record.js";
import { rememberPieceStore, type PieceStore, type StoredOperation } from "./piece-store.js";
import type { MadeOperation } from "./made-operation.js";
import type { OperationScope } from "./generated-file.js";
import type { OperationOutput } from "./kept-outputs.js";

/**
 * Every operation's pieces, as one store for the next run: an operation whose
 * pieces came from the store keeps its record as it is. Not written again when
 * it would hold the same records.
 */
export async function rememberStore(
  memo: Memo,
  storeKey: string,
  outputs: readonly OperationOutput[],
  before: PieceStore | undefined,
  asBytes: ReadonlySet<string>,
): Promise<void> {
  const records: [string, Uint8Array, StoredOperation | undefined][] = [];
  // A whole stamped by this run is named by the changes written after it, even if no record changed.
  let same = before !== undefined && before.keys.length === outputs.length && !before.whole?.stampedNow;
  for (const [i, output] of outputs.entries()) {
    if (output.key === undefined) continue;
    const { stored } = output;
    same &&= stored !== undefined && before?.keys[i] === output.key;
    const record =
      stored?.record ?? output.record ?? operationRecord(listOf(output.files), await output.pieces(), asBytes);
    if (record) records.push([output.key, record, stored]);
  }
  if (!same) await rememberPieceStore(memo, storeKey, records, asBytes, before?.whole);
}

/** How an operation's pieces are made, and the pieces found in the memo when they hold every emitter's (else undefined). */
export interface PieceMaker {
  readonly made: (scope: OperationScope) => Pieces;
  readonly whole: (pieces: Pieces | undefined) => Pieces | undefined;
}

/** Where an operation's output may be found: the memo, the store of pieces, the outputs kept from the run before. */
export interface OperationSources {
  readonly memo: Memo;
  /** The key of an operation's inputs (EmitMemo's in emit-files.ts). */
  readonly inputKey: InputKey;
  readonly maker: PieceMaker;
  readonly store: () => Promise<PieceStore>;
  readonly last: ReadonlyMap<string, OperationOutput> | undefined;
  /** Whether the files' contents are read when looked up, not when first asked for (lost-entries.ts). */
  readonly readNow: boolean;
}

/**
 * An operation's output as the memo gives it, or the key to remember it under
 * once emitted. `emitters`: the key of the generator and the selected
 * emitters, part of the key.
 */
export async function rememberedOperation(
  scope: OperationScope,
  emitters: string,
  { memo, inputKey, maker, store, last, readNow }: OperationSources,
): Promise<OperationOutput | { readonly key: string }> {
  const { operation } = scope;
  const key = inputKey(operation.sourceFile, operation.pages, emitters);
  const kept = last?.get(key);
  if (kept) {
    // Used by this run as by the one that made it: what is kept of it must stay (forgetUnused, pruning).
    retainListed(memo, key);
    retainPieces(memo, key);
    return kept;
  }
  // The store holds the list of files of every operation the run before had; others are listed apart.
  const found = (await store()).get(key);
  const stored = found && maker.whole(found.pieces) ? found : undefined;
  const fromStore = stored && (await listedFiles(memo, key, stored.files, readNow));
  const known = fromStore ?? (await rememberedFiles(memo, key, readNow));
  if (known === undefined) return { key };
  retainPieces(memo, key);
  return {
    files: known,
    key,
    ...(fromStore && { stored }),
    // Pieces lost from the memo are made again from the scope: they are a function of it alone.
    pieces: async () =>
      (fromStore && stored?.pieces) || maker.whole(await rememberedPieces(memo, key)) || maker.made(scope),
  };
}

/**
 * An operation just emitted, remembered under `key`: its output at once, and
 * the writes of its entries, which go on while the run emits the next
 * (`written` settles once they are all made, false when its files' contents
 * could not be stored).
 */
export function rememberMade(
  memo: Memo,
  key: string,
  made: MadeOperation,
): { readonly output: OperationOutput; readonly written: Promise<boolean> } {
  const pieces = rememberPieces(memo, key, made.pieces);
  // The files as the bytes remembered, which the run then hashes and writes as they are.
  const files = rememberFilesMeanwhile(memo, key, made.files);
  return {
    output: { files: files.files, key, pieces: async () => made.pieces, ...(made.record && { record: made.record }) },
    written: Promise.all([pieces, files.written]).then(([, stored]) => stored),
  };
}
