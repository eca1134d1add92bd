// A field that takes or drops several values of a list at once: the JSON
// gives one change a value, a tool reading each; the Markdown gives them one
// line ("values A, B of list x no longer taken …"), where a list of prefixes
// rewritten made thirteen lines alike but for their value.

import type { Change } from "./change.js";
import { ofList, ofListSource } from "./place-words.js";

/** "value A of list x no longer taken (why)." as its value, its list and the words after them. */
const VALUE = new RegExp(`^value (.+?)${ofListSource()} ((?:now|no longer) taken.*)$`, "su");

/** `changes` with those of one field, kind and classes alike but for their value merged into one, in the first's place. */
export function valueRuns(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  const runs = new Map<
    string,
    { readonly at: number; readonly values: string[]; readonly list: string; readonly rest: string }
  >();
  for (const change of changes) {
    const parts = change.kind === "value-added" || change.kind === "value-removed" ? VALUE.exec(change.summary) : null;
    if (parts === null) {
      out.push(change);
      continue;
    }
    const [, value = "", list = "", rest = ""] = parts;
    const { operation, message, callback, field, kind, classes } = change;
    const key = JSON.stringify([operation, message, callback, field, kind, classes, list, rest]);
    const run = runs.get(key);
    if (run === undefined) {
      runs.set(key, { at: out.length, values: [value], list, rest });
      out.push(change);
      continue;
    }
    run.values.push(value);
    out[run.at] = { ...change, summary: `values ${run.values.join(", ")}${ofList(run.list)} ${run.rest}` };
  }
  return out;
}
