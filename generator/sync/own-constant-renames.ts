// An operation's own constants of a field's values (rules/value-names.ts) are
// named from its own meanings: a meaning sync rewords renames the value's
// constant, which breaks code importing it (`npm run changes` classes it so).
// Said beside the plan's line for the field, so that the maintainer reading
// what sync wrote meets the rename before the changes' list does; and the
// names a field's first own meanings give, which are as much the package's.

import type { ValueListModel } from "../model/value-list-model.js";
import { meaningNameOf } from "../rules/meanings.js";
import { ownConstantKeys, type TakenValue } from "../rules/value-names.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { FieldPlan, ValuePlan } from "./value-plan.js";

/** One line per field whose own constants the plan renames, naming each rename, or names first. */
export function ownConstantRenames(
  values: ValuePlan,
  lists: readonly ValueListModel[],
  spec: ValidSpec | null = null,
): string[] {
  const out: string[] = [];
  for (const f of values.fields) {
    const list = lists.find((l) => l.name === f.list);
    if (!list) continue;
    const names = spec === null ? new Map<string, string>() : givenNames(spec, f);
    const before = keysOf(list, f.values.from, f.meanings.from, names);
    const after = keysOf(list, f.values.to, f.meanings.to, names);
    if (!after) continue;
    if (!before) {
      // The first own meanings (a new operation, or a page that now words a value its own way): named as sync
      // names a value it adds to a list, and as much the package's, so said as that is.
      const named = list.values.flatMap((v) => {
        const key = after.get(v.value);
        return key === undefined || key === v.key ? [] : [`${v.value} ${key}`];
      });
      if (named.length > 0)
        out.push(
          `${f.operation}: ${fieldName(f)}: its own constants, named from its own meanings (${named.join(", ")}): the package exports them, so review them before a release (a page that rewords the meaning renames its constant, which breaks importers)`,
        );
      continue;
    }
    const renamed = [...before].flatMap(([value, was]) => {
      const now = after.get(value);
      return now === undefined || now === was ? [] : [`${value} ${was} → ${now}`];
    });
    if (renamed.length > 0)
      out.push(
        `${f.operation}: ${fieldName(f)}: its own constants renamed with their meanings (${renamed.join(", ")}): code importing the old names stops compiling (npm run changes classes it breaking)`,
      );
  }
  return out;
}

const fieldName = (f: FieldPlan): string => `${f.message} field ${f.field}`;

/** Each value's own constant key, where the field has own constants (some meaning its own); else null. */
function keysOf(
  list: ValueListModel,
  taken: readonly string[] | null,
  own: ReadonlyMap<string, readonly string[]>,
  names: ReadonlyMap<string, string>,
): Map<string, string> | null {
  if (own.size === 0) return null;
  const values: TakenValue[] = list.values
    .filter((v) => taken === null || taken.includes(v.value))
    .map((v) => {
      const mine = own.get(v.value);
      return {
        value: v.value,
        key: v.key,
        own: mine !== undefined,
        meanings: mine ?? v.meanings,
        name: names.get(v.value),
      };
    });
  const keys = ownConstantKeys(values);
  return new Map(values.map((v, i) => [v.value, keys[i] ?? v.key]));
}

/** The names the spec gives the field's own meanings (meanings: with name:), which sync keeps as it rewords them. */
function givenNames(spec: ValidSpec, f: FieldPlan): Map<string, string> {
  const op = spec.operations.find((o) => o.raw.operation === f.operation)?.raw;
  const message = f.message === "callback" ? op?.callback : op?.[f.message];
  const meanings = message?.fields?.[f.field]?.meanings ?? {};
  return new Map(
    Object.entries(meanings).flatMap(([value, raw]) => {
      const name = meaningNameOf(raw);
      return name === undefined ? [] : [[value, name] as const];
    }),
  );
}
