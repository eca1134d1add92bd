// How much a run does afresh, told to the launcher (scripts/run-bundled.cjs),
// which on Node 20 starts the process with a young generation that does not
// grow: small suits a run that takes most of its data from the memo and keeps
// it to the end (an edit), where a run that parses or emits many operations
// makes mostly short-lived garbage, which a small young generation promotes
// into the old one (a first run of 100 operations took a quarter more CPU).
// The launcher widens it from some operations on.

/** Set by the launcher; absent when the generator runs otherwise (tests, another Node). */
const SIZE = Symbol.for("sips-json.size-young-generation");

/** Tells the launcher that the run parses, checks or emits `count` operations afresh. */
export function sizeYoungGeneration(count: number): void {
  (globalThis as { [SIZE]?: (count: number) => void })[SIZE]?.(count);
}
