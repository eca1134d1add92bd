import { parentPort } from "node:worker_threads";
import { claimedBySecond } from "./claims.js";

/**
 * The second thread's side of shared work (share-work.ts): from the last of
 * the items it was given down to `first`, each it claims before the main
 * thread does is made and posted, with its index.
 */
export async function serveClaims<T>(
  claims: Int32Array,
  first: number,
  count: number,
  make: (index: number) => Promise<T> | T,
): Promise<void> {
  for (let index = first + count - 1; index >= first; index--) {
    if (!claimedBySecond(claims, index)) return;
    parentPort?.postMessage({ index, made: await make(index) });
  }
}
