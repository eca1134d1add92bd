// Field-level changes of one message, down through containers and lists:
// added, removed (added-removed-fields.ts) and reordered fields, presence (presence-changes.ts), interface
// version, type and format (format-changes.ts), the values taken (value-changes.ts), descriptions;
// each classified by whom it breaks.

import { diffArrays } from "diff";
import { containerOf, formatOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { MessageModel } from "../model/operation-model.js";
import { changedSummary, type Change, type ChangeClass, type ChangeKind } from "./change.js";
import { fieldDocChanges } from "./doc-changes.js";
import { compareFormats, madeContainerText, shape } from "./format-changes.js";
import { comparePresence } from "./presence-changes.js";
import { compareSince, type JudgingFloor } from "./since-changes.js";
import { floorSaid, messageFloor, movedWithFloor } from "./floor-moved-fields.js";
import { sensitiveChange, sensitiveFieldChange } from "./sensitive-changes.js";
import { switchedRows } from "./container-rows.js";
import { compareValues, listSwitch } from "./value-changes.js";
import { NO_RENAMES, type Renames } from "./field-places.js";
import { fieldRenames } from "./field-renames.js";
import { withholdsValues } from "../model/sensitive-fields.js";
import { breakingFor, wordsFor, type MessageWords } from "./message-words.js";
import { addedFieldSummary, removedFieldSummary } from "./added-removed-fields.js";
import { fieldFirst } from "./place-words.js";
import { exampleFieldText } from "./example-fields.js";

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
  // A Data message (the Paypage response) is sealed over Data as posted: it has no seal field list.
  const sealed = after.encoding === "json";
  // The later of both specs' floors, on both sides: below it a request was refused before or is now, which the
  // floor's own change says (floor-changes.ts) where it moved; a field's since there would say it again.
  const floor = messageFloor(before, after, request);
  const withFloor = floorSaid(request);
  // A request whose facts stopped took a field it did not hold under beyondFacts, which refuses every field it holds.
  const beyondFacts = before.kind === "request" && before.factsStop !== null;
  const stopsNow = after.factsStop !== null;
  const withheld = { before: withholdsValues(before), after: withholdsValues(after) };
  return compareFieldLists(
    {
      operation,
      words: wordsFor(before.kind, callback),
      sealed,
      renamed,
      floor,
      withFloor,
      beyondFacts,
      stopsNow,
      withheld,
      messages: { before, after },
    },
    "",
    before.fields,
    after.fields,
  );
}

/** What every field of a message is compared in. */
interface Compared {
  readonly operation: string;
  /** How the message is classed and named: a callback's changes are worded for the shop that decodes it. */
  readonly words: MessageWords;
  readonly sealed: boolean;
  readonly renamed: Renames;
  /** The lowest version a request valid in both specs declares (a response to it is read at); null where neither gives one. */
  readonly floor: JudgingFloor | null;
  /** The floor's change is said: a since that moved with it lowered is named there (floor-moved-fields.ts). */
  readonly withFloor: boolean;
  /** The message is a request whose facts stopped before its page: the client took fields it did not hold under `beyondFacts`. */
  readonly beyondFacts: boolean;
  /** The message's facts stop in the newer spec: a top-level field it no longer holds is beyond them, warned of. */
  readonly stopsNow: boolean;
  /** Whether the message's issues carry no value, before and after: it holds a sensitive field. */
  readonly withheld: { readonly before: boolean; readonly after: boolean };
  /** The messages compared: their examples, which a response field made required or optional enters or leaves. */
  readonly messages: { readonly before: MessageModel; readonly after: MessageModel };
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
  // The fields both lists have, in another order: the types, the reference, the OpenAPI document and the
  // examples list them so, while validation and seals do not depend on it.
  const kept = (fields: readonly FieldModel[], other: ReadonlyMap<string, FieldModel>): string[] =>
    fields.filter((f) => other.has(f.name)).map((f) => f.name);
  const order = kept(after, old);
  const was = kept(before, now);
  // The fields moved: those outside the longest run of fields kept in their order, which the whole order hides.
  const moved = diffArrays(was, order).flatMap((part) => (part.added ? part.value : []));
  if (was.join("\n") !== order.join("\n"))
    out.push({
      operation,
      message,
      field: prefix === "" ? null : prefix,
      kind: "field-order",
      classes: ["docs"],
      summary: `fields in another order (the types, the reference and the examples list them so; what validation accepts and the seals do not change): ${order.join(", ")} (moved: ${moved.join(", ")}).`,
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
    said: string | Pick<Change, "summary" | "changed">,
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
    change("description", ["docs"], changedSummary(`${fieldFirst(name)}description`));
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
