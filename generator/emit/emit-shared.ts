// The files that span operations: assembled from the operations' pieces, or
// made from inputs the memo may hold them for; with a memo, taken whole from it
// while no file of the spec changed.

import { collectWrite, failingAfterWrites } from "../memo/collected-writes.js";
import { generatorFingerprint } from "../memo/fingerprint.js";
import type { Memo } from "../memo/memo.js";
import { memoKey } from "../memo/memo-key.js";
import { keepsInMemory } from "../memo/kept-in-memory.js";
import { dropPutOff, writeWhenStopped } from "../memo/writes-put-off.js";
import type { SpecModel } from "../model/ir.js";
import { withKeptBuffers } from "./kept-buffers.js";
import { rememberedFilesApart, rememberFilesApart } from "./remembered-files.js";
import { formatFiles } from "./format-files.js";
import { filesFromInputs } from "./remembered-inputs.js";
import { withRememberedPrints } from "./remembered-prints.js";
import type { Emitter, GeneratedFile } from "./generated-file.js";
import type { OperationOutput } from "./kept-outputs.js";

/** What the shared files are remembered with (EmitMemo's in emit-files.ts). */
interface SharedMemo {
  readonly memo: Memo;
  readonly specKey: () => string;
  readonly rememberShared: boolean;
  readonly readNow?: boolean;
}

/**
 * The files that span operations, from every emitter: assembled from the
 * operations' pieces where it has them; with a memo, taken from it where they
 * are made from inputs that it holds them for, and printed with the texts it
 * holds for the same documents.
 */
export async function emitShared(
  model: SpecModel,
  selected: readonly Emitter[],
  outputs: readonly OperationOutput[],
  memo: Memo | null,
  readNow = false,
): Promise<GeneratedFile[]> {
  const pieces = await Promise.all(outputs.map((o) => o.pieces()));
  const made: GeneratedFile[] = [];
  const final: Promise<GeneratedFile[]>[] = [];
  const from = (emitter: Emitter): GeneratedFile[] =>
    emitter.pieces
      ? emitter.pieces.assemble(
          model,
          pieces.map((p) => p[emitter.name]),
        )
      : (emitter.shared?.(model) ?? []);
  const makeAll = () => {
    for (const emitter of selected) {
      // Handled now: one that fails while the next emitters make their files is this stage's error, below.
      if (emitter.inputs && memo)
        collectWrite(final, filesFromInputs(memo, emitter.name, emitter.inputs, model, readNow));
      else made.push(...from(emitter));
    }
  };
  // A process that generates again and again assembles each file made as bytes into the buffer of the run before,
  // which the shared files it put off remembering are views of: they are no longer there to remember.
  const kept = memo && keepsInMemory(memo) ? memo : null;
  if (kept) dropPutOff(kept, SHARED_SLOT);
  // The files from inputs begun write their entries: an emitter that failed after them ends the stage once they have.
  return failingAfterWrites(final, async () => {
    await withRememberedPrints(memo, () => (kept ? withKeptBuffers(kept, makeAll) : makeAll()));
    const [formatted, ...remembered] = await Promise.all([formatFiles(made), ...final]);
    return [...(formatted ?? []), ...remembered.flat()];
  });
}

/** The shared files, from the memo while every file of the spec is as it was (unless `makeAnyway`); made and remembered otherwise. */
export async function rememberedShared(
  selected: readonly Emitter[],
  { memo, specKey, rememberShared: remember, readNow = false }: SharedMemo,
  makeAnyway: boolean,
  make: () => Promise<GeneratedFile[]>,
): Promise<GeneratedFile[]> {
  const key = memoKey("shared", generatorFingerprint(), emitterNames(selected), specKey());
  const known = makeAnyway ? undefined : await rememberedFilesApart(memo, key, readNow);
  if (known !== undefined) return known;
  const files = await make();
  if (!remember) return files;
  // For a new process: a process that generates again and again makes the next run's from the model. But a run
  // that reads now was started again for an entry found lost, maybe this one: a save of the same spec would read it
  // lazily again, and be run again each time, until watching stops. Written at once.
  const write = () => rememberFilesApart(memo, key, files);
  await (readNow ? write() : writeWhenStopped(memo, SHARED_SLOT, write));
  return files;
}

/** The slot of the shared files' entries put off by a process that generates again and again (writes-put-off.ts). */
const SHARED_SLOT = "shared files";

export const emitterNames = (selected: readonly Emitter[]): string => selected.map((e) => e.name).join(",");
