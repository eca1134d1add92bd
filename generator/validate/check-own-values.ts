import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import type { SpecPath } from "../read/source-map.js";
import { ownValuesSignature, type OwnValuesEntity } from "../rules/own-values-names.js";
import { meaningNameOf, meaningsOf, sameMeanings } from "../rules/meanings.js";
import type { RawDictionary, RawField, RawOperation, RawValueList } from "../rules/raw-spec.js";
import type { FieldSite, Sites } from "./field-sites.js";
import { checkMeaningNames } from "./check-meaning-names.js";
import { entries, type Located } from "./located.js";

/** The keys by which an operation's field takes its value list its own way. */
const OWN_KEYS = ["values", "meanings"] as const;

/**
 * What an operation's field says of its value list (values:, meanings:, a
 * list of its own on a dictionary reference): only at the top of a message
 * (a request, a response or a callback),
 * where the field is the operation's own (a container is one type for every
 * operation); only values of the list; meanings only for values it takes.
 */
export function checkOwnValues(
  sites: Sites,
  dictionary: ReadonlyMap<string, RawField>,
  dictionaries: readonly Located<RawDictionary>[],
): Diagnostic[] {
  const lists = valueLists(dictionaries);
  const out: Diagnostic[] = [];
  for (const site of sites.fields) {
    const { name, written, located, path } = site;
    const ownList = written.from === "dictionary" && written.valueList !== undefined;
    const keys: string[] = OWN_KEYS.filter((k) => written[k] !== undefined);
    if (site.container !== "" || site.scope === "dictionary") {
      for (const key of ownList ? [...keys, "valueList"] : keys)
        out.push(
          diagnostic("values-in-container", located.map.key([...path, key]), {
            field: name,
            key,
            container: site.container,
          }),
        );
      continue;
    }
    if (ownList && dictionary.get(name)?.valueList !== undefined)
      out.push(
        diagnostic("dictionary-override", located.map.key([...path, "valueList"]), { field: name, key: "valueList" }),
      );
    if (keys.length === 0 || !site.resolved) continue;
    const listName = site.resolved.type === "list" ? site.resolved.items?.valueList : site.resolved.valueList;
    if (listName === undefined) {
      for (const key of keys)
        out.push(diagnostic("values-without-list", located.map.key([...path, key]), { field: name, key }));
      continue;
    }
    // An unknown list is reported where it is named.
    const list = lists.get(listName);
    if (list) out.push(...checkAgainstList(site, site.resolved, listName, list));
  }
  return out;
}

function checkAgainstList(site: FieldSite, field: RawField, listName: string, list: RawValueList): Diagnostic[] {
  const { name, located, path } = site;
  const out: Diagnostic[] = [];
  const known = Object.keys(list.values);
  const where = `${site.scope}.fields.${name}`;
  const notInList = (value: string, at: SpecPath, what: string) =>
    diagnostic("value-not-in-list", located.map.value(at), {
      value,
      where: what,
      list: listName,
      suggestion: didYouMean(value, known),
    });
  const values = field.values;
  values?.forEach((value, index) => {
    if (!Object.hasOwn(list.values, value)) out.push(notInList(value, [...path, "values", index], where));
  });
  if (values && known.every((v) => values.includes(v)))
    out.push(diagnostic("values-not-narrowing", located.map.key([...path, "values"]), { field: name, list: listName }));
  for (const [value, meaning] of entries(field.meanings)) {
    const at = [...path, "meanings", value];
    const general = Object.hasOwn(list.values, value) ? list.values[value] : undefined;
    if (!general) out.push(notInList(value, at, `the meanings of ${where}`));
    // Until a value that is not in the list is fixed, it may be the one this meaning is for.
    else if (values && !values.includes(value) && values.every((v) => Object.hasOwn(list.values, v)))
      out.push(
        diagnostic("meaning-not-taken", located.map.key(at), {
          value,
          operation: (located.raw as RawOperation).operation,
          field: name,
          values: values.join(", "),
        }),
      );
    else if (sameMeanings(meaningsOf(meaning), meaningsOf(general.meaning)))
      out.push(diagnostic("meaning-as-shared", located.map.key(at), { value, field: name, list: listName }));
  }
  out.push(...checkMeaningNames(site, field, listName, list));
  return out;
}

/** Value lists by name, the first definition of a name (duplicates are reported elsewhere). */
export function valueLists(dictionaries: readonly Located<RawDictionary>[]): Map<string, RawValueList> {
  const out = new Map<string, RawValueList>();
  for (const d of dictionaries)
    for (const [name, list] of entries(d.raw.valueLists)) if (!out.has(name)) out.set(name, list);
  return out;
}

/**
 * The fields of each operation that narrow or reword their list, as the
 * model will see them (model/own-values.ts): the operation's names depend on them.
 */
export function ownValuesByOperation(
  sites: Sites,
  dictionaries: readonly Located<RawDictionary>[],
): Map<unknown, OwnValuesEntity[]> {
  const lists = valueLists(dictionaries);
  const out = new Map<unknown, OwnValuesEntity[]>();
  for (const site of sites.fields) {
    const field = site.resolved;
    if (site.scope === "dictionary" || site.container !== "" || !field) continue;
    if (field.values === undefined && field.meanings === undefined) continue;
    const listName = field.type === "list" ? field.items?.valueList : field.valueList;
    const list = listName === undefined ? undefined : lists.get(listName);
    if (listName === undefined || !list) continue;
    const all = Object.keys(list.values);
    const taken = field.values ? all.filter((v) => field.values?.includes(v)) : all;
    const meanings = entries(field.meanings)
      .filter(([value]) => taken.includes(value))
      .map(([value, meaning]) => [value, meaningsOf(meaning), meaningNameOf(meaning)] as const);
    if (taken.length === all.length && meanings.length === 0) continue;
    const entity: OwnValuesEntity = {
      // A callback's fields are checked as a response's (field-sites.ts), and named as the callback's.
      message: site.path[0] === "callback" ? "callback" : site.scope,
      field: site.name,
      list: listName,
      exact: (list.match ?? "exact") === "exact",
      narrowed: taken.length < all.length,
      reworded: meanings.length > 0,
      signature: ownValuesSignature(taken, meanings),
    };
    out.set(site.located, [...(out.get(site.located) ?? []), entity]);
  }
  return out;
}
