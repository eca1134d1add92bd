// What a process that generates again and again (--watch, a memo kept in
// memory) keeps of the emit stage from one save to the next, so that a save
// costs in proportion to what it changed rather than to a thousand
// operations: each operation's output, and the order of the files.

import type { Memo } from "../memo/memo.js";
import { keepsInMemory } from "../memo/kept-in-memory.js";
import type { GeneratedFile } from "./generated-file.js";
import type { StoredOperation } from "./piece-store.js";
import { sortedUnique } from "./registry.js";
import type { Pieces } from "./remembered-pieces.js";

/** What one operation gives: its files, and its piece of each shared file made of pieces (see SharedPieces). */
export interface OperationOutput {
  readonly files: GeneratedFile[];
  readonly pieces: () => Promise<Pieces>;
  /** With a memo: the key of its inputs, and its pieces as the store of the run before kept them, if it did. */
  readonly key?: string;
  readonly stored?: StoredOperation;
  /** Its record in the store of pieces, made on the emit thread with its files (posted-operation.ts). */
  readonly record?: Uint8Array;
}

/**
 * Each operation's output of the run before, by its key, as it came from the
 * store of pieces. A save takes the unchanged ones as they are: no lookup,
 * list read or file object made again for each of a thousand operations.
 * (What they retained stays retained: a memo's record of what runs used only
 * grows.)
 */
const keptOutputs = new WeakMap<Memo, ReadonlyMap<string, OperationOutput>>();

/** The outputs kept by the run before with `memo`; undefined for a memo not kept in memory. */
export const lastOutputs = (memo: Memo): ReadonlyMap<string, OperationOutput> | undefined =>
  keepsInMemory(memo) ? keptOutputs.get(memo) : undefined;

/** Keeps the run's outputs that came from the store; one emitted anew is kept once the next run finds it there. */
export function keepOutputs(memo: Memo, outputs: readonly OperationOutput[]): void {
  if (!keepsInMemory(memo)) return;
  const kept = new Map<string, OperationOutput>();
  for (const output of outputs) if (output.key !== undefined && output.stored) kept.set(output.key, output);
  keptOutputs.set(memo, kept);
}

/** The paths of the files the run before made, in the order made, and the indexes that sort them. */
const keptOrders = new WeakMap<Memo, { readonly paths: readonly string[]; readonly order: readonly number[] }>();

/**
 * The files sorted by path, as sortedUnique sorts them. With a memo kept in
 * memory, files at the very paths, in the order the run before made them,
 * are put in the order found then: a save changes texts, seldom paths.
 */
export function sortedAsBefore(memo: Memo, files: readonly GeneratedFile[]): GeneratedFile[] {
  if (!keepsInMemory(memo)) return sortedUnique(files);
  const last = keptOrders.get(memo);
  if (last && last.paths.length === files.length && files.every((file, i) => file.path === last.paths[i]))
    return last.order.map((i) => files[i] as GeneratedFile);
  const sorted = sortedUnique(files);
  const index = new Map(files.map((file, i) => [file, i]));
  keptOrders.set(memo, {
    paths: files.map((file) => file.path),
    order: sorted.map((file) => index.get(file) as number),
  });
  return sorted;
}
