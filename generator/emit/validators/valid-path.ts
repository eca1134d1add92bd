// A small response's valid path. Its exported validator reads the message as
// every validator does (fields, prototype, options, each once and in that
// order), then tests each field's chain without building anything: when all
// pass and no version is pinned, the only problems left are keys it does not
// know, which it walks for as the collecting checks do, and it returns. At
// the first failing test it hands the values read to the collecting checks, a
// module-local function that reports every problem without reading the
// message again. The exported validator is then small enough for the engine
// to compile into its callers (its limit is the whole function's bytecode,
// which the issues of every check exceed), where a valid message was a call.
// Once the validator is optimized, a caller weighs it with what its optimized
// code compiled in (the runtime's helpers), against a budget per caller: the
// helpers a valid path calls are kept small for that (runtime/validation.ts,
// runtime/message-reads.ts).

import type { FieldModel } from "../../model/field-model.js";
import type { MessageModel } from "../../model/operation-model.js";
import { type Code, ts } from "../ts/code.js";
import { indexAccessor, lit } from "../ts/escape.js";
import { lineComment } from "../ts/comment-escape.js";
import { call, condition } from "../ts/layouts.js";
import { block, ifElse, statements, switchCase } from "../ts/block-layouts.js";
import { runtime } from "../ts/symbols.js";
import type { OwnValuesOf } from "./field-checks.js";
import { valueChecks } from "./value-checks.js";
import { local, localName, type Where } from "./where.js";

const v = runtime.validation;
const mr = runtime.messageReads;
const is = runtime.issues;

/**
 * The most fields a valid path tests: past them the exported validator
 * outgrows what the engine compiles into a caller (460 bytes of bytecode in
 * V8), and the path would only add tests to a call.
 */
export const VALID_PATH_FIELDS = 6;

/**
 * The valid path: a labeled block the validator leaves (`break valid`) for
 * its collecting checks, or returns from; null for a request (strict, and
 * checked against the version it declares), a message of more than
 * VALID_PATH_FIELDS fields or one that holds a container or a list.
 */
export function validPath(
  message: MessageModel,
  where: Where,
  ownOf: OwnValuesOf,
  unknownKey: Code,
  most = VALID_PATH_FIELDS,
): Code | null {
  const { fields } = message;
  if (message.unknownFields === "error" || fields.length === 0 || fields.length > most) return null;
  const tests: Code[] = [];
  for (const field of fields) {
    const test = fieldTest(field, where, ownOf);
    if (test === null) return null;
    tests.push(test);
  }
  // As the collecting checks report an unknown key, through one call: the path's code stays small.
  const unknown = ts`found = ${call(unknownKey, [ts`found`, ts`strict`, ts`fields`, ts`key`])};`;
  const known = { labels: fields.map((field) => lit(field.name)), then: ts`break;` };
  return ts`
    valid: {
      ${lineComment("Every check passes and no version is pinned: only unknown keys may be left, reported as the collecting checks report them.")}
      if (pinned !== undefined) break valid;
      ${statements(tests)}
      let found: ${v.Found} | undefined;
      ${block(ts`for (const key in fields)`, switchCase(ts`key`, [known], unknown))}
      return ${v.resultOf}(fields, found);
    }
  `;
}

/**
 * The module's constant `name` that the valid path calls for an unknown key
 * (runtime unknownTopKeyOf): the message's `unknownField` constant bound at
 * load, for the issue to name the field meant, and not passed by the path.
 */
export const unknownKeyDeclaration = (name: Code, unknownField: Code): Code =>
  ts`const ${name} = ${call(is.unknownTopKeyOf, [unknownField])};`;

/**
 * The start of a validator with a valid path: what every validator reads, in
 * the same order, with the module's constants taken into locals once (each
 * use of a module constant is a load and a check in the bytecode the limit
 * counts) and one call for a message that is not an object.
 */
export function validPathReads(fields: readonly FieldModel[]): Code {
  const reads = fields.map((field) => {
    const name = indexAccessor(field.name);
    return ts`const ${local(field.name)} = ${call(ts`ownValue`, [ts`fields${name}`, ts`inherited${name}`])};`;
  });
  return ts`
    if (typeof input !== "object" || input === null) return ${is.notAnObjectResult}(input);
    const fields = input as Record<string, unknown>;
    const inherited = ${mr.INHERITED};
    const ownValue = ${mr.own};
    ${statements(reads)}
    ${lineComment("After the reads, where the engine knows the object's shape and answers without a call.")}
    if (!${mr.hasPlainPrototype}(fields)) return ${is.notAnObjectResult}(input);
  `;
}

/** The end of the path where a field's chain would report anything; null for a container or a list, whose checks build. */
function fieldTest(field: FieldModel, where: Where, ownOf: OwnValuesOf): Code | null {
  const $ = local(field.name);
  const { type, valueList, format } = field;
  const chain = valueChecks({ type, valueList, format, own: ownOf(field) }, localName(field.name), where, [field.name]);
  if (chain.otherwise !== null) return null;
  // The chain's tests in its order, each run only where those before it passed; its first, the type's, fails on an absent value.
  const fails = ifElse([
    [
      condition(
        "||",
        chain.branches.map(([test]) => test),
      ),
      ts`break valid;`,
    ],
  ]);
  return field.required ? fails : ifElse([[ts`${$} !== undefined`, fails]]);
}
