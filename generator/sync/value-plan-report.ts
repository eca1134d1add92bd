// The value and description plans as `sync --check` reports them: each change
// one difference, at its place in the spec with the page's place beside it
// (the descriptions' in description-plan-report.ts). What sync says once it
// has written them is value-plan-messages.ts.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { keptMeaningAbout } from "../rules/meanings.js";
import { quotedOrNothing } from "./page-difference.js";
import {
  keptValuesText,
  listMeaning,
  meaningText,
  ownMeaningText,
  valuesMoved,
  valuesText,
  type ListMeaning,
} from "./value-plan-words.js";
import type { DescriptionPlan } from "./description-plan.js";
import { descriptionDifferences } from "./description-plan-report.js";
import type { PlanDifference } from "./plan-difference.js";
import { tieWords } from "./shared-text.js";
import type { FieldPlan, GeneralValue, ListPlan, ValuePlan } from "./value-plan.js";
import type { ValueListModel } from "../model/value-list-model.js";

/** `lists`: the spec's value lists, whose general meanings a field that takes them is said to have, in their words. */
export function planDifferences(
  values: ValuePlan,
  descriptions: DescriptionPlan,
  lists: readonly ValueListModel[] = [],
): PlanDifference[] {
  const out: PlanDifference[] = [];
  for (const list of values.lists) out.push(...listDifferences(list));
  for (const m of values.moves)
    out.push({
      operation: "",
      about: `valueLists.${m.list}.values.${m.from}`,
      spec: `${quotedOrNothing(m.from)} for the interface ${m.prefix}`,
      page: `${quotedOrNothing(m.to)} (${m.pages.join(", ")}, of every operation of the interface: the value is renamed, its constant kept)`,
      pageAt: m.at,
      place: { in: "value-list", list: m.list, path: ["values", m.from] },
    });
  // A field that takes the list's meaning takes it as the plan leaves it: one a page rewords is said as it becomes.
  const planned = (list: string, value: string): ListMeaning => {
    const plan = values.lists.find((l) => l.list === list);
    const becomes = [...(plan?.changed ?? []), ...(plan?.added ?? [])].find((v) => v.value === value)?.meanings;
    if (becomes) return { meanings: becomes, becomes: true };
    const general = lists.find((l) => l.name === list)?.values.find((v) => v.value === value)?.meanings;
    return { meanings: general ?? [], becomes: false };
  };
  // A field no page gives values for changes because a page added values to its list: that page's place goes beside it.
  const addedAt = new Map(values.lists.map((l) => [l.list, l.added[0]?.at ?? null]));
  for (const field of values.fields)
    for (const d of fieldDifferences(
      field,
      planned,
      lists.find((l) => l.name === field.list)?.values.map((v) => v.value) ?? [],
      values.lists.find((l) => l.list === field.list),
    ))
      out.push({ ...d, pageAt: d.pageAt ?? addedAt.get(field.list) ?? null });
  for (const link of values.links)
    out.push({
      operation: link.operation,
      about: `${link.path.join(".")}.valueList`,
      spec: "no value list",
      page: `value list ${link.list}, made of the values it lists (a container's field takes its whole list)`,
      pageAt: link.at,
      place: { in: "operation", path: link.path },
    });
  out.push(...descriptionDifferences(descriptions));
  return out;
}

function listDifferences(list: ListPlan): PlanDifference[] {
  const out: PlanDifference[] = [];
  const first = list.added[0];
  if (list.isNew && first)
    return [
      {
        operation: "",
        about: `valueLists.${list.list}`,
        spec: `no value list ${list.list}`,
        page: valuesText(
          list.added.map((v) => v.value),
          list.list,
        ),
        pageAt: first.at,
        place: { in: "value-list", list: list.list, path: [] },
      },
    ];
  for (const v of list.added)
    out.push({
      operation: "",
      about: `valueLists.${list.list}.values.${v.value}`,
      spec: `no value ${quotedOrNothing(v.value)} in list ${list.list}`,
      page: `${quotedOrNothing(v.value)} (${v.pages.join(", ")})`,
      pageAt: v.at,
      place: { in: "value-list", list: list.list, path: ["values"] },
    });
  for (const v of list.changed) {
    if (v.meanings.join("\n") !== v.was.meanings.join("\n"))
      out.push({
        operation: "",
        about: `valueLists.${list.list}.values.${v.value}.meaning`,
        spec: meaningText(v.was.meanings),
        page: `${meaningText(v.meanings)} (${generalWhy(v)})`,
        pageAt: v.at,
        place: { in: "value-list", list: list.list, path: ["values", v.value, "meaning"] },
      });
    if (v.name !== null && v.name !== v.was.name)
      out.push({
        operation: "",
        about: `valueLists.${list.list}.values.${v.value}.name`,
        spec: v.was.name,
        page: `${v.name} (from its general meaning)`,
        pageAt: v.at,
        place: { in: "value-list", list: list.list, path: ["values", v.value, "name"] },
      });
  }
  return out;
}

function fieldDifferences(
  f: FieldPlan,
  general: (list: string, value: string) => ListMeaning,
  listValues: readonly string[],
  list?: ListPlan,
): PlanDifference[] {
  const base = `${f.message}.fields.${f.field}`;
  const first = f.page ? [...f.page.at.values()][0] : undefined;
  const at = (value?: string): SourceLocation | null =>
    (value === undefined ? undefined : f.page?.at.get(value)) ?? first ?? null;
  const out: PlanDifference[] = [];
  const path = [f.message, "fields", f.field];
  if (f.link)
    out.push({
      operation: f.operation,
      about: `${base}.valueList`,
      spec: "no value list",
      page: `the values of list ${f.list}`,
      pageAt: at(),
      place: { in: "operation", path },
    });
  if (
    (f.values.from ?? []).join() !== (f.values.to ?? []).join() ||
    (f.values.from === null) !== (f.values.to === null)
  )
    out.push({
      operation: f.operation,
      about: `${base}.values`,
      spec: valuesText(f.values.from, f.list),
      page: f.page
        ? `${valuesText(f.values.to, f.list)}${valuesMoved(f.values.from ?? listValues, f.values.to ?? [...f.page.values.keys()])}`
        : `${f.pageless ? "" : "nothing of this field's values: it keeps "}${keptValuesText(f, list)}`,
      pageAt: at(),
      place: { in: "operation", path },
      ...(!f.page && f.pageless && { pageless: true as const }),
    });
  const keys = new Set([...f.meanings.from.keys(), ...f.meanings.to.keys()]);
  // A value the field no longer takes goes with its meaning: the values' line says so, and the page prints none of it.
  const leaving = (value: string) => f.values.to !== null && !f.values.to.includes(value);
  for (const value of [...keys].sort()) {
    if (leaving(value)) continue;
    const was = f.meanings.from.get(value);
    const now = f.meanings.to.get(value);
    if (was && now && was.join("\n") === now.join("\n")) continue;
    out.push({
      operation: f.operation,
      about: keptMeaningAbout(f.message, f.field, value),
      spec: was ? ownMeaningText(was) : listMeaning(general(f.list, value)),
      page: now ? ownMeaningText(now).replace(/^its own /, "") : listMeaning(general(f.list, value)),
      pageAt: at(value),
      place: { in: "operation", path },
    });
  }
  return out;
}

/** Why a value's general meaning is the one sync writes: most pages print it, or a tie went by path (shared-text.ts). */
export function generalWhy(v: GeneralValue): string {
  return v.tie === undefined ? "the general meaning the pages give" : tieWords("the general meaning", v.tie);
}
