// The names an operation exports for what a field takes of its value list
// (operations/<op>/values.ts: the narrowed type and its guard, the constants
// named for its own meanings, the values with their meanings). They exist while the field narrows the list or gives a value
// its own meaning: a field that takes the list whole again, in its words, or
// that comes to share them with another field, takes names away from importers.
// An operation renamed renames them too: those are told once, with the rename.

import { operationSymbols } from "../emit/ts/model-symbols.js";
import type { FieldModel } from "../model/field-model.js";
import { valuesOf } from "../model/field-shape.js";
import type { OperationModel } from "../model/operation-model.js";
import type { OwnValuesMessage } from "../rules/own-values-names.js";
import { withAside, type Change, type ChangeClass } from "./change.js";

interface OwnName {
  readonly name: string;
  readonly message: OwnValuesMessage;
  readonly field: string;
  /** Every field that has the name ("<message> /<field>"): a name a request and a callback share is sent and read. */
  readonly places: string[];
}

/**
 * Names gone break the code that names them (senders or readers, by the
 * messages of the fields that have them: a callback's are read); names added
 * are additive. `renamed` (renamedOwnValueNames, told with the operation's
 * rename) are neither.
 */
export function compareOwnValueNames(
  before: OperationModel,
  after: OperationModel,
  renamed: readonly RenamedName[],
): Change[] {
  const [was, is] = [ownNames(before), ownNames(after)];
  for (const { from, to } of renamed) {
    was.delete(from);
    is.delete(to);
  }
  const out: Change[] = [];
  const report = (names: readonly OwnName[], gone: boolean): void => {
    const byField = new Map<string, OwnName[]>();
    for (const n of names)
      byField.set(`${n.message}/${n.field}`, [...(byField.get(`${n.message}/${n.field}`) ?? []), n]);
    for (const [place, group] of byField) {
      const { message, places } = group[0] as OwnName;
      const list = group.map((n) => n.name).join(", ");
      const what =
        places.length === 1
          ? `what the field takes of its list${(gone ? wholeWords : gainedWords)(before, after, group[0] as OwnName)}`
          : `what the fields ${places.join(" and ")} take of their list`;
      out.push({
        operation: after.name,
        message,
        field: place.slice(message.length),
        kind: "exported-names",
        classes: gone ? goneClasses(places) : ["additive"],
        // The names are the operation's own: said beside it, two operations' names alike but for theirs share a line.
        ...withAside(
          "",
          `${list} `,
          list,
          gone ? `no longer exported (${what}): code that names them stops compiling.` : `now exported (${what}).`,
        ),
      });
    }
  };
  report(
    [...was.values()].filter((n) => !is.has(n.name)),
    true,
  );
  report(
    [...is.values()].filter((n) => !was.has(n.name)),
    false,
  );
  return out;
}

/** The top-level field of `op`'s message that has `name`'s declarations. */
function fieldOf(op: OperationModel, name: OwnName): FieldModel | undefined {
  const message = name.message === "callback" ? op.callback?.message : op[name.message];
  return message?.fields.find((f) => f.name === name.field);
}

/**
 * ", which gained 35 and 36, values the field does not take": where the field took its whole list and takes the
 * same values now, the list having gained others (a value one page adds to a shared list, sync writing the values
 * out in the other operations' fields), which is why names appear in operations whose page did not change.
 */
function gainedWords(before: OperationModel, after: OperationModel, name: OwnName): string {
  const [was, is] = [fieldOf(before, name), fieldOf(after, name)];
  const [took, takes] = [was && valuesOf(was), is && valuesOf(is)];
  if (!took || !takes || took.narrowed || took.list.name !== takes.list.name) return "";
  const values = (taken: typeof took) => taken.values.map((v) => v.value).join("\n");
  if (values(took) !== values(takes)) return "";
  const had = new Set(took.list.values.map((v) => v.value));
  const gained = takes.list.values.map((v) => v.value).filter((v) => !had.has(v));
  if (gained.length === 0) return "";
  const listed = gained.length === 1 ? (gained[0] as string) : `${gained.slice(0, -1).join(", ")} and ${gained.at(-1)}`;
  return `, which gained ${listed}, ${gained.length === 1 ? "a value" : "values"} the field does not take`;
}

/**
 * ", now all of it; the list's own names serve": names gone because the field took part of its list and
 * takes all of it now, which tells their importers what to name instead.
 */
function wholeWords(before: OperationModel, after: OperationModel, name: OwnName): string {
  const [was, is] = [fieldOf(before, name), fieldOf(after, name)];
  const [took, takes] = [was && valuesOf(was), is && valuesOf(is)];
  if (!took || !takes || !took.narrowed || takes.narrowed || took.list.name !== takes.list.name) return "";
  return ", now all of it; the list's own names serve";
}

/** A name of the operation before its rename and the one the same field's same declaration has after. */
export interface RenamedName {
  readonly from: string;
  readonly to: string;
}

/**
 * The names a rename of the operation renamed: what the same field takes of
 * its list, declared before and after under the operation's old and new
 * names. None when the operation keeps its name.
 */
export function renamedOwnValueNames(before: OperationModel, after: OperationModel): RenamedName[] {
  if (before.name === after.name) return [];
  const [was, is] = [namesByPlace(before), namesByPlace(after)];
  const out: RenamedName[] = [];
  const seen = new Set<string>();
  for (const [place, from] of was) {
    const to = is.get(place);
    if (to === undefined || to === from || seen.has(from)) continue;
    seen.add(from);
    out.push({ from, to });
  }
  return out;
}

/** Each declaration's name by its field and role (message/field/type, values or guard). */
function namesByPlace(op: OperationModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const own of operationSymbols(op).ownValues)
    for (const [role, declaration] of [
      ["type", own.type],
      ["object", own.object],
      ["values", own.values],
      ["guard", own.guard],
    ] as const)
      if (declaration) out.set(`${own.message}/${own.field}/${role}`, declaration.name);
  return out;
}

/** Names gone break the senders where a request's field has them, the readers where a response's or a callback's does. */
function goneClasses(places: readonly string[]): ChangeClass[] {
  const sent = places.some((p) => p.startsWith("request "));
  const read = places.some((p) => !p.startsWith("request "));
  return [...(sent ? (["breaking-request"] as const) : []), ...(read ? (["breaking-response"] as const) : [])];
}

/**
 * By name, each with the first field that has it and every field that does
 * (two fields that take the same values share names).
 */
function ownNames(op: OperationModel): Map<string, OwnName> {
  const out = new Map<string, OwnName>();
  for (const own of operationSymbols(op).ownValues)
    for (const declaration of [own.type, own.object, own.values, own.guard]) {
      if (!declaration) continue;
      const place = `${own.message} /${own.field}`;
      const known = out.get(declaration.name);
      if (!known)
        out.set(declaration.name, { name: declaration.name, message: own.message, field: own.field, places: [place] });
      else if (!known.places.includes(place)) known.places.push(place);
    }
  return out;
}
