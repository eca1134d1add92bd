// Field-level changes of one message, down through containers and lists:
// added, removed (added-removed-fields.ts) and reordered fields (field-order.ts), presence (presence-changes.ts), interface
// version, type and format (format-changes.ts), the values taken (value-changes.ts), descriptions;
// each classified by whom it breaks.

import { containerOf, formatOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import { changedSummary, type Change, type ChangeClass, type ChangeKind } from "./change.js";
import { fieldDocChanges } from "./doc-changes.js";
import { compareFormats, madeContainerText, shape } from "./format-changes.js";
import { comparePresence } from "./presence-changes.js";
import { compareSince } from "./since-changes.js";
import { movedWithFloor } from "./floor-moved-fields.js";
import { sensitiveChange, sensitiveFieldChange } from "./sensitive-changes.js";
import { switchedRows } from "./container-rows.js";
import { compareValues, listSwitch } from "./value-changes.js";
import { NO_RENAMES, type Renames } from "./field-places.js";
import { fieldRenames } from "./field-renames.js";
import { breakingFor } from "./message-words.js";
import { comparedIn, type Compared } from "./compared-message.js";
import { addedFieldSummary, removedFieldSummary } from "./added-removed-fields.js";
import { fieldFirst } from "./place-words.js";
import { exampleFieldText } from "./example-fields.js";
import { orderChange } from "./field-order.js";

/**
 * `renamed`: the container types and value lists renamed, reported once each, not at each field that holds one.
 * `request`: the request of the same interface both specs have, whose lowest version a response is read at too
 * (a response has no version field of its own); the message's own where it is the request.
 * `callback`: the callback's name, where the message is one (Sips posts it to the shop's decoder): message-words.ts
 * names it and its decoder in every line.
 */
export function compareMessages(
  operation: string,
  before: MessageModel,
  after: MessageModel,
  renamed: Renames = NO_RENAMES,
  request: { readonly before: MessageModel; readonly after: MessageModel } = { before, after },
  callback: string | null = null,
): Change[] {
  return compareFieldLists(
    comparedIn(operation, before, after, renamed, request, callback),
    "",
    before.fields,
    after.fields,
  );
}

function compareFieldLists(
  at: Compared,
  prefix: string,
  before: readonly FieldModel[],
  after: readonly FieldModel[],
): Change[] {
  const { operation, words, sealed } = at;
  const message = words.noun;
  const out: Change[] = [];
  const old = new Map(before.map((f) => [f.name, f]));
  const now = new Map(after.map((f) => [f.name, f]));
  const change = (field: string, kind: ChangeKind, classes: ChangeClass[], summary: string): void => {
    out.push({ operation, message, field: `${prefix}/${field}`, kind, classes, summary });
  };
  const breaking = breakingFor(words);
  // What a response's example (the mock's reply) gains or loses with a field: said on the field's line.
  const example = (field: FieldModel): string =>
    exampleFieldText(words, `${prefix}/${field.name}`, at.messages.before, at.messages.after);
  // The seal field list names the message's own fields: one a container gains or loses is sealed by its container's code.
  const listed = sealed && prefix === "";
  // A removed and an added field that look alike: each still the change it is, said to be perhaps the other renamed.
  const renames = fieldRenames(before, after, at.renamed);
  for (const field of after) {
    if (old.has(field.name)) continue;
    // Only a top-level field was one beyond the facts.
    const given = at.beyondFacts && prefix === "";
    const was = renames.from.get(field.name);
    const renamedFrom = was === undefined ? null : { name: was, described: renames.described.has(field.name) };
    change(
      field.name,
      "field-added",
      [field.required || given ? breaking : "additive"],
      `${addedFieldSummary(words, field, { sealed: listed, given, renamedFrom })}${example(field)}`,
    );
    const secret = sensitiveFieldChange(words, field, true, at.withheld.before);
    if (secret) change(field.name, "sensitive", ["additive"], secret);
  }
  for (const field of before) {
    if (now.has(field.name)) continue;
    const is = renames.to.get(field.name);
    const renamedTo = is === undefined ? null : { name: is, described: renames.described.has(is) };
    const summary = removedFieldSummary(words, field, at.stopsNow && prefix === "", renamedTo, listed);
    change(field.name, "field-removed", [breaking], `${summary}${example(field)}`);
    const secret = sensitiveFieldChange(words, field, false, at.withheld.after);
    if (secret) change(field.name, "sensitive", ["additive"], secret);
  }
  const order = orderChange(before, after);
  if (order !== null)
    out.push({
      operation,
      message,
      field: prefix === "" ? null : prefix,
      kind: "field-order",
      classes: ["docs"],
      summary: order,
    });
  for (const field of after) {
    const previous = old.get(field.name);
    if (previous) out.push(...compareField(at, `${prefix}/${field.name}`, previous, field));
  }
  return out;
}

function compareField(at: Compared, pointer: string, before: FieldModel, after: FieldModel): Change[] {
  const { operation, words } = at;
  const message = words.noun;
  const out: Change[] = [];
  const name = after.name;
  const change = (
    kind: ChangeKind,
    classes: ChangeClass[],
    said: string | Pick<Change, "summary" | "changed" | "text">,
    field = pointer,
  ): void => {
    out.push({ operation, message, field, kind, classes, ...(typeof said === "string" ? { summary: said } : said) });
  };
  const breaking = breakingFor(words);
  const presence = comparePresence(words, before, after);
  if (presence)
    change(
      "presence",
      presence.classes,
      `${presence.summary}${exampleFieldText(words, pointer, at.messages.before, at.messages.after)}`,
    );
  const moved = compareSince(words, at.floor, before, after);
  if (moved && !(at.withFloor && movedWithFloor(words.kind, at.floor, before, after)))
    change("since", moved.classes, moved.summary);
  // A renamed container type is the same type: its rename is reported once (type-changes.ts).
  const type = [shape(before, at.renamed.types), shape(after)] as const;
  const made = type[0] === type[1] ? "" : madeContainerText(before, after, words);
  // The format said with the type it changes with (a container has none): one change, which names both.
  const formats = [formatOf(before)?.text ?? "none", formatOf(after)?.text ?? "none"];
  const format = formats[0] === formats[1] || made !== "" ? "" : `, format ${formats[0]} → ${formats[1]}`;
  const taken = [valuesOf(before), valuesOf(after)] as const;
  // A renamed list is the same list: its rename is reported once (list-changes.ts).
  const lists = taken.map((t) => (t ? (at.renamed.lists.get(t.list.name) ?? t.list.name) : null));
  // A field made a container, or a container made plain, takes a list or none with it: said by its type change,
  // one change either way.
  const switched = (containerOf(before) === null) !== (containerOf(after) === null);
  const list = switched && lists[1] !== null ? `, value list ${lists[1]}` : "";
  if (type[0] !== type[1])
    change(
      "type-format",
      [breaking],
      `${fieldFirst(name)}type ${type[0]} → ${type[1]}${format}${list}.${made}${switchedRows(before, after)}`,
    );
  else compareFormats(name, formatOf(before), formatOf(after), breaking, (c, s) => change("type-format", c, s));
  if (lists[0] !== lists[1] && !switched) {
    const [classes, why] = listSwitch(before, after, breaking);
    change(
      "type-format",
      classes,
      `${fieldFirst(name)}value list ${lists[0] ?? "none"} → ${lists[1] ?? "none"}${why}.`,
    );
  } else if (taken[0] && taken[1]) out.push(...compareValues(operation, words, pointer, taken[0], taken[1]));
  if (before.description !== after.description)
    change(
      "description",
      ["docs"],
      changedSummary(`${fieldFirst(name)}description`, { before: before.description, after: after.description }),
    );
  for (const said of fieldDocChanges(before, after)) change("description", ["docs"], said);
  const secret = sensitiveChange(words, before, after, at.withheld);
  if (secret) change("sensitive", secret.classes, secret.summary);
  const containers = [containerOf(before), containerOf(after)] as const;
  if (containers[0] && containers[1]) {
    const inner = after.type.kind === "list" ? `${pointer}/-` : pointer;
    out.push(...compareFieldLists(at, inner, containers[0].fields, containers[1].fields));
  }
  return out;
}
