// The files of a run sorted by path in the order the run before found: after
// an edit among a thousand operations, a new process lists the same some
// 12,000 files in the same order as the run before, and sorting them again
// (a comparison in JavaScript for each of some 160,000 pairs, and a Set of
// every path to find one made twice) cost about 10 ms of every run. The order
// is kept in the memo as the indexes that sort the files as emitted, and
// taken only where it proves itself: a permutation of the files under which
// each path comes strictly after the one before, which is then the one order
// sortedUnique gives, with no path made twice. Anything else (no entry, a
// damaged or stale one, another spec's, a file added, removed or renamed) is
// sorted as sortedUnique sorts it, and that order remembered.

import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { emitterNames } from "./emit-shared.js";
import type { Emitter, GeneratedFile } from "./generated-file.js";
import { sortedUnique } from "./registry.js";

/** Where the order is remembered: like the store of pieces, one entry, rewritten by each run whose order differs. */
export const fileOrderKey = (selected: readonly Emitter[]): string =>
  memoKey("file-order", generatorFingerprint(), emitterNames(selected));

/** `files` sorted by path, as sortedUnique sorts them (and throws), in the order remembered under `key` when it holds. */
export async function sortedAsRemembered(
  memo: Memo,
  key: string,
  files: readonly GeneratedFile[],
): Promise<GeneratedFile[]> {
  const text = memo.getNow?.(key);
  const taken = text === undefined ? undefined : inOrder(files, text);
  if (taken) return taken;
  const sorted = sortedUnique(files);
  const index = new Map(files.map((file, i) => [file, i]));
  await memo.set(key, JSON.stringify(sorted.map((file) => index.get(file) as number)));
  return sorted;
}

/**
 * The files in the order `text` gives (the JSON of a list of indexes into
 * `files`), when it is a permutation of them under which every path is
 * strictly after the one before; else undefined. As many indexes as files,
 * each path strictly after the one before: then no index is taken twice (its
 * path would come again), and the paths are as many as the files, all apart.
 */
export function inOrder(files: readonly GeneratedFile[], text: string): GeneratedFile[] | undefined {
  let order: unknown;
  try {
    order = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(order) || order.length !== files.length) return undefined;
  const indexes: readonly unknown[] = order;
  const sorted: GeneratedFile[] = new Array<GeneratedFile>(indexes.length);
  let previous: string | undefined;
  for (let rank = 0; rank < indexes.length; rank++) {
    const index = indexes[rank];
    const file = typeof index === "number" ? files[index] : undefined;
    // The order sortedUnique gives (compareText: code units), strictly: no path twice.
    if (file === undefined || (previous !== undefined && !(previous < file.path))) return undefined;
    sorted[rank] = file;
    previous = file.path;
  }
  return sorted;
}
