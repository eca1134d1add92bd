// The checks of a message's or a container's fields: each field's own value
// read once, its presence and value, the versions of the fields in one block,
// then the keys the object holds that the spec does not know.

import type { FieldModel } from "../../model/field-model.js";
import { type Code, lines, ts } from "../ts/code.js";
import { indexAccessor, lit } from "../ts/escape.js";
import { arrayLiteral, call } from "../ts/layouts.js";
import { block, ifElse, statements, switchCase } from "../ts/block-layouts.js";
import { runtime } from "../ts/symbols.js";
import { type OwnValues, valueChecks } from "./value-checks.js";
import { versionChecks } from "./version-checks.js";
import { REQUIRED_TEXT } from "../../../runtime/issues.js";
import { issueObject, local, localName, pointerTo, report, type Where } from "./where.js";

const mr = runtime.messageReads;
const jp = runtime.jsonPointer;

/** A field's own value: a polluted Object.prototype fills no field. */
const ownValue = (field: FieldModel, where: Where): Code =>
  call(mr.own, [ts`${where.source}${indexAccessor(field.name)}`, ts`${mr.INHERITED}${indexAccessor(field.name)}`]);

/** Each field's own value, read once into a constant. */
export function reads(fields: readonly FieldModel[], where: Where): Code {
  return statements(fields.map((field) => ts`const ${local(field.name)} = ${ownValue(field, where)};`));
}

/** Each field's own value read into a `let` declared beforehand, for reads inside a `try`: the declarations and the reads. */
export function deferredReads(fields: readonly FieldModel[], where: Where): { declare: Code; read: Code } {
  return {
    declare: statements(fields.map((field) => ts`let ${local(field.name)}: unknown;`)),
    read: statements(fields.map((field) => ts`${local(field.name)} = ${ownValue(field, where)};`)),
  };
}

/** What an operation's field takes of its list, where it takes some values only (`ownValuesSymbols` in model-symbols.ts). */
export type OwnValuesOf = (field: FieldModel) => OwnValues | null;

/**
 * The checks of every field, their versions, then the keys the object holds.
 * A message's fields check the values its operation takes (`ownOf`); a
 * container's, its lists' values.
 */
export function fieldChecks(fields: readonly FieldModel[], where: Where, ownOf: OwnValuesOf = () => null): Code {
  const blocks = fields.map((field) => fieldCheck(field, where, ownOf(field)));
  return lines([...blocks, ...versionChecks(fields, where), unknownKeys(fields, where)], true);
}

/**
 * A required field's absence, else its value's chain; an optional field's
 * chain when it is present. The chain is the same code either way, so that a
 * change of presence changes the lines of the test and nothing else.
 */
export function fieldCheck(field: FieldModel, where: Where, own: OwnValues | null): Code {
  const $ = local(field.name);
  const { type, valueList, values, format, example } = field;
  const chain = valueChecks({ type, valueList, values, format, own, example }, localName(field.name), where, [
    field.name,
  ]);
  const checks = ifElse(chain.branches, chain.otherwise);
  if (!field.required) return ifElse([[ts`${$} !== undefined`, checks]]);
  const missing = report(where, "error", issueObject(pointerTo(where, [field.name]), "required", REQUIRED_TEXT));
  return ifElse([[ts`${$} === undefined`, missing]], checks);
}

/**
 * The module's constant `name` that makes an unknown key's issue for an
 * object of these fields (runtime unknownFieldOf): their names in one array
 * made at load, and the lengths a name near them may have worked out then,
 * where an array literal at each unknown key was made and walked per call.
 */
export const unknownFieldDeclaration = (name: Code, fields: readonly FieldModel[]): Code =>
  ts`const ${name} = ${call(runtime.issues.unknownFieldOf, [arrayLiteral(fields.map((field) => lit(field.name)))])};`;

/**
 * Keys the object holds that are not its fields: each reported where it is (a
 * warning in a response unless strict), by its path alone, never its value
 * (runtime/issues.ts: the spec cannot say it is no card number).
 */
export function unknownKeys(fields: readonly FieldModel[], where: Where): Code {
  const { source } = where;
  const path = where.base === null ? call(jp.topPointer, [ts`key`]) : call(jp.pointer, [where.base, ts`key`]);
  // With names, the module's constant that binds them (unknownFieldDeclaration) for the issue to name the one meant;
  // what was found before the key, which bounds the keys that ask them (runtime MEANT_WITHIN_PROBLEMS).
  const named = fields.length > 0 && where.unknownField !== null;
  const issue = named
    ? call(where.unknownField, [path, ts`key`, ts`found`])
    : call(runtime.issues.unknownFieldIssue, [path]);
  const unknown = ifElse([
    [
      // The module's own constant (ownPropertyCode): an import would be a call the engine does not fold.
      ts`ownProperty.call(${source}, key)`,
      named && fields.some((field) => field.required) ? meantReported(where, issue) : report(where, "lenient", issue),
    ],
  ]);
  const known = { labels: fields.map((field) => lit(field.name)), then: ts`break;` };
  return block(ts`for (const key in ${source})`, fields.length === 0 ? unknown : switchCase(ts`key`, [known], unknown));
}

/**
 * An unknown key's issue reported, and where it names a field meant (the one near it), that field's
 * "is required", if the object lacks it, naming the key (runtime/required-given.ts): an object with required
 * fields only, and a call only for such a key, so a message without one runs as before.
 */
function meantReported(where: Where, issue: Code): Code {
  return statements([
    ts`const issue = ${issue};`,
    report(where, "lenient", ts`issue`),
    ifElse([
      [
        ts`issue.meant !== undefined`,
        ts`${call(runtime.requiredGiven.requiredGiven, [ts`found`, ts`issue`, ts`key`])};`,
      ],
    ]),
  ]);
}
