// A shared container type renamed: one exported type, used by every message
// that holds it, at any depth. Its rename is reported once, naming the type
// and the places that use it; the fields that hold it report no type change.
// So is a type that a response (or callback) comes to hold or no longer holds:
// its fields of an exact value list then admit other text, or no longer, in
// every message that holds it, other operations' requests too.

import { containerOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import type { ContainerModel } from "../model/field-model.js";
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

/**
 * One change per container type that a response or callback now holds, or no
 * longer holds, where that changes its TypeScript type: fields of an exact
 * list admit other text in a response's type, the type of every message that
 * holds it. Wider is additive; narrower breaks the senders and readers of the
 * messages that hold it (text they passed or compared is refused at compile time).
 */
export function compareResponseHeld(
  before: SpecModel,
  after: SpecModel,
  renamed: ReadonlyMap<string, string>,
): Change[] {
  const old = new Map(before.containers.map((c) => [renamed.get(c.typeName) ?? c.typeName, c]));
  const places = fieldPlaces(after);
  const out: Change[] = [];
  for (const container of after.containers) {
    const was = old.get(container.typeName);
    const fields = listFields(container);
    if (!was || was.inResponse === container.inResponse || fields.length === 0) continue;
    const holders = places.filter((p) => containerOf(p.field)?.typeName === container.typeName);
    const now = container.inResponse;
    const breaking = breakingAt(holders);
    out.push({
      operation: null,
      type: container.typeName,
      message: null,
      field: null,
      kind: "type-format",
      classes: now ? ["additive"] : breaking.length > 0 ? breaking : ["docs"],
      summary: `container type ${container.typeName} is ${now ? "now" : "no longer"} held by a response: its fields ${fields.join(", ")} ${now ? "admit other text than their lists' values, as a response's do" : "admit their lists' values only again"}, in every message that holds it (${holders.map((p) => p.place).join(", ")}).`,
    });
  }
  return out;
}

/** The fields whose type a response makes wider: strings (or lists of strings) of an exact value list. */
function listFields(container: ContainerModel): string[] {
  return container.fields
    .filter((field) => {
      const item = field.type.kind === "list" ? field.type.items : field;
      return item.type.kind === "string" && item.valueList?.match === "exact";
    })
    .map((field) => field.name);
}
