// The value plan: what sync writes of value lists and of the values each
// operation's field takes, worked out from every page at once (a pure
// function of the spec and the set of pages). A value list stays the
// vocabulary of a field name: it only grows, by the values pages list; each
// field takes the values its own page lists, with the meanings that page
// gives where they differ from the list's; a field without a page keeps what
// it takes, so that a value one page adds never reaches it. `--check` reports
// the plan's changes and `sync` writes them: once written, the plan is empty.

import { allFields, valuesOf } from "../model/field-shape.js";
import type { SpecModel } from "../model/ir.js";
import type { ValueListModel } from "../model/value-list-model.js";
import { compareText } from "../rules/code-point-order.js";
import { meaningKey } from "../rules/meanings.js";
import { MESSAGE_KINDS, type RawField } from "../rules/raw-spec.js";
import type { SpecMessage } from "./page-difference.js";
import { constantNames, generalWording, wordingTie, type Wording } from "./shared-text.js";
import type { FieldPlan, GeneralValue, ListPlan, ValuePlan } from "./value-plan.js";
import { planField, sameList, sameValueMeanings } from "./value-plan-field.js";
import { madeLists } from "./made-value-lists.js";
import type { ContainerValues, MadeList } from "./value-plan-containers.js";
import { collect, messageOf, type PageList, type PlanPage } from "./value-plan-pages.js";
import { resolveList, type Site } from "./value-plan-resolve.js";
import { prefixMoves, type PrefixHeld, type PrefixMove } from "./prefix-moves.js";

export function valuePlan(
  model: SpecModel,
  dictionary: ReadonlyMap<string, RawField>,
  pages: readonly PlanPage[],
): ValuePlan {
  const lists = new Map(model.valueLists.map((l) => [l.name, l]));
  const sites = topFields(model);
  const siteOf = (op: string, message: SpecMessage, field: string) =>
    sites.find((s) => s.operation === op && s.message === message && s.field.name === field);
  // Each page's lists, under the list they resolve to.
  const byList = new Map<string, { pageList: PageList; link: boolean }[]>();
  const containers: ContainerValues[] = [];
  const made: MadeList[] = [];
  for (const pageList of collect(pages, containers, lists, model, made)) {
    const site = siteOf(pageList.operation, pageList.message, pageList.field);
    const resolved = resolveList(pageList, site, dictionary);
    if (!resolved) continue;
    byList.set(resolved.list, [...(byList.get(resolved.list) ?? []), { pageList, link: resolved.link }]);
  }
  // A prefix value printed otherwise is the same interface: renamed where its operations agree, else held.
  const moves: PrefixMove[] = [];
  const held: PrefixHeld[] = [];
  for (const [name, entries] of byList) {
    const list = lists.get(name);
    if (!list) continue;
    const read = prefixMoves(
      list,
      entries.map((e) => e.pageList),
      model,
    );
    moves.push(...read.moves);
    held.push(...read.held);
    byList.set(
      name,
      entries.map((e, i) => ({ ...e, pageList: read.pageLists[i] as PageList })),
    );
  }
  // A message no page describes: a field of it that no page gives values for is not one its page is silent on.
  const paged = new Set(pages.map((p) => `${p.operation}\u0000${p.callback ? "callback" : "operation"}`));
  const listPlans: ListPlan[] = [];
  const fieldPlans: FieldPlan[] = [];
  for (const name of [...byList.keys()].sort(compareText)) {
    const entries = byList.get(name) ?? [];
    const plan = planList(name, lists.get(name) ?? null, entries, sites, model, siteOf, paged);
    listPlans.push(plan.list);
    fieldPlans.push(...plan.fields);
  }
  const links = madeLists(made, byList, listPlans, containers);
  listPlans.sort((a, b) => compareText(a.list, b.list));
  return { lists: listPlans, fields: fieldPlans, containers, links, moves, held };
}

/** The messages whose fields take values: each operation's request and response, then its callback's. */
const SPEC_MESSAGES: readonly SpecMessage[] = [...MESSAGE_KINDS, "callback"];

/** Every operation's fields at the top of its messages (its callback's too), in operation, message and field order. */
function topFields(model: SpecModel): Site[] {
  return model.operations.flatMap((op) =>
    SPEC_MESSAGES.flatMap((message) =>
      (messageOf(op, message)?.fields ?? []).map((field) => ({ operation: op.name, message, field })),
    ),
  );
}

function planList(
  name: string,
  list: ValueListModel | null,
  entries: readonly { pageList: PageList; link: boolean }[],
  sites: readonly Site[],
  model: SpecModel,
  siteOf: (op: string, message: SpecMessage, field: string) => Site | undefined,
  paged: ReadonlySet<string>,
): { list: ListPlan; fields: FieldPlan[] } {
  const before = new Map((list?.values ?? []).map((v) => [v.value, v]));
  const pageLists = entries.map((e) => e.pageList);
  const vocabulary = [...new Set([...before.keys(), ...pageLists.flatMap((p) => [...p.values.keys()])])].sort(
    compareText,
  );
  const listed = (p: PageList) => siteOf(p.operation, p.message, p.field);
  const onList = sites.filter((s) => valuesOf(s.field)?.list.name === name);
  const linked = entries.filter((e) => e.link).flatMap((e) => listed(e.pageList) ?? []);
  const pageOf = (s: Site) =>
    pageLists.find((p) => p.operation === s.operation && p.message === s.message && p.field === s.field.name) ?? null;
  // What something without a page shows: it relies on the general meaning of each value it takes.
  const relied = new Set<string>();
  for (const s of onList) {
    if (pageOf(s)) continue;
    for (const v of valuesOf(s.field)?.values ?? []) if (!v.own) relied.add(v.value);
  }
  for (const op of model.operations)
    for (const message of SPEC_MESSAGES) {
      const top = messageOf(op, message)?.fields ?? [];
      for (const field of allFields(top))
        if (!top.includes(field) && valuesOf(field)?.list.name === name)
          for (const v of valuesOf(field)?.values ?? []) relied.add(v.value);
    }
  // The general meaning of every value, by the shared-text rule.
  const general = new Map<string, Wording<readonly string[]>>();
  const ties = new Map<string, NonNullable<GeneralValue["tie"]>>();
  for (const value of vocabulary) {
    const printed = new Map<string, Wording<readonly string[]>>();
    for (const p of pageLists) {
      const meanings = p.values.get(value);
      if (meanings && meanings.length > 0) printed.set(p.page, { key: meaningKey(meanings), text: meanings });
    }
    const current = before.get(value);
    const wording = generalWording(
      current && { key: meaningKey(current.meanings), text: current.meanings },
      printed,
      relied.has(value),
    );
    general.set(value, wording ?? { key: meaningKey([value]), text: [value] });
    const tie = wordingTie(printed, wording);
    if (tie !== null) ties.set(value, tie);
  }
  const names = constantNames(
    vocabulary.map((value) => {
      const current = before.get(value);
      return {
        value,
        name: current && current.key !== value ? current.key : undefined,
        meaning: current?.meanings,
        general: general.get(value)?.text ?? [],
      };
    }),
  );
  const describe = (value: string): GeneralValue => {
    const tie = ties.get(value);
    const pages = pageLists.filter((p) => p.values.has(value)).map((p) => p.page);
    const key = general.get(value)?.key;
    // The pages that print the meaning chosen: the first page listing the value may word it otherwise.
    const printing = pageLists.filter((p) => {
      const meanings = p.values.get(value);
      return meanings !== undefined && meanings.length > 0 && meaningKey(meanings) === key;
    });
    const first = printing[0] ?? pageLists.find((p) => p.values.has(value));
    return {
      value,
      meanings: general.get(value)?.text ?? [],
      name: names.get(value) ?? null,
      at: first?.at.get(value) ?? null,
      pages,
      wordedBy: [...new Set(printing.map((p) => p.page))].sort(compareText),
      ...(tie !== undefined && { tie }),
    };
  };
  const added = vocabulary.filter((v) => !before.has(v)).map(describe);
  const changed = vocabulary.flatMap((value) => {
    const current = before.get(value);
    if (!current) return [];
    const next = describe(value);
    const name = current.key;
    const sameName = next.name === null || next.name === name;
    if (meaningKey(current.meanings) === meaningKey(next.meanings) && sameName) return [];
    return [{ ...next, was: { meanings: current.meanings, name } }];
  });
  const fields: FieldPlan[] = [];
  const taken = new Set<string>();
  // A callback's field is planned as a response's, from its own page: what other pages add does not reach it.
  const hasPage = (s: Site) => paged.has(`${s.operation}\u0000${s.message === "callback" ? "callback" : "operation"}`);
  for (const s of [...onList, ...linked]) {
    const page = pageOf(s);
    const plan = planField(s, name, page, vocabulary, general, linked.includes(s), !hasPage(s));
    for (const v of plan.values.to ?? vocabulary) taken.add(v);
    if (
      plan.link ||
      !sameList(plan.values.from, plan.values.to) ||
      !sameValueMeanings(plan.meanings.from, plan.meanings.to)
    )
      fields.push(plan);
  }
  for (const p of pageLists) if (!listed(p)) for (const v of p.values.keys()) taken.add(v);
  for (const v of relied) taken.add(v);
  const unused = vocabulary.filter((v) => !taken.has(v));
  return { list: { list: name, isNew: list === null, added, changed, unused }, fields };
}
