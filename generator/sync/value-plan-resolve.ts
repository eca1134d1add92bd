// Which value list a page's values for a top-level field belong to: the one
// the field takes, the dictionary entry's, or the one named after the field.

import { valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import type { RawField } from "../rules/raw-spec.js";
import type { SpecMessage } from "./page-difference.js";
import type { PageList } from "./value-plan-pages.js";

/**
 * The list a page's values belong to: the field's own, else the dictionary
 * entry's, else the list named after the field (made if need be, and linked).
 * A field whose type is not text (a list without an item list) has none to link.
 */
export function resolveList(
  pageList: PageList,
  site: Site | undefined,
  dictionary: ReadonlyMap<string, RawField>,
): { list: string; link: boolean } | null {
  if (site) {
    const taken = valuesOf(site.field);
    if (taken) return { list: taken.list.name, link: false };
    if (site.field.type.kind !== "string") return null;
    return { list: pageList.field, link: true };
  }
  const entry = dictionary.get(pageList.field);
  if (entry?.valueList !== undefined) return { list: entry.valueList, link: false };
  if (entry?.type !== undefined && entry.type !== "string") return null;
  // The field is made in this pass (a new operation or field): the next pass links it to this list.
  return { list: pageList.field, link: false };
}

/** A field of an operation at the top of a message, where its values are its own. */
export interface Site {
  readonly operation: string;
  readonly message: SpecMessage;
  readonly field: FieldModel;
}
