// The changes sync makes to each field, both plans merged so that a field is
// written once: the value list it links, the values it takes, its own
// meanings and description, and, where a prefix value moves (prefix-moves.ts),
// every `values:` and `meanings:` that names it, and an example the move
// leaves below the lowest version.

import { meaningsOf } from "../rules/meanings.js";
import { declaredVersion } from "../../runtime/interface-version.js";
import { compareText } from "../rules/code-point-order.js";
import { printedVersion } from "../rules/list-prefix.js";
import { KEPT_MEANING, keptMeaningAbout } from "../rules/meanings.js";
import type { RawField } from "../rules/raw-spec.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { DescriptionPlan } from "./description-plan.js";
import type { PrefixMove } from "./prefix-moves.js";
import type { ValuePlan } from "./value-plan.js";

/** What changes in one field: undefined leaves a key as it is, null removes it. */
export interface FieldChange {
  valueList?: string;
  values?: readonly string[] | null;
  meanings?: ReadonlyMap<string, readonly string[]> | null;
  description?: string | null;
  example?: null;
}

/** The changes of each field, both plans merged: one field is written once. */
export function fieldChanges(values: ValuePlan, descriptions: DescriptionPlan): Map<string, FieldChange> {
  const out = new Map<string, FieldChange>();
  const of = (operation: string, message: string, field: string): FieldChange => {
    const key = `${operation}\u0000${message}\u0000${field}`;
    let change = out.get(key);
    if (!change) out.set(key, (change = {}));
    return change;
  };
  for (const f of values.fields) {
    const change = of(f.operation, f.message, f.field);
    if (f.link) change.valueList = f.list;
    change.values = f.values.to;
    change.meanings = f.meanings.to.size > 0 ? f.meanings.to : null;
  }
  for (const d of descriptions.fields) of(d.operation, d.message, d.field).description = d.to;
  return out;
}

/**
 * The field changes with each moved prefix value renamed (prefix-moves.ts), and a change for every field not
 * otherwise changed whose `values:` or `meanings:` name one: a value renamed is renamed wherever it is written.
 */
export function renamedValues(
  changes: Map<string, FieldChange>,
  values: ValuePlan,
  spec: ValidSpec,
): Map<string, FieldChange> {
  if (values.moves.length === 0) return changes;
  const listOf = fieldList(spec);
  for (const op of spec.operations)
    for (const message of ["request", "response", "callback"] as const) {
      const fields = (message === "callback" ? op.raw.callback : op.raw[message])?.fields ?? {};
      for (const [name, field] of Object.entries(fields)) {
        const list = listOf(name, field);
        const renamed = new Map(values.moves.filter((m) => m.list === list).map((m) => [m.from, m.to]));
        if (renamed.size === 0) continue;
        const key = `${op.raw.operation}\u0000${message}\u0000${name}`;
        const change: FieldChange = { ...changes.get(key) };
        const written = field.values;
        if (change.values === undefined && written?.some((v) => renamed.has(v))) change.values = written;
        const meanings = field.meanings ?? {};
        if (change.meanings === undefined && Object.keys(meanings).some((v) => renamed.has(v)))
          change.meanings = new Map(Object.entries(meanings).map(([v, m]) => [v, meaningsOf(m)]));
        if (change.values) change.values = change.values.map((v) => renamed.get(v) ?? v).sort(compareText);
        if (change.meanings) change.meanings = new Map([...change.meanings].map(([v, m]) => [renamed.get(v) ?? v, m]));
        // An example below the lowest version the moved text now gives is one no request may declare (the docs
        // would show it as real data): removed, the docs then showing the recommended version in its place.
        const example = field.example;
        if (example !== undefined && values.moves.some((m) => m.list === list && belowMove(example, m)))
          change.example = null;
        if (change.values !== undefined || change.meanings !== undefined || change.example !== undefined)
          changes.set(key, change);
      }
    }
  return changes;
}

/** The list a field takes, its own or its dictionary entry's. */
function fieldList(spec: ValidSpec): (name: string, field: RawField) => string | undefined {
  const dictionary = new Map(spec.dictionaries.flatMap((d) => Object.entries(d.raw.fields ?? {})));
  return (name, field) =>
    field.valueList ?? (field.from === "dictionary" ? dictionary.get(name)?.valueList : undefined);
}

/** A deviation renamed with a moved value: one that keeps the value's own meaning names it, and keeps it still. */
export interface RenamedDeviation {
  readonly relPath: string;
  readonly index: number;
  readonly about: string;
}

/** The deviations on a moved value's own meaning (prefix-moves.ts), each with the name the moved value gives it. */
export function renamedDeviations(values: ValuePlan, spec: ValidSpec): RenamedDeviation[] {
  if (values.moves.length === 0) return [];
  const listOf = fieldList(spec);
  const out: RenamedDeviation[] = [];
  for (const op of spec.operations)
    (op.raw.source?.deviations ?? []).forEach(({ about }, index) => {
      const [, message, name, value] = KEPT_MEANING.exec(about) ?? [];
      if (message === undefined || name === undefined || value === undefined) return;
      const raw = message === "callback" ? op.raw.callback : op.raw[message as "request" | "response"];
      const field = raw?.fields?.[name];
      const move = field && values.moves.find((m) => m.list === listOf(name, field) && m.from === value);
      if (move) out.push({ relPath: op.file.relPath, index, about: keptMeaningAbout(message, name, move.to) });
    });
  return out;
}

/** Whether `example`, a version of the move's interface, comes before the lowest version the moved text gives. */
function belowMove(example: string, move: PrefixMove): boolean {
  const floor = printedVersion(move.to, move.prefix);
  const version = declaredVersion(example, move.prefix);
  return floor !== null && version >= 0 && version < floor.major * 10000 + floor.minor;
}
