// Prefix lists keep each value as the page prints it ("AB_x.x") and the
// interface prefix it stands for ("AB_") apart (rules/list-prefix.ts). These
// checks hold the two together: every value stands for one prefix of its own,
// which starts the printed text; and an operation whose interfaceVersion takes
// a prefix list declares only interfaces of that list, so that the exported
// prefixes start the versions it recommends, and recommends none earlier
// than the lowest its own value of that list gives.

import type { DiagnosticParams } from "../diagnostics/codes.js";
import { diagnostic, type Diagnostic, type SourceLocation } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { listPrefixOf, printedVersion } from "../rules/list-prefix.js";
import { recommendedByPrefix, recommendedOwn } from "../rules/raw-endpoints.js";
import type { RawDictionary, RawField, RawOperation, RawValueList } from "../rules/raw-spec.js";
import { entries, type Located } from "./located.js";

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
  if (listName === undefined || !owner || list?.match !== "prefix") return [];
  const listed = ownValuesOf(list);
  const iv = op.raw.interfaceVersion;
  const early = recommendedBelowFloor(op, list, field?.values);
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
 * The operation's recommended version against the lowest its own value of the
 * list gives (rules/list-prefix.ts): the validators refuse a request declaring
 * an earlier one, so the client would send a version they refuse.
 */
function recommendedBelowFloor(
  op: Located<RawOperation>,
  list: RawValueList,
  taken: readonly string[] | undefined,
): Diagnostic[] {
  const iv = op.raw.interfaceVersion;
  const recommended = recommendedOwn(iv);
  const lowest = interfaceFloor(iv.prefix, list, taken);
  if (recommended === undefined) return [];
  // The recommended text passed the schema (prefix, major.minor): read as the list's value is.
  const read = printedVersion(recommended, iv.prefix);
  if (!lowest || !read || !belowFloor(read, lowest)) return [];
  const path =
    typeof iv.recommended === "string"
      ? ["interfaceVersion", "recommended"]
      : ["interfaceVersion", "recommended", iv.prefix];
  return [
    diagnostic("recommended-below-floor", op.map.value(path), {
      recommended,
      lowest: lowest.text,
      value: lowest.value,
    }),
  ];
}

/** The lowest version a request of an interface declares, as the list's value for its prefix prints it. */
export interface InterfaceFloor {
  readonly major: number;
  readonly minor: number;
  /** As a request declares it: CD_EF_2.0. */
  readonly text: string;
  /** The list's value that gives it: CD_EF_2. */
  readonly value: string;
}

/**
 * The floor of an interface's versions (as model/version-floor.ts works it
 * out): the version its prefix's value of the list starts; null where the
 * operation does not take that value or it says nothing of the version.
 */
export function interfaceFloor(
  prefix: string,
  list: RawValueList,
  taken: readonly string[] | undefined,
): InterfaceFloor | null {
  const value = ownValuesOf(list).get(prefix);
  if (value === undefined || (taken && !taken.includes(value))) return null;
  const read = printedVersion(value, prefix);
  return read && { ...read, text: `${prefix}${read.major}.${read.minor}`, value };
}

/** Whether a version comes before the floor. */
export const belowFloor = (version: { major: number; minor: number }, floor: InterfaceFloor): boolean =>
  version.major < floor.major || (version.major === floor.major && version.minor < floor.minor);

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
