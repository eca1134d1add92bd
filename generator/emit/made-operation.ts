// What emitting one operation gives: its files in their final form and its
// piece of each shared file made of pieces. One function, whichever thread
// emits the operation (emit-threads.ts), so that both give the same.

import { formatFiles } from "./format-files.js";
import type { Emitter, GeneratedFile, OperationScope } from "./generated-file.js";
import { emitOperation } from "./registry.js";
import type { Pieces } from "./remembered-pieces.js";

export interface MadeOperation {
  readonly files: GeneratedFile[];
  readonly pieces: Pieces;
  /** Its record in the store of pieces, when the emit thread made it (posted-operation.ts). */
  readonly record?: Uint8Array;
}

export async function madeOperation(scope: OperationScope, selected: readonly Emitter[]): Promise<MadeOperation> {
  const files = await formatFiles(emitOperation(scope, selected));
  return { files, pieces: madePieces(scope, selected) };
}

export const madePieces = (scope: OperationScope, selected: readonly Emitter[]): Pieces =>
  Object.fromEntries(selected.flatMap((e) => (e.pieces ? [[e.name, e.pieces.piece(scope)]] : [])));
