// Turns a SpecPlace (operation file, dictionary field, value list) into a
// file:line:column, through the source maps of the validated spec.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { RawDictionary, RawOperation } from "../rules/raw-spec.js";
import type { Located } from "../validate/located.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { SpecPlace } from "./page-difference.js";

export function locate(place: SpecPlace, op: Located<RawOperation>, spec: ValidSpec): SourceLocation {
  if (place.in === "operation") return op.map.value(place.path);
  if (place.in === "dictionary-field") {
    const dictionary = ownerOf(spec.dictionaries, (d) => d.raw.fields?.[place.field] !== undefined);
    return dictionary ? dictionary.map.value(["fields", place.field, ...place.path]) : op.map.value([]);
  }
  const dictionary = ownerOf(spec.dictionaries, (d) => d.raw.valueLists?.[place.list] !== undefined);
  return dictionary ? dictionary.map.value(["valueLists", place.list, ...place.path]) : op.map.value([]);
}

/** The dictionary file that holds an entry; the first, as normalization takes it. */
export const ownerOf = (
  dictionaries: readonly Located<RawDictionary>[],
  holds: (d: Located<RawDictionary>) => boolean,
): Located<RawDictionary> | undefined => dictionaries.find(holds);
