// The checks of one value, a field's or a list item's: its type first, then
// its interface version prefix, value list or format (format-checks.ts), then
// the container or the items it holds, as one if/else-if chain. A valid value
// passes every test of its chain and builds nothing.

import { interfaceVersionText, TOO_MANY_ITEMS_TEXT, TYPE_TEXTS } from "../../../runtime/issues.js";
import { exampleFirst, namedValue, unknownValueText } from "../../../runtime/value-list-text.js";
import type { FieldTypeModel, FormatModel, ItemTypeModel } from "../../model/field-model.js";
import { codeValueOf, type FieldValuesModel, type ValueListModel } from "../../model/value-list-model.js";
import { type Code, ts } from "../ts/code.js";
import { ident, lit } from "../ts/escape.js";
import { call, condition } from "../ts/layouts.js";
import { block, ifElse, statements } from "../ts/block-layouts.js";
import { containerSymbols, valueListSymbols } from "../ts/model-symbols.js";
import { runtime, type Sym } from "../ts/symbols.js";
import { formatBranches, listWithinFormat } from "./format-checks.js";
import { checksVersions } from "./version-checks.js";
import { issueObject, pointerTo, report, strictOf, using, type Where } from "./where.js";

const mr = runtime.messageReads;
const iv = runtime.interfaceVersion;

/** An if/else-if chain: each test with what it reports, and what runs when every test passes. */
export interface Chain {
  readonly branches: readonly (readonly [test: Code, then: Code])[];
  readonly otherwise: Code | null;
}

/**
 * An operation's own guard and type where its field takes some values of its
 * list only (`ownValuesSymbols` in model-symbols.ts); null names where the
 * field takes the list as it is, or only rewords it.
 */
export interface OwnValues {
  readonly guard: Sym | null;
  readonly type: Sym | null;
}

/**
 * The guard a value of a value list is checked with, and what the issue says
 * after the value: the one place that says which values a field admits. An
 * operation's field that narrows its list is checked with the operation's own
 * guard, and its issue names the operation's own type.
 */
function valueListCheck(checked: Checked & { readonly valueList: ValueListModel }): { guard: Sym; text: string } {
  const { valueList, own = null } = checked;
  const named = namedValues(checked);
  if (own?.guard && own.type) return { guard: own.guard, text: unknownValueText(own.type.name, named) };
  return { guard: valueListSymbols(valueList).guard, text: unknownValueText(valueList.typeName, named) };
}

/**
 * The values the issue names, each with its meaning: what the operation's field takes (with the
 * meanings of that operation), else the whole list; the field's example first where it is one of them, as
 * the value a reader most likely wants.
 */
function namedValues(
  checked: Checked & { readonly valueList: ValueListModel },
): readonly (readonly [string, string | null])[] {
  const values = checked.values?.values ?? checked.valueList.values;
  return exampleFirst(
    values.map((v) => namedValue(codeValueOf(v), v.meanings)),
    ([value]) => value,
    checked.example,
  );
}

/** The type test of each kind of value, and the message of a value of another type. */
function typeTest(kind: FieldTypeModel["kind"], $: Code): { test: Code; message: string } {
  switch (kind) {
    case "string":
    case "interfaceVersion":
      return { test: ts`typeof ${$} !== "string"`, message: TYPE_TEXTS.string };
    case "integer":
      return {
        test: condition("||", [ts`typeof ${$} !== "number"`, ts`!Number.isInteger(${$})`]),
        message: TYPE_TEXTS.integer,
      };
    case "container":
      return {
        test: condition("||", [ts`typeof ${$} !== "object"`, ts`${$} === null`]),
        message: TYPE_TEXTS.object,
      };
    case "list":
      return { test: ts`!Array.isArray(${$})`, message: TYPE_TEXTS.list };
  }
}

/**
 * What a value is checked as: its type, value list and format, and what its
 * operation takes of that list (a list's items: what their field takes).
 */
export interface Checked {
  readonly type: FieldTypeModel | ItemTypeModel;
  readonly valueList: ValueListModel | null;
  readonly format: FormatModel | null;
  readonly own?: OwnValues | null;
  /** What the operation's field takes of the list, with its meanings (the values an issue names); absent: the list's. */
  readonly values?: FieldValuesModel | null;
  /** The field's example, named first among its values. */
  readonly example?: string | null;
}

/**
 * The checks of one value (a field's, or a list item's, in the local `name`),
 * its type first; `segments` lead from `where` to it, `itemOf` is the
 * pointer of the list it is an item of.
 */
export function valueChecks(
  checked: Checked,
  name: string,
  where: Where,
  segments: readonly (string | Code)[],
  itemOf: Code | null = null,
): Chain {
  const { type, valueList, format, own = null } = checked;
  const $ = ident(name);
  const ptr = pointerTo(where, segments);
  const { test, message } = typeTest(type.kind, $);
  const branches: [Code, Code][] = [[test, report(where, "error", issueObject(ptr, "type", message, $))]];
  if (type.kind === "interfaceVersion") {
    const prefix = lit(type.prefix);
    // A request's version field was read into `version` already, unless a version is pinned.
    const ownVersion = where.versionField !== null && segments.length === 1 && segments[0] === where.versionField;
    if (ownVersion) using(where, "pinned", "version");
    const malformed = ownVersion
      ? ts`pinned !== undefined ? ${iv.declaredVersion}(${$}, ${prefix}) < 0 : version < 0`
      : ts`${iv.declaredVersion}(${$}, ${prefix}) < 0`;
    const text = interfaceVersionText(type.prefix);
    branches.push([malformed, report(where, "error", issueObject(ptr, "interface-version", text, $))]);
    // Below the lowest version its operation documents: the declared version, whichever is checked against.
    if (ownVersion && where.floor) {
      const declared = ts`(pinned !== undefined ? ${iv.declaredVersion}(${$}, ${prefix}) : version)`;
      const issue = issueObject(ptr, "interface-version", where.floor.message, $);
      branches.push([ts`${declared} < ${where.floor.version}`, report(where, "error", issue)]);
    }
  }
  const listed = type.kind === "string" && valueList?.match === "exact" ? valueList : null;
  if (listed) {
    const list = valueListCheck({ ...checked, valueList: listed });
    branches.push([
      ts`!${list.guard}(${$})`,
      report(where, "lenient", issueObject(ptr, "unknown-value", list.text, $)),
    ]);
  }
  if (format && !(listed && listWithinFormat(listed, format)))
    branches.push(...formatBranches(type, format, $, ptr, where));
  let otherwise: Code | null = null;
  if (type.kind === "container") {
    // A container is checked where it is: a field (its own pointer) or an item of a list (the list's pointer and index).
    const args = [$, itemOf ?? ptr, itemOf ? ts`i` : ts`-1`, strictOf(where)];
    if (checksVersions(type.container)) {
      using(where, "version", "pinned", "declared");
      // Below a request's floor there is no version to hold its fields to (-1, as for a malformed one).
      const version = where.floor ? ts`version < ${where.floor.version} ? -1 : version` : ts`version`;
      args.push(version, ts`pinned`, where.declared);
    }
    otherwise = ts`found = ${call(containerSymbols(type.container).check, [...args, ts`found`])};`;
  }
  if (type.kind === "list") otherwise = listChecks({ ...type.items, own }, $, ptr, where, segments);
  return { branches, otherwise };
}

/**
 * The items of a list, its length read once: a list that claims more items
 * than a JSON text could hold (a proxy, an in-memory array) is one issue,
 * and none of its items is read.
 */
function listChecks(items: Checked, $: Code, ptr: Code, where: Where, segments: readonly (string | Code)[]): Code {
  const itemSegments = [...segments, ts`i`];
  const checks = valueChecks(items, "item", where, itemSegments, ptr);
  return statements([
    ts`const length = ${mr.listLength}(${$});`,
    ifElse([[ts`length < 0`, report(where, "error", issueObject(ptr, "max-length", TOO_MANY_ITEMS_TEXT, $))]]),
    block(
      ts`for (let i = 0; i < length; i++)`,
      statements([ts`const item: unknown = ${$}[i];`, ifElse(checks.branches, checks.otherwise)]),
    ),
  ]);
}
