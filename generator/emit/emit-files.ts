// The emit stage: every file, in its final form, from the model.

import { collectWrite, failingAfterWrites, writesEnded } from "../memo/collected-writes.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import type { InputKey } from "../memo/input-key.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { keepsInMemory } from "../memo/kept-in-memory.js";
import { emitShared, emitterNames, rememberedShared } from "./emit-shared.js";
import { openPieceStore, readPieceStoreAhead, type PieceStore } from "./piece-store.js";
import type { SpecModel } from "../model/ir.js";
import { emitEach, type EmitThreads } from "./emit-threads.js";
import { madeOperation, madePieces, type MadeOperation } from "./made-operation.js";
import type { Emitter, GeneratedFile, OperationScope } from "./generated-file.js";
import { sortedUnique } from "./registry.js";
import { keepOutputs, lastOutputs, sortedAsBefore, type OperationOutput } from "./kept-outputs.js";
import { fileOrderKey, sortedAsRemembered } from "./remembered-order.js";
import { rememberedOperation, rememberMade, rememberStore, type PieceMaker } from "./remembered-operations.js";
import { sizeYoungGeneration } from "../young-generation.js";

/** What emitting may reuse: the memo, and the keys of the inputs in the spec folder (see read/input-keys.ts). */
export interface EmitMemo {
  readonly memo: Memo;
  /** Of an operation's inputs: its spec file and saved pages (relative to the spec directory), the dictionary and the platform file. */
  readonly inputKey: InputKey;
  /** Of every file of the spec folder, which the files that span operations may depend on. */
  readonly specKey: () => string;
  /**
   * Whether the shared files are remembered whole under that key (false: only
   * looked up there), for a later run of the same spec folder. A command that
   * remembers whole runs (cli/run-memo.ts) needs them only for a spec it saw
   * before, whose output the folder no longer holds.
   */
  readonly rememberShared: boolean;
  /**
   * Whether an unchanged operation's contents are read, and checked, when looked up rather than when first asked
   * for: a lost one is then a miss, where read later it is an error (memo/lost-entries.ts). False by default.
   */
  readonly readNow?: boolean;
}

/**
 * Every generated file, final and sorted by path. An operation's files depend
 * only on its scope (the operation and the platform rules), which comes from
 * its own spec file and page, the dictionary, the platform file and the
 * generator: with a memo, an operation whose inputs did not change is taken
 * from it, not emitted again, and so is its piece of each shared file. The
 * shared files are taken from the memo whole while no file of the spec
 * changed; otherwise those made of pieces are assembled from the operations'
 * pieces, and the others made again.
 */
export async function emitFiles(
  model: SpecModel,
  selected: readonly Emitter[],
  reuse: EmitMemo | null,
  threads: EmitThreads | null = null,
): Promise<GeneratedFile[]> {
  const piecewise = selected.filter((e) => e.pieces !== undefined);
  const maker: PieceMaker = {
    made: (scope) => madePieces(scope, piecewise),
    whole: (pieces) => (pieces && piecewise.every((e) => pieces[e.name] !== undefined) ? pieces : undefined),
  };
  const scopes = model.operations.map((operation) => ({ operation, platform: model.platform }));
  // What an operation's output depends on besides its inputs, hashed with them (remembered).
  const emitters = memoKey("operation", generatorFingerprint(), emitterNames(selected));
  const storeKey = pieceStoreKey(selected);
  const asBytes = new Set(piecewise.filter((e) => e.pieces?.bytes).map((e) => e.name));
  let store: Promise<PieceStore> | undefined;
  const storeOf = (memo: Memo) => (store ??= openPieceStore(memo, storeKey, asBytes));
  const readNow = reuse?.readNow === true;
  // The outputs a repeated process kept read their contents lazily: a run that reads now takes none of them.
  const kept = reuse ? lastOutputs(reuse.memo) : undefined;
  const last = readNow ? undefined : kept;
  const found = await Promise.all(
    scopes.map((scope) =>
      reuse
        ? rememberedOperation(scope, emitters, {
            memo: reuse.memo,
            inputKey: reuse.inputKey,
            maker,
            store: () => storeOf(reuse.memo),
            last,
            readNow,
          })
        : { key: undefined },
    ),
  );
  // The operations no memo gives are emitted, on two threads when there are enough of them (emit-threads.ts).
  const missing = found.flatMap((f, i) => ("files" in f ? [] : [i]));
  sizeYoungGeneration(missing.length);
  // Filled in place: each operation the memo does not give is emitted below.
  const outputs = found as OperationOutput[];
  // The memo's entries of those, written while the next are emitted, all made before the run goes on.
  const written: Promise<unknown>[] = [];
  // A process that generates again and again assembles them on its first run too, rather than on its first save:
  // the buffers, printed texts and spliced pieces each save reuses are then ready (and its code compiled) when it comes.
  const first = reuse !== null && kept === undefined && keepsInMemory(reuse.memo);
  // An operation or a shared file that failed ends the run once the entries begun are written (or failed):
  // none goes on after the command reports the error, to be cut when it exits.
  const shared = await failingAfterWrites(written, async () => {
    await emitEach(
      missing.map((i) => scopes[i] as OperationScope),
      selected,
      threads,
      (j, made) => {
        const i = missing[j] as number;
        const { key } = found[i] as { key: string | undefined };
        if (!reuse || key === undefined) return void (outputs[i] = outputOf(made));
        const remembered = rememberMade(reuse.memo, key, made);
        outputs[i] = remembered.output;
        const write = remembered.written.then((stored) => {
          // Contents the memo could not store are not listed in the store of pieces either: the next run would trust it.
          if (!stored) outputs[i] = { files: remembered.output.files, pieces: remembered.output.pieces };
        });
        collectWrite(written, write);
      },
      reuse ? asBytes : undefined,
    );
    // Awaited only by what needs to know what was stored (the store of pieces, the outputs kept): the shared files
    // are made meanwhile, where the main thread waited, idle, for the last of the operations' entries to be written.
    const allWritten = writesEnded(written);
    allWritten.catch(() => undefined);
    const sharedFiles = reuse
      ? await rememberedShared(selected, reuse, first, async () => {
          const files = await emitShared(model, selected, outputs, reuse.memo, readNow);
          await allWritten;
          await rememberStore(reuse.memo, storeKey, outputs, await store, asBytes);
          return files;
        })
      : await emitShared(model, selected, outputs, null);
    await allWritten;
    return sharedFiles;
  });
  // A run that read now read every operation's contents whole: kept, they would hold all the files in memory for the
  // process's life (where a save reads an unchanged operation's only if asked for). The next save takes them from
  // the store of pieces again, contents unread.
  if (reuse) keepOutputs(reuse.memo, readNow ? [] : outputs);
  // It also emits one operation as a save emits the one it changed, its files left for the memo's: the code of
  // that (a printer, every emitter) is compiled then, which otherwise makes the first save cost twice what others do.
  if (first && scopes[0] !== undefined) await madeOperation(scopes[0], selected);
  const files = [...outputs.flatMap((o) => o.files), ...shared];
  if (!reuse) return sortedUnique(files);
  // A process kept in memory compares the paths it kept; a new one takes the order the memo remembers, if it holds.
  return keepsInMemory(reuse.memo)
    ? sortedAsBefore(reuse.memo, files)
    : sortedAsRemembered(reuse.memo, fileOrderKey(selected), files);
}

const outputOf = (made: MadeOperation): OperationOutput => ({ files: made.files, pieces: async () => made.pieces });

const pieceStoreKey = (selected: readonly Emitter[]): string =>
  memoKey("piece-store", generatorFingerprint(), emitterNames(selected));

/** Starts reading the store of every operation's pieces that emitFiles will open with `selected` (see readPieceStoreAhead). */
export function readStoreAhead(memo: Memo, selected: readonly Emitter[]): void {
  if (selected.some((e) => e.pieces !== undefined)) readPieceStoreAhead(memo, pieceStoreKey(selected));
}
