import { parentPort } from "node:worker_threads";
import { claimedBySecond } from "./claims.js";

/** What is posted of an item made, and the buffers handed over with it rather than copied. */
export interface HandedOver {
  readonly posted: unknown;
  readonly transfer: readonly ArrayBuffer[];
}

/**
 * The second thread's side of shared work (share-work.ts): from the last of
 * the items it was given down to `first`, each it claims before the main
 * thread does is made and posted, with its index (as `handOver` gives it).
 */
export async function serveClaims<T>(
  claims: Int32Array,
  first: number,
  count: number,
  make: (index: number) => Promise<T> | T,
  handOver: (made: T) => HandedOver = (made) => ({ posted: made, transfer: [] }),
): Promise<void> {
  for (let index = first + count - 1; index >= first; index--) {
    if (!claimedBySecond(claims, index)) return;
    const { posted, transfer } = handOver(await make(index));
    parentPort?.postMessage({ index, made: posted }, [...transfer]);
  }
}
