// The value and description plans as sync reports them: each change one
// difference (`--check`), at its place in the spec with the page's place
// beside it, and one line of what sync did, naming the operations a change
// of a shared list reaches and those it is kept away from.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import { squash } from "../rules/meanings.js";
import { quote } from "./page-difference.js";
import type { SpecPlace } from "./page-difference.js";
import type { DescriptionPlan } from "./description-plan.js";
import type { FieldPlan, ListPlan, ValuePlan } from "./value-plan.js";
import type { ValidSpec } from "../validate/validate-spec.js";

/** One change of the plan, as `sync --check` reports it. */
export interface PlanDifference {
  /** The operation whose file or page the difference is reported against. */
  readonly operation: string;
  readonly about: string;
  readonly spec: string;
  readonly page: string;
  readonly pageAt: SourceLocation | null;
  readonly place: SpecPlace;
}

const meaningText = (meanings: readonly string[]): string => meanings.map((m) => quote(m)).join(" / ");
const valuesText = (values: readonly string[] | null, list: string): string =>
  values === null
    ? `every value of ${list}`
    : `${values.length} value${values.length === 1 ? "" : "s"}: ${values.join(", ")}`;

export function planDifferences(values: ValuePlan, descriptions: DescriptionPlan): PlanDifference[] {
  const out: PlanDifference[] = [];
  for (const list of values.lists) out.push(...listDifferences(list));
  // A field no page gives values for changes because a page added values to its list: that page's place goes beside it.
  const addedAt = new Map(values.lists.map((l) => [l.list, l.added[0]?.at ?? null]));
  for (const field of values.fields)
    for (const d of fieldDifferences(
      field,
      values.lists.find((l) => l.list === field.list),
    ))
      out.push({ ...d, pageAt: d.pageAt ?? addedAt.get(field.list) ?? null });
  for (const d of descriptions.general)
    out.push({
      operation: "",
      about: `dictionary.fields.${d.field}.description`,
      spec: quote(d.from),
      page: `${quote(d.to)} (${d.pages.length} page${d.pages.length === 1 ? "" : "s"})`,
      pageAt: d.at,
      place: { in: "dictionary-field", field: d.field, path: ["description"] },
    });
  for (const d of descriptions.fields)
    out.push({
      operation: d.operation,
      about: `${d.message}.fields.${d.field}.description`,
      spec: d.from === null ? `the dictionary's ${quote(d.shown)}` : quote(d.from),
      page:
        d.to === null
          ? "the dictionary's wording"
          : squash(d.to) === squash(d.shown)
            ? `${quote(d.to)} (written here: the dictionary takes the wording of other pages)`
            : quote(d.to),
      pageAt: d.at,
      place: { in: "operation", path: [d.message, "fields", d.field, ...(d.from === null ? [] : ["description"])] },
    });
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
      spec: `no value ${quote(v.value)} in list ${list.list}`,
      page: `${quote(v.value)} (${v.pages.join(", ")})`,
      pageAt: v.at,
      place: { in: "value-list", list: list.list, path: ["values"] },
    });
  for (const v of list.changed) {
    if (v.meanings.join("\n") !== v.was.meanings.join("\n"))
      out.push({
        operation: "",
        about: `valueLists.${list.list}.values.${v.value}.meaning`,
        spec: meaningText(v.was.meanings),
        page: `${meaningText(v.meanings)} (the general meaning the pages give)`,
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

/** Said of a difference sync leaves: a callback's field takes its whole list. */
const WHOLE_LIST = " (a callback's field takes its whole value list: edit the list, or record a deviation)";

/** What a field no page gives values for does when other pages add values to its list: it keeps what it took. */
const keptText = (f: FieldPlan, list: ListPlan | undefined): string => {
  const added = list?.added ?? [];
  const pages = [...new Set(added.flatMap((v) => v.pages))];
  const by =
    added.length === 0
      ? ""
      : ` (${pages.join(", ")} ${pages.length === 1 ? "adds" : "add"} ${added.map((v) => v.value).join(", ")} to the list for ${pages.length === 1 ? "its" : "their"} own operation)`;
  return `nothing of this field's values: it keeps its current ${valuesText(f.values.to, f.list)}, written out${by}`;
};

function fieldDifferences(f: FieldPlan, list?: ListPlan): PlanDifference[] {
  const base = `${f.message}.fields.${f.field}`;
  const left = f.wholeList ? WHOLE_LIST : "";
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
      page: f.page ? `${valuesText(f.values.to, f.list)}${left}` : keptText(f, list),
      pageAt: at(),
      place: { in: "operation", path },
    });
  const keys = new Set([...f.meanings.from.keys(), ...f.meanings.to.keys()]);
  for (const value of [...keys].sort()) {
    const was = f.meanings.from.get(value);
    const now = f.meanings.to.get(value);
    if (was && now && was.join("\n") === now.join("\n")) continue;
    out.push({
      operation: f.operation,
      about: `${base}.values.${value}.meaning`,
      spec: was ? `its own ${meaningText(was)}` : "the list's meaning",
      page: `${now ? meaningText(now) : "the list's meaning"}${left}`,
      pageAt: at(value),
      place: { in: "operation", path },
    });
  }
  return out;
}

/** What sync did, for people: one line per change, naming who a shared change reaches. */
export function planMessages(values: ValuePlan, descriptions: DescriptionPlan): string[] {
  const out: string[] = [];
  for (const list of values.lists) {
    if (list.isNew)
      out.push(`value list ${list.list} added (${plural(list.added.length, "value")}, from ${pagesOf(list)})`);
    else
      for (const v of list.added) {
        const away = values.fields.filter(
          (f) => f.list === list.list && f.values.to !== null && !f.values.to.includes(v.value),
        );
        const kept = away.map(
          (f) => `${f.operation} (${f.page ? "its page does not list it" : "no page gives this field's values"})`,
        );
        // A callback's field cannot take part of a list: what another page adds reaches it, and is said so.
        const whole =
          list.wholeTakers.length > 0
            ? `; taken by ${list.wholeTakers.join(", ")}, which ${list.wholeTakers.length === 1 ? "takes" : "take"} the whole list: check ${list.wholeTakers.length === 1 ? "its" : "their"} page`
            : "";
        out.push(
          `value ${v.value} added to list ${list.list} (from ${v.pages.join(", ")})${kept.length > 0 ? `; not taken by ${kept.join(", ")}` : ""}${whole}`,
        );
      }
    for (const v of list.changed) {
      if (v.meanings.join("\n") !== v.was.meanings.join("\n"))
        out.push(
          `value ${v.value} of list ${list.list}: general meaning from ${v.pages[0] ?? "the pages"} (${v.pages.length} page${v.pages.length === 1 ? "" : "s"} list it)`,
        );
      if (v.name !== null && v.name !== v.was.name)
        out.push(
          `value ${v.value} of list ${list.list}: constant renamed ${v.was.name} → ${v.name} (npm run changes reports it as breaking)`,
        );
    }
    for (const v of list.unused)
      out.push(
        `value ${v} of list ${list.list} is taken by no operation; remove it from the list if Sips no longer documents it`,
      );
  }
  for (const f of values.fields) {
    if (f.wholeList) {
      if (f.link) out.push(`${f.operation}: ${f.message} field ${f.field} linked to value list ${f.list}`);
      continue;
    }
    const what =
      f.values.to === null
        ? `every value of ${f.list}`
        : `${f.values.to.length} values of ${f.list} (${f.values.to.join(", ")})`;
    const own = f.meanings.to.size > 0 ? `, its own meaning for ${[...f.meanings.to.keys()].join(", ")}` : "";
    const why = f.page ? "" : ", written out so that values other pages add do not reach it";
    out.push(
      `${f.operation}: ${f.message} field ${f.field} takes ${what}${own}${why}${f.link ? ` (linked to value list ${f.list})` : ""}`,
    );
  }
  for (const d of descriptions.general)
    out.push(
      `${d.field}: dictionary description set to the wording of ${d.pages.length} page${d.pages.length === 1 ? "" : "s"}`,
    );
  for (const d of descriptions.fields)
    out.push(
      `${d.operation}: ${d.field}: ${d.to === null ? "own description removed (it is the dictionary's)" : "description given here, as its page words it"}`,
    );
  return out;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const pagesOf = (list: ListPlan): string => [...new Set(list.added.flatMap((v) => v.pages))].join(", ");

/**
 * Fields that took their whole list and now take part of it, whose own notes
 * may say otherwise ("so the field takes the whole shared list"): sync does
 * not edit notes, so it says which to read again.
 */
export function notesToReview(values: ValuePlan, spec: ValidSpec): string[] {
  return values.fields.flatMap((f) => {
    if (f.wholeList || f.values.from !== null || f.values.to === null) return [];
    const located = spec.operations.find((o) => o.raw.operation === f.operation);
    const notes = f.message === "callback" ? undefined : located?.raw[f.message].fields[f.field]?.notes;
    if (!notes || notes.length === 0) return [];
    return [
      `${f.operation}: ${f.message} field ${f.field} now takes ${plural(f.values.to.length, "value")} of ${f.list}, no longer the whole list: read its notes again (sync does not edit them)`,
    ];
  });
}
