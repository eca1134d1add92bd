// A message's validator function: it reads the options once, then the
// fields, and runs every check (field-checks.ts, in parts where the message is
// long: field-parts.ts), or, where a valid message can be told on a path of
// its own, that path first (valid-path.ts).

import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import { withholdsValues } from "../../model/sensitive-fields.js";
import type { MessageDeclarations } from "../../rules/operation-declarations.js";
import { type Code, declare, lines, ts } from "../ts/code.js";
import { ident, lit } from "../ts/escape.js";
import { docLink, jsdoc, lineComment } from "../ts/comment-escape.js";
import { call, parenList } from "../ts/layouts.js";
import { statements } from "../ts/block-layouts.js";
import { runtime } from "../ts/symbols.js";
import { fieldChecks, type OwnValuesOf, reads, unknownFieldDeclaration } from "./field-checks.js";
import { type ContextParameter, splitFieldChecks } from "./field-parts.js";
import { pinnedError, requestFloor } from "./request-floor.js";
import { unknownKeyDeclaration, validPath, validPathReads } from "./valid-path.js";
import { checksVersions } from "./version-checks.js";
import { linked, sealDoc } from "./seal-doc.js";
import { withheldDoc } from "./withheld-doc.js";
import { local, localName, type Where } from "./where.js";

const v = runtime.validation;
const vt = runtime.validationTypes;
const mr = runtime.messageReads;
const is = runtime.issues;
const wv = runtime.withheldValues;
const iv = runtime.interfaceVersion;

/**
 * The names a message's validator and guard are declared under: a request's or response's, or a callback's, which
 * has no guard (it is read with its decoder, which verifies the seal: no narrowing of unverified fields).
 */
export type ValidatorNames = Pick<MessageDeclarations, "type" | "validate"> & {
  readonly guard?: MessageDeclarations["guard"];
};

/**
 * A message's validator. A callback's passes its own names, and is read as a
 * response of the operation (`ownOf`: the values its fields take, its own).
 */
export function validateFunction(
  op: OperationModel,
  message: MessageModel,
  sym: ValidatorNames,
  ownOf: OwnValuesOf,
  partSize?: number,
  validPathFields?: number,
): Code {
  const prefix = lit(message.interfacePrefix);
  const isRequest = message.unknownFields === "error";
  const declared = isRequest && message.versionField ? local(message.versionField) : ts`undefined`;
  // An unknown key's issue, made by a module constant that binds the field names (named as no spec names a field).
  const unknownField = message.fields.length === 0 ? null : ident(`${sym.validate.name}$unknownField`);
  const where: Where = {
    source: ts`fields`,
    base: null,
    alwaysStrict: isRequest,
    declared,
    versionField: isRequest ? message.versionField : null,
    floor: isRequest ? requestFloor(op, message) : null,
    unknownField,
  };
  const doc = isRequest
    ? "Unknown fields are errors, and so is a field that appeared after the interface version the request declares (or `options.interfaceVersion`)."
    : "Forward compatible: unknown fields, unknown values of a value list, format deviations and fields newer than `options.interfaceVersion` are warnings, unless `options.strict` is set.";
  // A message that holds a sensitive field returns every result with no value in its issues (model/sensitive-fields.ts),
  // and takes no valid path, which returns its own result.
  const withheld = withholdsValues(message);
  const returned = (result: Code): Code => (withheld ? call(wv.withheldValues, [result]) : result);
  // The options are read first, once, and then marked read: a throw before the mark is theirs, told by the mark
  // rather than by reading them again (a getter may throw on its first read only).
  const rules = isRequest
    ? ts`
        ${lineComment("Requests are always strict, and checked against the version they declare or the one pinned.")}
        const pinned = options?.interfaceVersion;
        optionsUnread = false;
      `
    : ts`
        ${lineComment("Responses are lenient unless strict, and checked against a pinned version only; the options read once.")}
        let strict = false;
        let pinned: string | undefined;
        if (options !== undefined && options !== null) {
          strict = options.strict === true;
          pinned = options.interfaceVersion;
        }
        optionsUnread = false;
      `;
  const notObject = ts`return ${returned(ts`${v.failure}(${is.notAnObject}("", input))`)};`;
  // The version checked against, for a request's version field, the fields that appeared after it, and the containers that hold such fields.
  const settings = statements([
    ...(checksVersions(message) ? [ts`const version = ${iv.checkedVersion}(${declared}, pinned, ${prefix});`] : []),
    ts`let found = ${pinnedError(prefix, where.floor)};`,
  ]);
  // What a part of the checks may take besides its fields: the validator's locals.
  const context: ContextParameter[] = [
    { name: "strict", type: ts`boolean`, when: "strict" },
    { name: "version", type: ts`number`, when: "version" },
    { name: "pinned", type: ts`unknown`, when: "pinned" },
  ];
  if (isRequest && message.versionField)
    context.push({ name: localName(message.versionField), type: ts`unknown`, when: "declared" });
  const seal = sealDoc(op, message);
  const split = splitFieldChecks(message.fields, where, ownOf, { name: sym.validate.name, context, size: partSize });
  const checks = split ? split.checks : fieldChecks(message.fields, where, ownOf);
  // The valid path's call for an unknown key, a module constant named as no spec names a field.
  const unknownKey = ident(`${sym.validate.name}$unknownKey`);
  const valid = split || withheld ? null : validPath(message, where, ownOf, unknownKey, validPathFields);
  const head = ts`
    ${jsdoc([["Checks that `input` is a valid ", docLink(sym.type.name), ", collecting every problem. Never throws, whatever `input` is; the value is returned as is, not copied."], "", doc, ...seal.lines, ...withheldDoc(message)], linked(seal))}
    ${declare("function", sym.validate)}${parenList([ts`input: unknown`, ts`options?: ${vt.ValidateOptions}`])}: ${vt.ValidationResult}<${sym.type}>
  `;
  // The options too: a getter or proxy of theirs that throws is caught here, and the mark tells readFailure so.
  const unreadable = ts`return ${returned(ts`${is.readFailure}(input, optionsUnread)`)};`;
  const mark = ts`let optionsUnread = true;`;
  // A valid path is a message with fields: its unknownField is declared.
  if (valid && unknownField !== null) {
    // The collecting checks apart (valid-path.ts), named as no spec names a field.
    const collecting = ident(`${sym.validate.name}$checks`);
    const parameters = [
      ts`fields: Record<string, unknown>`,
      ts`strict: boolean`,
      ts`pinned: string | undefined`,
      ...message.fields.map((f) => ts`${ident(localName(f.name))}: unknown`),
    ];
    const taken = [ts`fields`, ts`strict`, ts`pinned`, ...message.fields.map((f) => local(f.name))];
    return lines(
      [
        unknownFieldDeclaration(unknownField, message.fields),
        unknownKeyDeclaration(unknownKey, unknownField),
        ts`
          ${jsdoc(["Every problem of a message its validator's valid path did not take, from the values the validator read."])}
          function ${collecting}${parenList(parameters)}: ${vt.ValidationResult}<${sym.type}> {
            ${settings}
            ${checks}
            return ${v.resultOf}(fields, found);
          }
        `,
        ts`
          ${head} {
            ${mark}
            try {
              ${rules}
              ${validPathReads(message.fields)}
              ${valid}
              return ${call(collecting, taken)};
            } catch {
              ${unreadable}
            }
          }
        `,
      ],
      true,
    );
  }
  const fn = ts`
    ${head} {
      ${mark}
      try {
        ${rules}
        if (typeof input !== "object" || input === null) ${notObject}
        const fields = input as Record<string, unknown>;
        ${reads(message.fields, where)}
        ${lineComment("After the reads, where the engine knows the object's shape and answers without a call.")}
        if (!${mr.hasPlainPrototype}(fields)) ${notObject}
        ${settings}
        ${checks}
        return ${returned(ts`${v.resultOf}(fields, found)`)};
      } catch {
        ${unreadable}
      }
    }
  `;
  const constants = unknownField === null ? [] : [unknownFieldDeclaration(unknownField, message.fields)];
  return lines([...constants, ...(split ? split.parts : []), fn], true);
}
