// A shared container type renamed: one exported type, used by every message
// that holds it, at any depth. Its rename is reported once, naming the type
// and the places that use it; the fields that hold it report no type change.

import { containerOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import type { Change } from "./change.js";
import { breakingAt, fieldPlaces, renamedAtPlaces } from "./field-places.js";

/** Old type name → new, for each container type renamed (field-places.ts says what a rename is). */
export function renamedTypes(before: SpecModel, after: SpecModel): ReadonlyMap<string, string> {
  const names = (spec: SpecModel) => new Set(spec.containers.map((c) => c.typeName));
  return renamedAtPlaces(
    before,
    after,
    { before: names(before), after: names(after) },
    (f) => containerOf(f)?.typeName ?? null,
  );
}

/** One change per renamed type: breaking for senders where a request holds it, for readers where a response or callback does. */
export function compareTypes(after: SpecModel, renamed: ReadonlyMap<string, string>): Change[] {
  const places = fieldPlaces(after);
  return [...renamed].map(([old, now]): Change => {
    const holders = places.filter((p) => containerOf(p.field)?.typeName === now);
    return {
      operation: null,
      type: now,
      message: null,
      field: null,
      kind: "type-renamed",
      classes: breakingAt(holders),
      summary: `container type ${old} renamed ${now}: code that names ${old} stops compiling; held by ${holders.map((p) => p.place).join(", ")}.`,
    };
  });
}
