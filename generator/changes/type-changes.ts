// A shared container type renamed: one exported type, used by every message
// that holds it, at any depth. Its rename is reported once, naming the type
// and the places that use it; the fields that hold it report no type change.

import { containerOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { SpecModel } from "../model/ir.js";
import type { Change, ChangeClass } from "./change.js";

/** A place that holds a container type: its operation, message and field pointer. */
interface Use {
  readonly place: string;
  readonly message: "request" | "response" | "callback";
  readonly typeName: string;
}

/**
 * Old type name → new, for each type whose name is gone where the same places
 * now hold a type that did not exist: a rename, not a field that now holds
 * another type (the old name still exists, or the new one did).
 */
export function renamedTypes(before: SpecModel, after: SpecModel): ReadonlyMap<string, string> {
  const was = new Set(before.containers.map((c) => c.typeName));
  const is = new Set(after.containers.map((c) => c.typeName));
  const held = new Map(usesOf(before).map((u) => [u.place, u.typeName]));
  const names = new Map<string, Set<string>>();
  for (const use of usesOf(after)) {
    const old = held.get(use.place);
    if (old === undefined || old === use.typeName || is.has(old) || was.has(use.typeName)) continue;
    names.set(old, (names.get(old) ?? new Set()).add(use.typeName));
  }
  // A type whose places now hold two new types was split, not renamed.
  return new Map([...names].flatMap(([old, now]) => (now.size === 1 ? [[old, [...now][0] as string]] : [])));
}

/** One change per renamed type: breaking for senders where a request holds it, for readers where a response or callback does. */
export function compareTypes(after: SpecModel, renamed: ReadonlyMap<string, string>): Change[] {
  const uses = usesOf(after);
  return [...renamed].map(([old, now]): Change => {
    const places = uses.filter((u) => u.typeName === now);
    const classes: ChangeClass[] = [];
    if (places.some((u) => u.message === "request")) classes.push("breaking-request");
    if (places.some((u) => u.message !== "request")) classes.push("breaking-response");
    return {
      operation: null,
      type: now,
      message: null,
      field: null,
      kind: "type-renamed",
      classes,
      summary: `container type ${old} renamed ${now}: code that names ${old} stops compiling; held by ${places.map((u) => u.place).join(", ")}.`,
    };
  });
}

/** Every field of every message that holds a container type, with its place ("op request /a/-/b"). */
function usesOf(spec: SpecModel): Use[] {
  const out: Use[] = [];
  const walk = (head: string, message: Use["message"], prefix: string, fields: readonly FieldModel[]): void => {
    for (const field of fields) {
      const container = containerOf(field);
      if (!container) continue;
      const pointer = `${prefix}/${field.name}`;
      out.push({ place: `${head} ${message} ${pointer}`, message, typeName: container.typeName });
      walk(head, message, field.type.kind === "list" ? `${pointer}/-` : pointer, container.fields);
    }
  };
  for (const op of spec.operations) {
    walk(op.name, "request", "", op.request.fields);
    walk(op.name, "response", "", op.response.fields);
    if (op.callback) walk(op.name, "callback", "", op.callback.message.fields);
  }
  return out;
}
