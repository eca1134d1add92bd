// Prefix lists keep each value as the page prints it ("AB_x.x") and the
// interface prefix it stands for ("AB_") apart (rules/list-prefix.ts). These
// checks hold the two together: every value stands for one prefix of its own,
// which starts the printed text; and an operation whose interfaceVersion takes
// a prefix list declares only interfaces of that list, so that the exported
// prefixes start the versions it recommends; and an operation recommends no
// version earlier than the lowest a request may declare (its own value of
// that list, and its required fields: rules/required-floor.ts).

import type { DiagnosticParams } from "../diagnostics/codes.js";
import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { listPrefixOf, printedVersion } from "../rules/list-prefix.js";
import { recommendedByPrefix, recommendedOwn } from "../rules/raw-endpoints.js";
import { rawRequiredFloor, type RequiredFloor } from "../rules/required-floor.js";
import { valuesFloor } from "../rules/values-floor.js";
import type { RawDictionary, RawField, RawOperation, RawValueList } from "../rules/raw-spec.js";
import { compareVersions } from "../rules/versions.js";
import { entries, type Located } from "./located.js";
import { requiredSincePlaces } from "./required-since-places.js";

/** The prefixes of one list's values: each value's own, which starts its printed text, no two alike. */
export function checkListPrefixes(name: string, list: RawValueList, dict: Located<RawDictionary>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const valueAt = (value: string) => dict.map.key(["valueLists", name, "values", value]);
  const prefixAt = (value: string) => dict.map.value(["valueLists", name, "values", value, "prefix"]);
  const report = (problem: BadPrefix, at: SourceLocation, value: string, prefix = "", other = "") => {
    const related = other === "" ? [] : [{ ...valueAt(other), message: `"${other}" stands for ${prefix} too` }];
    out.push(diagnostic("bad-list-prefix", at, { problem, list: name, value, prefix, other }, related));
  };
  if (list.match !== "prefix") {
    for (const [value, def] of entries(list.values))
      if (def.prefix !== undefined)
        report("exact", dict.map.key(["valueLists", name, "values", value, "prefix"]), value);
    return out;
  }
  const byPrefix = new Map<string, string>();
  for (const [value, def] of entries(list.values)) {
    const prefix = listPrefixOf(value, def.prefix);
    const other = prefix === undefined ? undefined : byPrefix.get(prefix);
    if (prefix === undefined) report("none", valueAt(value), value);
    else if (!value.startsWith(prefix)) report("not-start", prefixAt(value), value, prefix);
    else if (other === undefined) byPrefix.set(prefix, value);
    else report("shared", valueAt(value), value, prefix, other);
  }
  return out;
}

type BadPrefix = DiagnosticParams<"bad-list-prefix">["problem"];

/**
 * An operation's interfaces (its prefix, and each prefix it recommends a
 * version for) against the prefix list its interfaceVersion field takes.
 */
export function checkOperationPrefixes(
  op: Located<RawOperation>,
  dictionary: ReadonlyMap<string, RawField>,
  dictionaries: readonly Located<RawDictionary>[],
): Diagnostic[] {
  const field = interfaceFieldOf(op.raw, dictionary);
  const listName = field?.valueList;
  const owner = dictionaries.find((d) => d.raw.valueLists?.[listName ?? ""] !== undefined);
  const list = owner?.raw.valueLists?.[listName ?? ""];
  const early = recommendedBelowFloor(op, list, field?.values, rawRequiredFloor(op.raw.request.fields, dictionary));
  if (listName === undefined || !owner || list?.match !== "prefix") return early;
  const listed = ownValuesOf(list);
  const iv = op.raw.interfaceVersion;
  // The common case, told without building anything: every interface is listed.
  const others = typeof iv.recommended === "object" ? Object.keys(iv.recommended) : [];
  if (listed.has(iv.prefix) && others.every((p) => listed.has(p))) return early;
  // The operation's own prefix where it is written; the other interfaces' where the page recommends a version for them.
  const declared = [
    { prefix: iv.prefix, version: recommendedOwn(iv), at: () => op.map.value(["interfaceVersion", "prefix"]) },
    ...recommendedByPrefix(iv)
      .filter(([p]) => p !== iv.prefix)
      .map(([p, version]) => ({ prefix: p, version, at: () => op.map.key(["interfaceVersion", "recommended", p]) })),
  ];
  const unlisted = declared
    .filter((d) => !listed.has(d.prefix))
    .map((d) =>
      diagnostic(
        "unlisted-prefix",
        d.at(),
        { prefix: d.prefix, version: d.version, list: listName, suggestion: didYouMean(d.prefix, listed.keys()) },
        [{ ...owner.map.key(["valueLists", listName, "values"]), message: `the prefixes of ${listName}` }],
      ),
    );
  return [...early, ...unlisted];
}

/**
 * The operation's recommended version against the lowest a request may
 * declare (interfaceFloor): the validators refuse a request declaring an
 * earlier one, so the client would send a version they refuse.
 */
function recommendedBelowFloor(
  op: Located<RawOperation>,
  list: RawValueList | undefined,
  taken: readonly string[] | undefined,
  required: RequiredFloor | null,
): Diagnostic[] {
  const iv = op.raw.interfaceVersion;
  const recommended = recommendedOwn(iv);
  const lowest = interfaceFloor(iv.prefix, list, taken, required);
  if (recommended === undefined) return [];
  // The recommended text passed the schema (prefix, major.minor): read as the list's value is.
  const read = printedVersion(recommended, iv.prefix);
  if (!lowest || !read || !belowFloor(read, lowest)) return [];
  const path =
    typeof iv.recommended === "string"
      ? ["interfaceVersion", "recommended"]
      : ["interfaceVersion", "recommended", iv.prefix];
  const version = lowest.text.slice(iv.prefix.length);
  const related = lowest.value === null ? requiredSincePlaces(op, lowest.required, version) : [];
  return [
    diagnostic(
      "recommended-below-floor",
      op.map.value(path),
      { recommended, lowest: lowest.text, value: lowest.value ?? "", required: lowest.required.join(", ") },
      related,
    ),
  ];
}

/** The lowest version a request of an interface declares, as the list's value for its prefix prints it. */
export interface InterfaceFloor {
  readonly major: number;
  readonly minor: number;
  /** As a request declares it: CD_EF_2.0. */
  readonly text: string;
  /** The list's value that gives it (CD_EF_2); null where the required fields give a later one. */
  readonly value: string | null;
  /** The required fields of its version, where they give it; else empty. */
  readonly required: readonly string[];
}

/**
 * The floor of an interface's versions, as model/version-floor.ts works it
 * out: the later of the version its prefix's value of the list starts (none
 * where the list is not a prefix list, the operation does not take that value
 * or it says nothing of the version) and the latest of the request's required
 * fields (rules/required-floor.ts); null where neither gives one.
 */
export function interfaceFloor(
  prefix: string,
  list: RawValueList | undefined,
  taken: readonly string[] | undefined,
  required: RequiredFloor | null,
): InterfaceFloor | null {
  const byValue = list?.match === "prefix" ? valueFloor(prefix, list, taken) : null;
  if (required && (!byValue || belowFloor(byValue, required.version)))
    return { ...required.version, text: `${prefix}${required.version.text}`, value: null, required: required.fields };
  return byValue;
}

/**
 * The version the prefix's value of a prefix list starts (rules/values-floor.ts, which the model's floor shares), where
 * the operation takes that value and it gives one.
 */
function valueFloor(prefix: string, list: RawValueList, taken: readonly string[] | undefined): InterfaceFloor | null {
  const value = ownValuesOf(list).get(prefix);
  if (value === undefined || (taken && !taken.includes(value))) return null;
  const floor = valuesFloor(prefix, [value]);
  return floor && { ...floor.version, text: `${prefix}${floor.version.text}`, value, required: [] };
}

/** What gives a floor, for a message: the list's value, or the required fields of its version. */
export const floorGivenBy = (floor: InterfaceFloor): string =>
  floor.value === null
    ? `its required fields of ${floor.major}.${floor.minor}: ${floor.required.join(", ")}`
    : `its value ${floor.value}`;

/** Whether a version comes before the floor. */
export const belowFloor = (
  version: { major: number; minor: number },
  floor: { major: number; minor: number },
): boolean => compareVersions(version, floor) < 0;

/** A list's prefixes, each with its value, worked out once for all the operations that take it. */
const valuesByPrefix = new WeakMap<RawValueList, ReadonlyMap<string, string>>();
function ownValuesOf(list: RawValueList): ReadonlyMap<string, string> {
  let known = valuesByPrefix.get(list);
  if (!known) {
    const pairs = entries(list.values).flatMap(([value, def]): [string, string][] => {
      const prefix = listPrefixOf(value, def.prefix);
      return prefix === undefined ? [] : [[prefix, value]];
    });
    known = new Map(pairs);
    valuesByPrefix.set(list, known);
  }
  return known;
}

/** The value list of the request's interfaceVersion field, as written or from the dictionary, and the values it takes of it. */
function interfaceFieldOf(
  op: RawOperation,
  dictionary: ReadonlyMap<string, RawField>,
): { valueList: string | undefined; values: readonly string[] | undefined } | undefined {
  const { fields } = op.request;
  for (const name in fields) {
    const written = fields[name] as RawField;
    const entry = written.from === "dictionary" ? dictionary.get(name) : undefined;
    if ((written.type ?? entry?.type) === "interfaceVersion")
      return { valueList: entry?.valueList ?? written.valueList, values: written.values };
  }
  return undefined;
}
