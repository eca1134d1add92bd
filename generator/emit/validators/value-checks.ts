// The checks of one value, a field's or a list item's: its type first, then
// its interface version prefix, value list or format, then the container or
// the items it holds, as one if/else-if chain.

import type { FieldTypeModel, FormatModel, ItemTypeModel, ValueListModel } from "../../model/ir.js";
import { type Code, ts } from "../ts/code.js";
import { ident, lit } from "../ts/escape.js";
import { block, call, condition, ifElse, statements } from "../ts/layouts.js";
import { containerSymbols, valueListSymbols } from "../ts/model-symbols.js";
import { runtime, type Sym } from "../ts/symbols.js";
import { pointerTo, type Where } from "./where.js";

const v = runtime.validation;
const f = runtime.formats;

/** `issues.error(missingField(ptr));`: an issue reported as an error, or as `lenient` (an error only when strict). */
export const report = (how: "error" | "lenient", builder: Sym, args: readonly Code[]): Code =>
  ts`${call(how === "error" ? ts`issues.error` : ts`issues.lenient`, [call(builder, args)])};`;

/** The type test of each kind of value, and what the issue says was expected. */
function typeTest(kind: FieldTypeModel["kind"], $: Code): { test: Code; expected: string } {
  switch (kind) {
    case "string":
    case "interfaceVersion":
      return { test: ts`typeof ${$} !== "string"`, expected: "a string" };
    case "integer":
      return {
        test: condition("||", [ts`typeof ${$} !== "number"`, ts`!Number.isInteger(${$})`]),
        expected: "an integer",
      };
    case "container":
      return { test: ts`!${v.isPlainObject}(${$})`, expected: "an object" };
    case "list":
      return { test: ts`!Array.isArray(${$})`, expected: "a list" };
  }
}

/** The check of a value against the values it may take: a type guard, and the type's name for the issue. */
export interface ListCheck {
  readonly guard: Sym;
  readonly typeName: string;
}

/** The check of a value list's values: its guard, or the operation's own where its field takes some values only. */
export const listCheck = (
  list: ValueListModel | null,
  own: { guard: Sym | null; type: Sym | null } | null,
): ListCheck | null => {
  if (list?.match !== "exact") return null;
  if (own?.guard && own.type) return { guard: own.guard, typeName: own.type.name };
  return { guard: valueListSymbols(list).guard, typeName: list.typeName };
};

/**
 * The checks of one value (a field's, or a list item's, in the local `name`):
 * an if/else-if chain, its type first. `values` checks a string, or each item
 * of a list of strings.
 */
export function valueChecks(
  type: FieldTypeModel | ItemTypeModel,
  values: ListCheck | null,
  format: FormatModel | null,
  name: string,
  ptr: Code,
  where: Where,
  segments: readonly (string | Code)[],
  itemOf: Code | null = null,
): Code {
  const $ = ident(name);
  const { test, expected } = typeTest(type.kind, $);
  const branches: [Code, Code][] = [[test, report("error", v.wrongType, [ptr, lit(expected), $])]];
  if (type.kind === "interfaceVersion") {
    const prefix = lit(type.prefix);
    branches.push([
      ts`${v.declaredVersion}(${$}, ${prefix}) < 0`,
      report("error", v.badInterfaceVersion, [ptr, prefix, $]),
    ]);
  }
  if (type.kind === "string" && values) {
    branches.push([ts`!${values.guard}(${$})`, report("lenient", v.unknownValue, [ptr, $, lit(values.typeName)])]);
  }
  if (format) branches.push(formatBranch(type, format, $, ptr));
  let otherwise: Code | null = null;
  if (type.kind === "container") {
    // A container is checked where it is: a field (its own pointer) or an item of a list (the list's pointer and index).
    otherwise = ts`${call(containerSymbols(type.container).check, [$, itemOf ?? ptr, itemOf ? ts`i` : ts`-1`, ts`issues`])};`;
  }
  if (type.kind === "list") {
    const item = `${name}Item`;
    const items = type.items;
    const itemSegments = [...segments, ts`i`];
    const itemPtr = pointerTo(where, itemSegments);
    otherwise = block(
      ts`for (let i = 0; i < ${$}.length; i++)`,
      statements([
        ts`const ${ident(item)}: unknown = ${$}[i];`,
        valueChecks(items.type, values, items.format, item, itemPtr, where, itemSegments, ptr),
      ]),
    );
  }
  return ifElse(branches, otherwise);
}

/**
 * A format on the fast path: one regular expression and one length compare
 * (UTF-16 length bounds the number of characters from above); the helper that
 * writes the exact issue runs only when they fail.
 */
function formatBranch(type: FieldTypeModel | ItemTypeModel, format: FormatModel, $: Code, ptr: Code): [Code, Code] {
  if (type.kind === "integer") {
    return [
      condition("||", [ts`${$} < 0`, ts`${$} >= 1e${format.maxLength}`]),
      report("lenient", f.integerFormatIssue, [ptr, $, ts`${format.maxLength}`]),
    ];
  }
  const pattern = f[`FORMAT_${format.charClass}`];
  return [
    condition("||", [ts`!${pattern}.test(${$})`, ts`${$}.length > ${format.maxLength}`]),
    report("lenient", f.textFormatIssue, [ptr, $, lit(format.charClass), ts`${format.maxLength}`]),
  ];
}
