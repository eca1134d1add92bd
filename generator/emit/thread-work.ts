import type { OperationModel, PlatformModel } from "../model/ir.js";

/**
 * What the emit thread is given (emit-thread.ts): the operations from
 * `first` to the last, the emitters by name, and one claim per operation,
 * shared with the main thread. Each thread emits an operation only once its
 * claim is its own: the main thread claims from the first, the emit thread
 * from the last, and each stops at the first it finds the other's.
 */
export interface ThreadWork {
  readonly emitters: readonly string[];
  readonly platform: PlatformModel;
  readonly operations: readonly OperationModel[];
  readonly first: number;
  readonly claims: Int32Array;
}

export const UNCLAIMED = 0;
export const BY_MAIN = 1;
export const BY_THREAD = 2;
