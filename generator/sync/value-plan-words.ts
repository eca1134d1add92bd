// How sync --check words the value plan's values and meanings: quoted
// meanings, a field's own or its list's (as the plan leaves it), the values a
// field takes, and those a page's list leaves out or adds.

import { quotedOrNothing } from "./page-difference.js";
import type { FieldPlan, ListPlan } from "./value-plan.js";

/** Meanings quoted, one after the other. */
export const meaningText = (meanings: readonly string[]): string => meanings.map((m) => quotedOrNothing(m)).join(" / ");
/** A field's own meaning of a value: its words, or none at all (`meanings: { "01": [] }`), which quotes nothing. */
export const ownMeaningText = (meanings: readonly string[]): string =>
  meanings.length === 0 ? "no meaning" : `its own ${meaningText(meanings)}`;
/** A list's value's general meanings, and whether the plan gives them (a page rewords the value). */
export type ListMeaning = { readonly meanings: readonly string[]; readonly becomes: boolean };
export const listMeaning = ({ meanings, becomes }: ListMeaning): string =>
  meanings.length === 0
    ? "the list's meaning"
    : `the list's meaning${becomes ? ", which becomes" : ""} ${meaningText(meanings)}`;
/** The values a field takes: every value of its list (null), or those it lists. */
export const valuesText = (values: readonly string[] | null, list: string): string =>
  values === null
    ? `every value of ${list}`
    : `${values.length} value${values.length === 1 ? "" : "s"}: ${values.join(", ")}`;

/** What a field no page gives values for does when other pages add values to its list: it keeps what it took. */
export const keptValuesText = (f: FieldPlan, list: ListPlan | undefined): string => {
  const added = list?.added ?? [];
  const pages = [...new Set(added.flatMap((v) => v.pages))];
  const by =
    added.length === 0
      ? ""
      : ` (${pages.join(", ")} ${pages.length === 1 ? "adds" : "add"} ${added.map((v) => v.value).join(", ")} to the list for ${pages.length === 1 ? "its" : "their"} own operation)`;
  return `its current ${valuesText(f.values.to, f.list)}, written out${by}`;
};

/**
 * The values a page's list leaves out of those the field took, and those it adds: a long list hides them, and
 * "every value" of a list (the page's whole list, given as `now`) names none.
 */
export function valuesMoved(taken: readonly string[], now: readonly string[] | null): string {
  if (now === null) return "";
  const left = taken.filter((v) => !now.includes(v));
  const added = now.filter((v) => !taken.includes(v));
  const moved = [
    ...(left.length > 0 ? [`without ${left.join(", ")}`] : []),
    ...(added.length > 0 ? [`${added.join(", ")} new`] : []),
  ];
  return moved.length === 0 ? "" : ` (${moved.join("; ")})`;
}
