// How many cases a property test draws: the one place that reads the
// environment for it. `npm test` draws the smaller count on a fixed seed, each
// test asserting counters of what its draw reached (valid and invalid
// messages, every kind of issue, every sealed field present and absent), so
// that a count too small to reach every branch the property is about fails
// instead of passing on fewer cases. `SIPS_DEEP=1` (`npm run test:deep`) draws
// the full count on a fresh seed each run, with the same counters asserted;
// `PROPERTY_RUNS=20000` sets the count of every property to search deeper still.
import type fc from "fast-check";

export const DEEP = process.env["SIPS_DEEP"] === "1";
const OVERRIDE = process.env["PROPERTY_RUNS"] === undefined ? undefined : Number(process.env["PROPERTY_RUNS"]);

/** The seed of the default draw: fixed, so that the counters hold the inputs, not luck. */
const SEED = 20_261_202;

/** The number of cases: `quick` by default, `deep` with SIPS_DEEP=1, PROPERTY_RUNS when it is set. */
export function runs(quick: number, deep: number): number {
  return OVERRIDE ?? (DEEP ? deep : quick);
}

/** Whether the properties draw on the fixed seed: the same cases on every run, as `npm test` draws them. */
export const FIXED_SEED = !DEEP && OVERRIDE === undefined;

/** fast-check's parameters for a property of `quick` cases (`deep` with SIPS_DEEP=1): a fixed seed unless deep. */
export function drawOf<T>(quick: number, deep: number): fc.Parameters<T> {
  const numRuns = runs(quick, deep);
  return FIXED_SEED ? { numRuns, seed: SEED } : { numRuns };
}
