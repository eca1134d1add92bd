// An operation's deviations (source.deviations), each about one fact: sync
// finds a deviation by its `about`, so a second one about the same fact was
// never read, its reason nor its `page:` compared or written.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "./located.js";

/** A deviation whose `about` an earlier one of the same operation has: reported at the later, naming the first's line. */
export function checkDeviations({ raw, map }: Located<RawOperation>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, number>();
  (raw.source?.deviations ?? []).forEach(({ about }, index) => {
    const earlier = first.get(about);
    if (earlier === undefined) {
      first.set(about, index);
      return;
    }
    const at = map.value(["source", "deviations", earlier, "about"]);
    out.push(
      diagnostic("duplicate-deviation", map.value(["source", "deviations", index, "about"]), { about, line: at.line }, [
        { ...at, message: "first recorded here" },
      ]),
    );
  });
  return out;
}
