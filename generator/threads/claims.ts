// Work shared by the main thread and a second one: a list of items, each
// claimed by one thread before it is worked on. The main thread claims from
// the first, the second thread from the last down, and each stops at the
// first it finds the other's, so that they meet wherever the load of the
// machine makes them meet. The claims are one shared Int32Array.

const UNCLAIMED = 0;
const BY_MAIN = 1;
const BY_SECOND = 2;

/** The claims on `count` items, none taken yet. */
export const newClaims = (count: number): Int32Array =>
  new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * count));

/** Whether the main thread may work on the item at `index`: false once the second thread claimed it. */
export const claimedByMain = (claims: Int32Array, index: number): boolean =>
  Atomics.compareExchange(claims, index, UNCLAIMED, BY_MAIN) === UNCLAIMED;

/** Whether the second thread may work on the item at `index`: false once the main thread claimed it. */
export const claimedBySecond = (claims: Int32Array, index: number): boolean =>
  Atomics.compareExchange(claims, index, UNCLAIMED, BY_SECOND) === UNCLAIMED;
