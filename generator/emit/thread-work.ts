import type { PlatformModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";

/**
 * What the emit thread is given (emit-thread.ts): the operations from
 * `first` to the last, the emitters by name, and the claims it shares with
 * the main thread (threads/claims.ts).
 */
export interface ThreadWork {
  readonly emitters: readonly string[];
  readonly platform: PlatformModel;
  readonly operations: readonly OperationModel[];
  readonly first: number;
  readonly claims: Int32Array;
  /** With a store of pieces, the emitters whose pieces its records keep as bytes: each operation's record is made there. */
  readonly recordsAsBytes?: readonly string[];
}
