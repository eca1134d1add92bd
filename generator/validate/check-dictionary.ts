import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import { MESSAGE_KINDS, type RawDictionary, type RawValueList } from "../rules/raw-spec.js";
import type { RawPlatform } from "../rules/raw-platform.js";
import { constantKeyOf } from "../rules/names.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { checkListPrefixes } from "./check-list-prefixes.js";
import { entries, type Located } from "./located.js";

interface ListSite {
  readonly list: RawValueList;
  readonly at: Located<RawDictionary>;
}

/** A place where a field or a list item names a value list. */
export interface ListReference {
  readonly list: string;
  readonly fieldName: string;
  /** Where, computed only for a diagnostic. */
  readonly at: () => SourceLocation;
}

/** Value lists: unique names, usable constant names, a prefix list's prefixes, references that resolve, algorithms that exist. */
export function checkDictionary(
  dictionaries: readonly Located<RawDictionary>[],
  references: readonly ListReference[],
  platform: Located<RawPlatform> | undefined,
  /** Value lists a file that could not be checked may define (unchecked.ts). */
  mayExist: ReadonlySet<string>,
  /** Whether every file was checked whole: only then is a list that no field uses unused. */
  allChecked: boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lists = new Map<string, ListSite>();
  for (const dict of dictionaries) {
    for (const [name, list] of entries(dict.raw.valueLists)) {
      const earlier = lists.get(name);
      if (earlier) {
        const related = [{ ...earlier.at.map.key(["valueLists", name]), message: "first defined here" }];
        out.push(diagnostic("duplicate-value-list", dict.map.key(["valueLists", name]), { name }, related));
        continue;
      }
      lists.set(name, { list, at: dict });
      for (const d of checkValueNames(name, list, dict)) out.push(d);
      for (const d of checkListPrefixes(name, list, dict)) out.push(d);
    }
  }
  const used = new Set<string>();
  const algorithmLists = new Set<string>();
  for (const ref of references) {
    used.add(ref.list);
    if (!lists.has(ref.list) && !mayExist.has(ref.list)) {
      out.push(
        diagnostic("unknown-value-list", ref.at(), { name: ref.list, suggestion: didYouMean(ref.list, lists.keys()) }),
      );
    }
    if (lists.has(ref.list) && ref.fieldName === platform?.raw.seal.algorithmField) algorithmLists.add(ref.list);
  }
  for (const name of algorithmLists) {
    const site = lists.get(name);
    if (site && platform) for (const d of checkAlgorithms(name, site, platform.raw)) out.push(d);
  }
  // A list may look unused only because the field that uses it is broken.
  for (const [name, site] of allChecked ? lists : []) {
    if (!used.has(name)) out.push(diagnostic("unused-value-list", site.at.map.key(["valueLists", name]), { name }));
  }
  return out;
}

function checkValueNames(listName: string, list: RawValueList, dict: Located<RawDictionary>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const byKey = new Map<string, string[]>();
  for (const [value, def] of entries(list.values)) {
    if (value === "") {
      out.push(diagnostic("empty-value", valueAt(dict, listName, value), { where: `a value of list "${listName}"` }));
      continue;
    }
    const key = constantKeyOf(value, def.name);
    if (key === undefined) {
      out.push(diagnostic("value-needs-name", valueAt(dict, listName, value), { value, list: listName }));
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), value]);
  }
  for (const [key, values] of byKey) {
    if (values.length < 2) continue;
    // In document order, so that the later of two clashing values is the one reported.
    const [first = "", ...later] = values.sort(
      (a, b) => valueAt(dict, listName, a).line - valueAt(dict, listName, b).line,
    );
    const related = [{ ...valueAt(dict, listName, first), message: `"${first}" has it too` }];
    for (const value of later) {
      out.push(
        diagnostic("duplicate-value-name", valueAt(dict, listName, value), { name: key, list: listName }, related),
      );
    }
  }
  return out;
}

/** Where a value of a list is written. */
const valueAt = (dict: Located<RawDictionary>, listName: string, value: string): SourceLocation =>
  dict.map.key(["valueLists", listName, "values", value]);

/** Every value of the list that names the seal algorithm must be an algorithm the platform can compute. */
function checkAlgorithms(listName: string, site: ListSite, platform: RawPlatform): Diagnostic[] {
  const known = Object.keys(platform.seal.algorithms);
  return Object.keys(site.list.values)
    .filter((value) => !known.includes(value))
    .map((value) =>
      diagnostic("unknown-algorithm", valueAt(site.at, listName, value), { value, known: known.join(", ") }),
    );
}

export function checkPlatform(platform: Located<RawPlatform>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { seal } = platform.raw;
  const known = Object.keys(seal.algorithms);
  const value = seal.defaultAlgorithm;
  if (!known.includes(value))
    out.push(
      diagnostic("unknown-algorithm", platform.map.value(["seal", "defaultAlgorithm"]), {
        value,
        known: known.join(", "),
      }),
    );
  for (const direction of MESSAGE_KINDS) {
    if (seal[direction].exclude.includes(seal.field)) continue;
    out.push(
      diagnostic("seal-field-not-excluded", platform.map.value(["seal", direction, "exclude"]), {
        direction,
        field: seal.field,
      }),
    );
  }
  return out;
}
