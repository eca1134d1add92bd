// The values one operation's field takes of its list, before and after:
// values taken now or no longer, meanings reworded, and the operation's own
// constants renamed; classified by whom a value refused or newly accepted, or
// a name gone, concerns.

import { valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import { codeValueOf, type FieldValuesModel, type OwnValueModel, type ValueModel } from "../model/value-list-model.js";
import { onlySilent, unmeantReason, unmeantWhyOf } from "../emit/own-wording.js";
import type { Change, ChangeClass, ChangeKind, RewordedMeaning, TakenWords } from "./change.js";
import { takenSummary } from "./value-runs.js";
import { breakingFor, refusesValue, type MessageWords } from "./message-words.js";
import { inList } from "./place-words.js";

/**
 * The values the operation's field takes, before and after: what it takes
 * now, no longer, or means otherwise. Whether the shared list or the
 * operation's own `values:` changed, this is what the operation's senders and
 * readers see; a `values:` written out with the same values changes nothing.
 * `words`: how its message is named and classed (a callback's lines name its decoder).
 */
export function compareValues(
  operation: string,
  words: MessageWords,
  field: string,
  before: FieldValuesModel,
  after: FieldValuesModel,
): Change[] {
  // A prefix list's values are the interfaces an interfaceVersion may name: its validator holds it to the
  // operation's own prefix (interface-prefix), so what the field takes shows in its docs and value table only.
  const prefixes = after.list.match === "prefix" && before.list.match === "prefix";
  const only = " (its validator checks the operation's own prefix: only the docs and the value table change)";
  const message = words.noun;
  const out: Change[] = [];
  // A prefix list's value is the prefix it stands for, however it is printed.
  const id = prefixes ? codeValueOf : (v: ValueModel) => v.value;
  const old = new Map(before.values.map((v) => [id(v), v]));
  const now = new Map(after.values.map((v) => [id(v), v]));
  const list = after.list.name;
  // A value taken or dropped is said with its words as data (Change.taken), which the Markdown merges by field.
  const change = (kind: ChangeKind, classes: ChangeClass[], said: string | TakenWords): void => {
    out.push({
      operation,
      message,
      field,
      kind,
      classes,
      ...(typeof said === "string" ? { summary: said } : takenSummary(said)),
    });
  };
  const takes = (kind: ChangeKind, classes: ChangeClass[], value: string, rest: string): void =>
    change(kind, classes, { value, list, rest });
  // Values whose meanings this operation's page no longer gives: one cause, said once for the field.
  const unmeant: OwnValueModel[] = [];
  // Values whose meanings changed, in the operation's own words or the list's: said once for the field, as those.
  const reworded = { own: [] as RewordedMeaning[], shared: [] as RewordedMeaning[] };
  for (const value of after.values) {
    const previous = old.get(id(value));
    if (!previous)
      takes("value-added", [prefixes ? "docs" : "additive"], value.value, `now taken${prefixes ? only : ""}.`);
    else if (previous.meanings.join("\n") !== value.meanings.join("\n")) {
      if (value.meanings.length === 0) unmeant.push(value);
      else
        (value.own ? reworded.own : reworded.shared).push({
          value: value.value,
          before: previous.meanings,
          after: value.meanings,
        });
    }
    // The operation's own constants are named for its meanings: a meaning reworded may rename one.
    if (previous && before.reworded && after.reworded && previous.key !== value.key)
      change(
        "exported-names",
        [breakingFor(words)],
        `constant of value ${value.value} in the operation's own constants${inList(list)} renamed ${previous.key} → ${value.key}: code using the old name stops compiling.`,
      );
  }
  // The words before and after go as data: the Markdown line shows them, cut short (meaning-words.ts).
  for (const [meanings, own] of [
    [reworded.shared, ""],
    [reworded.own, ", in this operation's own words"],
  ] as const)
    if (meanings.length > 0)
      out.push({
        operation,
        message,
        field,
        kind: "meaning",
        classes: ["docs"],
        summary: `${meanings.length === 1 ? "meaning" : "meanings"} of ${meanings.map((m) => m.value).join(", ")}${inList(list)} changed${own}.`,
        meanings,
      });
  const why = unmeantWhyOf(unmeant);
  // The words removed go as data too, as a rewording's do: the Markdown line says what was removed.
  if (unmeant.length > 0)
    out.push({
      operation,
      message,
      field,
      kind: "meaning",
      classes: ["docs"],
      summary: `${unmeant.length === 1 ? "meaning" : "meanings"} of ${unmeant.map((v) => v.value).join(", ")}${inList(list)} removed: ${unmeantReason(why, undefined, unmeant.length === 1)}${unmeant.length > 1 && onlySilent(why) ? " of them" : ""}.`,
      meanings: unmeant.map((v) => ({ value: v.value, before: old.get(id(v))?.meanings ?? [], after: [] })),
    });
  for (const value of before.values) {
    if (now.has(id(value))) continue;
    if (prefixes) {
      takes("value-removed", ["docs"], value.value, `no longer taken${only}.`);
      continue;
    }
    const why =
      words.kind === "request"
        ? "requests using it are refused"
        : `${refusesValue(words)}, and the operation's type and values no longer list it`;
    takes("value-removed", [breakingFor(words)], value.value, `no longer taken: ${why}.`);
  }
  return out;
}

/**
 * A field that takes another list, or none: only an exact list checks a
 * string field's values and types it as their union (a prefix list, or any list
 * of an interfaceVersion, documents it). Checked no longer, it accepts more
 * (additive); checked now, or by another list, it refuses what it took.
 */
export function listSwitch(before: FieldModel, after: FieldModel, breaking: ChangeClass): [ChangeClass[], string] {
  const [was, is] = [checkedList(before), checkedList(after)];
  if (was === null && is === null) return [["docs"], " (no check or type follows either list)"];
  if (is === null) return [["additive"], ": its values are no longer checked, and it is typed as text"];
  return [[breaking], was === null ? ": its values are checked against the list, and typed as their union" : ""];
}

/** The exact list a string field (or its items) is checked against, if any. */
function checkedList(field: FieldModel): string | null {
  const kind = field.type.kind === "list" ? field.type.items.type.kind : field.type.kind;
  const list = valuesOf(field)?.list;
  return kind === "string" && list?.match === "exact" ? list.name : null;
}
