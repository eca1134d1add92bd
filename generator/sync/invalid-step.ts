// What sync says when its edits would leave the spec invalid: it writes all of
// them or none, so the maintainer must know which were ready (the spec is valid
// with them), which one broke it and with what errors, and what to do. The
// passes are run again traced (sync-passes.ts), and the first step whose texts
// are no valid spec is found by halving: the steps before it are ready.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SpecInput } from "../read/spec-files.js";
import type { SyncCheck } from "./sync-check.js";
import { withTexts, type SyncStep } from "./sync-passes.js";
import { placeOnDisk } from "./unwritten-places.js";

export interface InvalidStep {
  /** The errors of the spec the step left, placed in the files on disk. */
  readonly diagnostics: readonly Diagnostic[];
  /** The report's closing lines. */
  readonly lines: readonly string[];
}

/** The first step of `steps` that leaves no valid spec, and the report; null where each leaves one. */
export async function invalidStep(
  input: SpecInput,
  steps: readonly SyncStep[],
  check: (input: SpecInput) => Promise<SyncCheck>,
): Promise<InvalidStep | null> {
  const traced = steps.filter((s): s is SyncStep & { texts: ReadonlyMap<string, string> } => s.texts !== null);
  const checks = new Map<number, SyncCheck>();
  const checkAt = async (i: number) => {
    let found = checks.get(i);
    if (!found) checks.set(i, (found = await check(withTexts(input, traced[i]?.texts ?? new Map()))));
    return found;
  };
  // The input is valid (sync started from it); the last step's texts are the result, which is not.
  let lo = 0;
  let hi = traced.length - 1;
  if (hi < 0 || (await checkAt(hi)).ok) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await checkAt(mid)).ok) lo = mid + 1;
    else hi = mid;
  }
  const broken = await checkAt(lo);
  const at = traced[lo];
  if (broken.ok || !at) return null;
  const read = new Map(input.files.map((f) => [f.relPath, f.text]));
  const errors = broken.diagnostics.filter((d) => d.severity === "error");
  const index = steps.indexOf(at);
  const said = (list: readonly SyncStep[]) => list.flatMap((s) => s.messages).map((m) => (m === "" ? m : `  ${m}`));
  const ready = said(steps.slice(0, index));
  const after = said(steps.slice(index + 1));
  return {
    diagnostics: placeOnDisk(errors, input.displayRoot, read, at.texts),
    lines: [
      "One edit would leave the spec invalid, and sync writes its edits all at once or none: nothing was written.",
      ...(ready.length > 0 ? ["Ready (the spec is valid with them):", ...ready] : ["No edit was ready before it."]),
      `The edit that breaks it, with the error${errors.length === 1 ? "" : "s"} above:`,
      ...said([at]),
      ...(after.length > 0 ? ["Not checked without it (made after it):", ...after] : []),
      `To go on: make that edit by hand, settling what the error${errors.length === 1 ? " says" : "s say"} in the same change (or record a deviation for it under source.deviations), then run \`npm run sync\` again, which writes the others.`,
    ],
  };
}
