// The checks of a message's or a container's fields: each field's own value
// read once, its presence and value, the versions of the fields in one block,
// then the keys the object holds that the spec does not know.

import type { FieldModel, VersionModel } from "../../model/ir.js";
import { type Code, lines, ts } from "../ts/code.js";
import { accessor, lit } from "../ts/escape.js";
import { block, call, ifElse, statements, switchCase } from "../ts/layouts.js";
import { valueListOf } from "../../model/field-shape.js";
import { runtime, type Sym } from "../ts/symbols.js";
import { listCheck, report, valueChecks } from "./value-checks.js";
import { local, localName, pointerTo, type Where } from "./where.js";

const v = runtime.validation;

/** Each field's own value, read once: a polluted Object.prototype fills no field. */
export function reads(fields: readonly FieldModel[], where: Where): Code {
  return statements(
    fields.map(
      (field) =>
        ts`const ${local(field.name)} = ${call(v.own, [ts`${where.source}${accessor(field.name)}`, ts`${v.INHERITED}${accessor(field.name)}`])};`,
    ),
  );
}

/** The names of what an operation's field takes of its list, where it takes some values only (see model-symbols.ts). */
export type OwnValuesOf = (field: FieldModel) => { guard: Sym | null; type: Sym | null } | null;

/**
 * The checks of every field, their versions, then the keys the object holds.
 * Container checks read their fields first. A message's fields check the
 * values its operation takes (`ownOf`); a container's, its lists' values.
 */
export function fieldChecks(
  fields: readonly FieldModel[],
  where: Where,
  withReads = true,
  ownOf: OwnValuesOf = () => null,
): Code {
  const blocks = fields.map((field) => fieldCheck(field, where, ownOf(field)));
  const reading = withReads && fields.length > 0 ? [reads(fields, where)] : [];
  return lines([...reading, ...blocks, ...versionChecks(fields, where), unknownKeys(fields, where)], true);
}

/** Interface versions start at 1.0: a field of 1.0 is in every version, and is not checked against one. */
const versioned = (field: FieldModel): field is FieldModel & { since: VersionModel } =>
  field.since !== null && field.since.major * 10000 + field.since.minor > 10000;

/**
 * Fields that appeared after the version checked against, in one block that
 * runs only when that version is older than the newest of them: a message of
 * a recent version pays one comparison.
 */
function versionChecks(fields: readonly FieldModel[], where: Where): Code[] {
  const checked = fields.filter(versioned);
  const newest = checked.reduce<VersionModel | null>(
    (a, f) => (a && a.major * 10000 + a.minor >= f.since.major * 10000 + f.since.minor ? a : f.since),
    null,
  );
  if (!newest) return [];
  const calls = checked.map(
    (f) => ts`issues.since(${pointerTo(where, [f.name])}, ${local(f.name)}, ${f.since.major}, ${f.since.minor});`,
  );
  return [ifElse([[ts`issues.isBefore(${newest.major}, ${newest.minor})`, statements(calls)]])];
}

function fieldCheck(field: FieldModel, where: Where, own: ReturnType<OwnValuesOf>): Code {
  const $ = local(field.name);
  const ptr = pointerTo(where, [field.name]);
  const values = listCheck(valueListOf(field), own);
  const body = valueChecks(field.type, values, field.format, localName(field.name), ptr, where, [field.name]);
  if (!field.required) return ifElse([[ts`${$} !== undefined`, body]]);
  return ifElse([[ts`${$} === undefined`, report("error", v.missingField, [ptr])]], body);
}

/** Keys the object holds that are not its fields: each reported where it is (a warning unless strict). */
function unknownKeys(fields: readonly FieldModel[], where: Where): Code {
  const { source } = where;
  const unknown = ts`if (${v.hasOwn}(${source}, key)) issues.lenient(${v.unknownField}(${v.pointer}(${where.base ?? lit("")}, key)));`;
  const known = { labels: fields.map((field) => lit(field.name)), then: ts`break;` };
  return block(ts`for (const key in ${source})`, fields.length === 0 ? unknown : switchCase(ts`key`, [known], unknown));
}
