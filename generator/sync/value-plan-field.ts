// One field's part of the value plan: what it takes after sync, and with
// which meanings of its own, from its page (or from what it took, without one).

import { valuesOf } from "../model/field-shape.js";
import { compareText } from "../rules/code-point-order.js";
import { meaningKey } from "../rules/meanings.js";
import type { Wording } from "./shared-text.js";
import type { FieldPlan } from "./value-plan.js";
import type { PageList } from "./value-plan-pages.js";
import type { Site } from "./value-plan-resolve.js";

export function planField(
  site: Site,
  list: string,
  page: PageList | null,
  vocabulary: readonly string[],
  general: ReadonlyMap<string, Wording<readonly string[]>>,
  link: boolean,
  pageless: boolean,
): FieldPlan {
  const current = valuesOf(site.field);
  const currentSet = current ? current.values.map((v) => v.value) : null;
  const currentOwn = new Map((current?.values ?? []).filter((v) => v.own).map((v) => [v.value, v.meanings] as const));
  const from = current?.narrowed ? currentSet : null;
  // A field without a page keeps what it takes: every value the list had before this run, or its own; one whose
  // page stops in its list takes what it took and what the page prints.
  const printed = page ? [...page.values.keys()] : [];
  const targetSet = page && !page.partial ? printed : [...new Set([...(currentSet ?? []), ...printed])];
  const to =
    targetSet.length === vocabulary.length && vocabulary.every((v) => targetSet.includes(v))
      ? null
      : [...targetSet].sort(compareText);
  const meanings = new Map<string, readonly string[]>();
  // The meanings a page stopping in the list does not print stay the field's own.
  const source: Iterable<[string, readonly string[]]> = !page
    ? currentOwn
    : page.partial
      ? [...[...currentOwn].filter(([v]) => !page.values.has(v)), ...page.values]
      : page.values;
  for (const [value, printed] of source) {
    if (!targetSet.includes(value)) continue;
    // A meaning kept on purpose (source.deviations) stays the spec's, whatever the page prints.
    if (page?.keptMeanings.has(value)) {
      const own = currentOwn.get(value);
      if (own) meanings.set(value, own);
      continue;
    }
    // No meaning kept from the spec is the field's page giving none, and stays; a page's value printed without one is reported elsewhere.
    if (printed.length === 0) {
      if (!page?.values.has(value)) meanings.set(value, printed);
      continue;
    }
    if (meaningKey(printed) !== general.get(value)?.key) meanings.set(value, printed);
  }
  return {
    operation: site.operation,
    message: site.message,
    field: site.field.name,
    list,
    page,
    pageless,
    link,
    values: { from, to },
    meanings: { from: currentOwn, to: new Map([...meanings].sort(([a], [b]) => compareText(a, b))) },
  };
}

export const sameList = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === null || b === null ? a === b : a.length === b.length && a.every((v, i) => v === b[i]);

export const sameValueMeanings = (
  a: ReadonlyMap<string, readonly string[]>,
  b: ReadonlyMap<string, readonly string[]>,
): boolean => a.size === b.size && [...a].every(([k, v]) => b.has(k) && meaningKey(b.get(k) ?? []) === meaningKey(v));
