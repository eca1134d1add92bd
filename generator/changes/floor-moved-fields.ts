// A lowered (or taken back) floor of a request's interface version takes with
// it the fields whose version (since) moved at or below the old floor: no
// valid request declared such a version, nor was its response read at one, so
// the move restricts no message, and the floor's own line says what is
// accepted now (floor-changes.ts). That line names them, once, rather than a
// docs line each; a field whose presence changed too keeps its own lines, which
// say both.

import { containerOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import { versionFloor } from "../model/version-floor.js";
import { comparePresence } from "./presence-changes.js";
import { compareSince, judgingFloor, type JudgingFloor } from "./since-changes.js";
import { wordsFor } from "./message-words.js";

type Requests = { readonly before: MessageModel; readonly after: MessageModel };

/**
 * The floor's change is said (floor-changes.ts): the requests keep their interface prefix, and both have a version
 * field (the field added, removed or retyped is the change otherwise).
 */
export const floorSaid = ({ before, after }: Requests): boolean =>
  before.interfacePrefix === after.interfacePrefix && before.versionField !== null && after.versionField !== null;

/**
 * The floor a message's fields' since is judged against: the later of both specs' floors of its request (of the
 * same interface both specs have), on both sides; the older spec's only where the newer request has a version field.
 */
export function messageFloor(before: MessageModel, after: MessageModel, request: Requests): JudgingFloor | null {
  const sameInterface =
    before.interfacePrefix === request.before.interfacePrefix &&
    after.interfacePrefix === request.after.interfacePrefix;
  const older = request.after.versionField === null ? null : versionFloor(request.before);
  return sameInterface ? judgingFloor(older, versionFloor(request.after)) : null;
}

/** A field said by the floor's line alone: its since moved with the lowered floor, its presence unchanged. */
export const movedWithFloor = (
  message: MessageModel["kind"],
  judging: JudgingFloor | null,
  before: FieldModel,
  after: FieldModel,
): boolean =>
  judging?.lowered === true &&
  compareSince(wordsFor(message), judging, before, after)?.withFloor === true &&
  comparePresence(wordsFor(message), before, after) === null;

/** The JSON Pointers of a message's fields, at any depth, said by the floor's line alone, in the newer spec's order. */
export function fieldsMovedWithFloor(before: MessageModel, after: MessageModel, request: Requests): string[] {
  const judging = messageFloor(before, after, request);
  if (!judging?.lowered || !floorSaid(request)) return [];
  const out: string[] = [];
  const walk = (was: readonly FieldModel[], is: readonly FieldModel[], prefix: string): void => {
    const old = new Map(was.map((f) => [f.name, f]));
    for (const field of is) {
      const previous = old.get(field.name);
      if (!previous) continue;
      const pointer = `${prefix}/${field.name}`;
      if (movedWithFloor(after.kind, judging, previous, field)) out.push(pointer);
      const [inner, outer] = [containerOf(previous), containerOf(field)];
      if (inner && outer) walk(inner.fields, outer.fields, field.type.kind === "list" ? `${pointer}/-` : pointer);
    }
  };
  walk(before.fields, after.fields, "");
  return out;
}
