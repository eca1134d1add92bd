// The fields two lists both have, in another order: the types, the reference,
// the OpenAPI document and the examples list them so, while validation and
// seals do not depend on it, so the change is the docs' alone.

import type { FieldModel } from "../model/field-model.js";

/** What a reader is told of the order both lists' fields are in now; null where it is the same. */
export function orderChange(before: readonly FieldModel[], after: readonly FieldModel[]): string | null {
  const kept = (fields: readonly FieldModel[], other: readonly FieldModel[]): string[] => {
    const names = new Set(other.map((f) => f.name));
    return fields.filter((f) => names.has(f.name)).map((f) => f.name);
  };
  const order = kept(after, before);
  const was = kept(before, after);
  if (was.join("\n") === order.join("\n")) return null;
  const moved = fewestMoved(was, order);
  return `fields in another order (the types, the reference and the examples list them so; what validation accepts and the seals do not change): ${order.join(", ")} (moved: ${moved.join(", ")}).`;
}

/**
 * The fewest fields whose moving turns `was` into `now` (the same names, each
 * once): those outside a longest run both list in the same order, in `now`'s
 * order. Several runs can be as long: of two fields that trade places round a
 * third, a run may keep either of them and name the third, which stayed. So
 * the run kept is the one whose fields stand nearest their old places (the
 * sum of how far each is from it), then the one that keeps the fields `now`
 * lists first (of two neighbours swapped, the one found below is named).
 */
export function fewestMoved(was: readonly string[], now: readonly string[]): string[] {
  const at = new Map(was.map((name, index) => [name, index]));
  // For a run rising in `was` that starts at each field of `now`: its greatest length, and the least shift of one so long.
  const runs = now.map((name, index) => {
    const place = at.get(name) ?? -1;
    const shift = Math.abs(index - place);
    return { name, place, shift, length: 1, cost: shift };
  });
  for (const [j, run] of [...runs.entries()].reverse())
    for (const next of runs.slice(j + 1)) {
      if (next.place <= run.place) continue;
      const [length, cost] = [next.length + 1, next.cost + run.shift];
      if (length > run.length || (length === run.length && cost < run.cost)) Object.assign(run, { length, cost });
    }
  let need = Math.max(0, ...runs.map((r) => r.length));
  let left = Math.min(...runs.filter((r) => r.length === need).map((r) => r.cost));
  let last = -1;
  const moved: string[] = [];
  for (const run of runs)
    if (need > 0 && run.place > last && run.length === need && run.cost === left) {
      last = run.place;
      need--;
      left -= run.shift;
    } else moved.push(run.name);
  return moved;
}
