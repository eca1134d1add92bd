// Operations whose names differ only in letter case: their files and folders
// (docs/<name>.md, operations/<name>/) would be one on a case-insensitive disk.

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "./located.js";

/** Operations whose files would be one file on a case-insensitive disk (macOS, Windows). */
export function caseCollisions(operations: readonly Located<RawOperation>[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, Located<RawOperation>>();
  for (const op of operations) {
    const folded = op.raw.operation.toLowerCase();
    const earlier = first.get(folded);
    if (!earlier) first.set(folded, op);
    else if (earlier.raw.operation !== op.raw.operation) {
      const related = [
        { ...earlier.map.value(["operation"]), message: `operation "${earlier.raw.operation}" is defined here` },
      ];
      out.push(
        diagnostic(
          "case-collision",
          op.map.value(["operation"]),
          { name: op.raw.operation, other: earlier.raw.operation },
          related,
        ),
      );
    }
  }
  return out;
}
