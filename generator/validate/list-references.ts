// The places that name a value list, which the dictionary's check holds to
// the lists it has: made of the sites of every file, or of a file checked alone
// (facts-checked-alone.ts), whose facts keep them for the checks across files.

import type { RawField } from "../rules/raw-spec.js";
import type { ListReference } from "./check-dictionary.js";
import type { Sites } from "./field-sites.js";

/**
 * Every place a field or list item names a value list; fields taken from the
 * dictionary use the dictionary's, or name one of their own where it has none
 * (one that overrides the dictionary's is an error of its own, not a reference).
 */
export function listReferences(sites: Sites, dictionary: ReadonlyMap<string, RawField>): ListReference[] {
  const refs: ListReference[] = [];
  for (const site of sites.fields) {
    const list = site.written.valueList;
    const overrides = site.written.from === "dictionary" && dictionary.get(site.name)?.valueList !== undefined;
    if (list !== undefined && !overrides)
      refs.push({ list, fieldName: site.name, at: () => site.located.map.value([...site.path, "valueList"]) });
  }
  for (const item of sites.items) {
    const list = item.item.valueList;
    if (list !== undefined)
      refs.push({ list, fieldName: item.listName, at: () => item.located.map.value([...item.path, "valueList"]) });
  }
  return refs;
}
