// A field that takes or drops several values of a list at once: the JSON
// gives one change a value, a tool reading each; the Markdown gives them one
// line ("values A, B of list x no longer taken …"), where a list of prefixes
// rewritten made thirteen lines alike but for their value. The writer gives
// each change's value, list and words as data (Change.taken): no summary is
// read back.

import type { Change, TakenWords } from "./change.js";
import { ofList } from "./place-words.js";

/** A value taken or no longer taken: its summary, "value A of list x now taken.", and its words as data. */
export const takenSummary = (taken: TakenWords): { readonly summary: string; readonly taken: TakenWords } => ({
  summary: `value ${taken.value}${ofList(taken.list)} ${taken.rest}`,
  taken,
});

/** `changes` with those of one field, kind and classes alike but for their value merged into one, in the first's place. */
export function valueRuns(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  const runs = new Map<string, { readonly at: number; readonly values: string[] }>();
  for (const change of changes) {
    const { operation, message, callback, field, kind, classes, taken } = change;
    if (taken === undefined) {
      out.push(change);
      continue;
    }
    const key = JSON.stringify([operation, message, callback, field, kind, classes, taken.list, taken.rest]);
    const run = runs.get(key);
    if (run === undefined) {
      runs.set(key, { at: out.length, values: [taken.value] });
      out.push(change);
      continue;
    }
    run.values.push(taken.value);
    out[run.at] = { ...change, summary: `values ${run.values.join(", ")}${ofList(taken.list)} ${taken.rest}` };
  }
  return out;
}
