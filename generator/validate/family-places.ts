// Where each operation's `family:` value is, for the model's warning of a
// family slip (model/family-slips.ts). An operation the memo has facts of is
// known by the name they keep, its data left unread, and placed from them
// where they hold the place; any other from the places its parse keeps
// (read/field-key-places.ts). Looking the operation up by its data, and its
// place up in the document parsed from its text, read every operation's data
// before it, and read and parsed the file again (about 20 ms a file).

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { RawOperation } from "../rules/raw-spec.js";
import type { Located } from "./located.js";
import type { KnownFacts } from "./remembered-facts.js";

/** The place of the `family:` value of the operation of each name, undefined for a name no file gives. */
export const familyPlaces =
  (operations: readonly Located<RawOperation>[], known: KnownFacts | undefined) =>
  (name: string): SourceLocation | undefined => {
    for (const op of operations) {
      const facts = known?.get(op.file.relPath)?.facts;
      if (facts ? facts.name !== name : op.raw.operation !== name) continue;
      const at = facts?.familyAt;
      return at ? { file: op.file.displayPath, line: at[0], column: at[1] } : op.map.value(["family"]);
    }
    return undefined;
  };
