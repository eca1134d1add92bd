// A message's exported validator and type guard: what operations/<name>/validators.ts
// holds for its request and response, and paypage.ts for a callback.

import { docInline } from "../markdown-escape.js";
import { versionFloorText } from "../../../runtime/issues.js";
import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import { floorNumber, floorText, versionFloor } from "../../model/version-floor.js";
import { withholdsValues } from "../../model/sensitive-fields.js";
import type { MessageDeclarations } from "../../rules/operation-declarations.js";
import { factsStopLiteral, factsStopOf } from "../facts-stop-literal.js";
import { type Code, declare, lines, ts } from "../ts/code.js";
import { docLink, ident, jsdoc, lineComment, lit } from "../ts/escape.js";
import { assignment, call, parenList, statements } from "../ts/layouts.js";
import { ownValuesSymbols } from "../ts/model-symbols.js";
import { runtime } from "../ts/symbols.js";
import { fieldChecks, type OwnValuesOf, reads } from "./field-checks.js";
import { type ContextParameter, splitFieldChecks } from "./field-parts.js";
import { validPath, validPathReads } from "./valid-path.js";
import { withheldDoc } from "./withheld-doc.js";
import { checksVersions } from "./version-checks.js";
import { local, localName, type Where } from "./where.js";

const v = runtime.validation;
const mr = runtime.messageReads;
const is = runtime.issues;
const fs = runtime.factsStop;
const wv = runtime.withheldValues;
const iv = runtime.interfaceVersion;

/** The names a message's validator and guard are declared under: a request's or response's, or a callback's. */
export type ValidatorNames = Pick<MessageDeclarations, "type" | "validate" | "guard">;

/**
 * A message's exported validator and guard. Where its saved facts stop, the
 * check is kept by its module and the exported validator wraps it: a field
 * the facts do not hold is a warning naming the gap, as the page documents
 * more than the spec has (`of` names the message in that warning).
 */
export function messageValidators(
  op: OperationModel,
  message: MessageModel,
  sym: ValidatorNames & Pick<MessageDeclarations, "savedFacts">,
  ownOf: OwnValuesOf = (field) => ownValuesSymbols(op, message, field),
  partSize?: number,
  validPathFields?: number,
): Code[] {
  if (!message.factsStop)
    return [validateFunction(op, message, sym, ownOf, partSize, validPathFields), guardFunction(sym)];
  const of = factsStopOf(op, message);
  if (!sym.savedFacts)
    throw new Error(`${of}: its facts stop, but rules/operation-declarations.ts gives it no saved-facts check`);
  // The page's words for where the facts stop are spec text, shown as written in the doc comment's Markdown.
  const see = docInline(message.factsStop.see);
  // A response's validator reads strict itself (see factsStopValidate); a request's, always strict, leaves it to the
  // wrapper. Two arguments print as prettier hugs the object; a third breaks the call, as prettier does.
  const literal = factsStopLiteral(op, message);
  const wrapped =
    message.unknownFields === "error"
      ? ts`${fs.factsStopValidate}(${sym.savedFacts}, ${literal})`
      : call(fs.factsStopValidate, [ts`${sym.savedFacts}`, literal, ts`true`]);
  const exported = ts`
    ${jsdoc([
      [
        "Checks that `input` is a valid ",
        docLink(sym.type.name),
        ", collecting every problem. Never throws, whatever `input` is; the value is returned as is, not copied.",
      ],
      "",
      `The spec's saved facts of ${of} stop before the page does (${see}): a field they do not hold, at the top of the message, is a warning naming the gap, unless \`options.strict\` is set. Every other problem is as the saved facts find it.`,
      ...withheldDoc(message),
    ])}
    ${assignment(
      // Its type written out: a project compiling the sources under isolatedDeclarations cannot infer a call's.
      ts`${declare("const", sym.validate)}: ${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])} => ${v.ValidationResult}<${sym.type}>`,
      wrapped,
    )};
  `;
  const kept = { ...sym, validate: sym.savedFacts };
  return [validateFunction(op, message, kept, ownOf, partSize, validPathFields), exported, guardFunction(sym)];
}

/**
 * A message's validator. A callback's passes its own names, and is read as a
 * response of the operation (`ownOf`: the values its fields take, its own).
 */
function validateFunction(
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
  const where: Where = {
    source: ts`fields`,
    base: null,
    alwaysStrict: isRequest,
    declared,
    versionField: isRequest ? message.versionField : null,
    floor: isRequest ? requestFloor(op, message) : null,
  };
  const doc = isRequest
    ? "Unknown fields are errors, and so is a field that appeared after the interface version the request declares (or `options.interfaceVersion`)."
    : "Forward compatible: unknown fields, unknown values of a value list, format deviations and fields newer than `options.interfaceVersion` are warnings, unless `options.strict` is set.";
  // A message that holds a sensitive field returns every result with no value in its issues (model/sensitive-fields.ts),
  // and takes no valid path, which returns its own result.
  const withheld = withholdsValues(message.fields);
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
  const split = splitFieldChecks(message.fields, where, ownOf, { name: sym.validate.name, context, size: partSize });
  const checks = split ? split.checks : fieldChecks(message.fields, where, ownOf);
  const valid = split || withheld ? null : validPath(message, where, ownOf, validPathFields);
  const head = ts`
    ${jsdoc([["Checks that `input` is a valid ", docLink(sym.type.name), ", collecting every problem. Never throws, whatever `input` is; the value is returned as is, not copied."], "", doc, ...withheldDoc(message)])}
    ${declare("function", sym.validate)}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: ${v.ValidationResult}<${sym.type}>
  `;
  // The options too: a getter or proxy of theirs that throws is caught here, and the mark tells readFailure so.
  const unreadable = ts`return ${returned(ts`${is.readFailure}(input, optionsUnread)`)};`;
  const mark = ts`let optionsUnread = true;`;
  if (valid) {
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
        ts`
          ${jsdoc(["Every problem of a message its validator's valid path did not take, from the values the validator read."])}
          function ${collecting}${parenList(parameters)}: ${v.ValidationResult}<${sym.type}> {
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
  return split ? lines([...split.parts, fn], true) : fn;
}

/**
 * The lowest version a request may declare, where its operation's values give
 * one (model/version-floor.ts), and the message naming it and the version
 * recommended for the request's interface.
 */
function requestFloor(op: OperationModel, message: MessageModel): Where["floor"] {
  const floor = versionFloor(message);
  if (!floor) return null;
  const recommended = op.interfaceVersion.recommendedByPrefix.find((r) => r.prefix === message.interfacePrefix);
  return {
    version: floorNumber(floor),
    message: versionFloorText(floorText(message, floor), recommended?.version ?? null),
  };
}

/** The problem of `options.interfaceVersion`: a request with a floor holds a pinned version to it too. */
const pinnedError = (prefix: Code, floor: Where["floor"]): Code =>
  floor
    ? call(is.pinnedFloorError, [prefix, ts`pinned`, ts`${floor.version}`, lit(floor.message)])
    : ts`${is.pinnedVersionError}(${prefix}, pinned)`;

function guardFunction(sym: ValidatorNames): Code {
  return ts`
    /** Whether \`input\` is a valid {@link ${ident(sym.type.name)}} (see {@link ${ident(sym.validate.name)}}). */
    ${declare("function", sym.guard)}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: input is ${sym.type} {
      return ${sym.validate}(input, options).ok;
    }
  `;
}
