import type { ContainerModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { fromInputs, operationSources, sourcesOf, type Emitter } from "./generated-file.js";
import { type Code, declare, lines, ts } from "./ts/code.js";
import { ident, jsdoc, lineComment, lit } from "./ts/escape.js";
import { parenList, statements } from "./ts/layouts.js";
import { type Declaration, ownPropertyDeclaration } from "../rules/declaration.js";
import { MODULES } from "../rules/generated-modules.js";
import type { MessageDeclarations } from "../rules/operation-declarations.js";
import {
  containerSymbols,
  messageSymbols,
  operationModule,
  operationSymbols,
  ownValuesSymbols,
  sharedModuleOf,
} from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { factsStopLiteral, factsStopOf } from "./facts-stop-literal.js";
import { deferredReads, fieldChecks, type OwnValuesOf, reads } from "./validators/field-checks.js";
import { checksVersions } from "./validators/version-checks.js";
import { type ContextParameter, splitFieldChecks } from "./validators/field-parts.js";
import { local, localName, type Where } from "./validators/where.js";

const v = runtime.validation;
const is = runtime.issues;
const fs = runtime.factsStop;
const jp = runtime.jsonPointer;
const iv = runtime.interfaceVersion;

/** A module's own hasOwnProperty (rules/declaration.ts, ownPropertyDeclaration), declared before its validators. */
export const ownPropertyCode = (declaration: Declaration): Code =>
  ts`${declare("const", declaration)} = Object.prototype.hasOwnProperty;`;

/** operations/<name>/validators.ts (validators and type guards) and containers/validators.ts. */
export const validatorsEmitter: Emitter = validatorsEmitterWith();

/**
 * The validators emitter, checking fields in parts of `partSize` (field-parts.ts).
 * A test forces the one-function form with a larger size, to compare both.
 */
export function validatorsEmitterWith(partSize?: number): Emitter {
  return {
    name: "validators",
    operation: ({ operation }) => {
      const file = new TsFile(operationModule(operation, "validators"), operationSources(operation));
      file.add(ownPropertyCode(operationSymbols(operation).ownProperty));
      for (const message of [operation.request, operation.response])
        file.add(...messageValidators(operation, message, messageSymbols(operation, message), undefined, partSize));
      return [file.toGeneratedFile()];
    },
    ...fromInputs({
      inputs: (model) => ({ containers: model.containers, partSize }),
      files: ({ containers }) => emitContainerChecks(containers, partSize),
    }),
  };
}

function emitContainerChecks(containers: readonly ContainerModel[], partSize: number | undefined) {
  if (containers.length === 0) return [];
  const file = new TsFile(
    sharedModuleOf({ containers }, "containerChecks"),
    sourcesOf(containers),
    "Checks of the container types, called by the validators of every operation that has them. Not part of the public API: use the operations' validators.",
  );
  file.add(ownPropertyCode(ownPropertyDeclaration(MODULES.containerChecks)));
  for (const c of containers) file.add(containerCheck(c, partSize));
  return [file.toGeneratedFile()];
}

/**
 * A container's check: its fields read first (inside `try`: a container
 * that is not a plain object may throw, which makes it "not an object"),
 * then whether it is a plain object, then its checks. It returns the
 * problems found so far with its own.
 */
function containerCheck(c: ContainerModel, partSize?: number): Code {
  const where: Where = {
    source: ts`fields`,
    base: ts`${jp.at}(path, index)`,
    alwaysStrict: false,
    declared: ts`declared`,
    versionField: null,
  };
  const notObject = ts`return ${v.addError}(found, ${is.expectedObject}(${jp.at}(path, index), value));`;
  const { declare: declarations, read } = deferredReads(c.fields, where);
  const parameters = [ts`value: object`, ts`path: string`, ts`index: number`, ts`strict: boolean`];
  // The version checked against, for the fields that appeared after it.
  if (checksVersions(c)) parameters.push(ts`version: number`, ts`pinned: unknown`, ts`declared: unknown`);
  parameters.push(ts`found: ${v.Found} | undefined`);
  const reading =
    c.fields.length === 0
      ? ts``
      : ts`
          ${declarations}
          try {
            ${read}
          } catch (error) {
            if (${v.isPlainObject}(value)) throw error;
            ${notObject}
          }
        `;
  const name = containerSymbols(c).check.name;
  const split = splitFieldChecks(c.fields, where, () => null, { name, context: containerContext, size: partSize });
  const fn = ts`
    ${jsdoc([
      `Checks a {@link ${c.typeName}} (an object already) at \`path\`, item \`index\` of a list or -1: \`found\` with its problems added.`,
      'Its fields are read before it is known to be a plain object; a read that throws on one that is not makes it "not an object", as checking first would have.',
    ])}
    ${declare("function", containerSymbols(c).check)}${parenList(parameters)}: ${v.Found} | undefined {
      const fields = value as Record<string, unknown>;
      ${reading}
      if (!${v.hasPlainPrototype}(value)) ${notObject}

      ${split ? split.checks : fieldChecks(c.fields, where)}
      return found;
    }
  `;
  return split ? lines([...split.parts, fn], true) : fn;
}

/** What a part of a container's check may take besides its fields (its parameters). */
const containerContext: readonly ContextParameter[] = [
  { name: "path", type: ts`string`, when: "always" },
  { name: "index", type: ts`number`, when: "always" },
  { name: "strict", type: ts`boolean`, when: "strict" },
  { name: "version", type: ts`number`, when: "version" },
  { name: "pinned", type: ts`unknown`, when: "pinned" },
  { name: "declared", type: ts`unknown`, when: "declared" },
];

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
): Code[] {
  if (!message.factsStop) return [validateFunction(message, sym, ownOf, partSize), guardFunction(sym)];
  const of = factsStopOf(op, message);
  if (!sym.savedFacts)
    throw new Error(`${of}: its facts stop, but rules/operation-declarations.ts gives it no saved-facts check`);
  const { see } = message.factsStop;
  const exported = ts`
    ${jsdoc([
      `Checks that \`input\` is a valid {@link ${sym.type.name}}, collecting every problem. Never throws, whatever \`input\` is; the value is returned as is, not copied.`,
      "",
      `The spec's saved facts of ${of} stop before the page does (${see}): a field they do not hold, at the top of the message, is a warning naming the gap, unless \`options.strict\` is set. Every other problem is as the saved facts find it.`,
    ])}
    ${declare("const", sym.validate)} = ${fs.factsStopValidate}(${sym.savedFacts}, ${factsStopLiteral(op, message)});
  `;
  const kept = { ...sym, validate: sym.savedFacts };
  return [validateFunction(message, kept, ownOf, partSize), exported, guardFunction(sym)];
}

/**
 * A message's validator. A callback's passes its own names, and takes its
 * lists whole (`ownOf`): Sips' answer is read as a response of the operation.
 */
function validateFunction(message: MessageModel, sym: ValidatorNames, ownOf: OwnValuesOf, partSize?: number): Code {
  const prefix = lit(message.interfacePrefix);
  const isRequest = message.unknownFields === "error";
  const declared = isRequest && message.versionField ? local(message.versionField) : ts`undefined`;
  const where: Where = {
    source: ts`fields`,
    base: null,
    alwaysStrict: isRequest,
    declared,
    versionField: isRequest ? message.versionField : null,
  };
  const doc = isRequest
    ? "Unknown fields are errors, and so is a field that appeared after the interface version the request declares (or `options.interfaceVersion`)."
    : "Forward compatible: unknown fields, unknown values of a value list, format deviations and fields newer than `options.interfaceVersion` are warnings, unless `options.strict` is set.";
  const rules = isRequest
    ? lineComment("Requests are always strict, and checked against the version they declare or the one pinned.")
    : ts`
        ${lineComment("Responses are lenient unless strict, and checked against a pinned version only.")}
        const strict = options?.strict === true;
      `;
  const notObject = ts`return ${v.failure}(${is.notAnObject}("", input));`;
  // The version checked against, for a request's version field, the fields that appeared after it, and the containers that hold such fields.
  const settings = statements([
    ts`const pinned = options?.interfaceVersion;`,
    ...(checksVersions(message) ? [ts`const version = ${iv.checkedVersion}(${declared}, pinned, ${prefix});`] : []),
    ts`let found = ${is.pinnedVersionError}(${prefix}, pinned);`,
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
  const fn = ts`
    ${jsdoc([`Checks that \`input\` is a valid {@link ${sym.type.name}}, collecting every problem. Never throws, whatever \`input\` is; the value is returned as is, not copied.`, "", doc])}
    ${declare("function", sym.validate)}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: ${v.ValidationResult}<${sym.type}> {
      try {
        if (typeof input !== "object" || input === null) ${notObject}
        const fields = input as Record<string, unknown>;
        ${reads(message.fields, where)}
        ${lineComment("After the reads, where the engine knows the object's shape and answers without a call.")}
        if (!${v.hasPlainPrototype}(fields)) ${notObject}
        ${rules}
        ${settings}
        ${split ? split.checks : fieldChecks(message.fields, where, ownOf)}
        return ${v.resultOf}(fields, found);
      } catch {
        return ${is.readFailure}(input);
      }
    }
  `;
  return split ? lines([...split.parts, fn], true) : fn;
}

function guardFunction(sym: ValidatorNames): Code {
  return ts`
    /** Whether \`input\` is a valid {@link ${ident(sym.type.name)}} (see {@link ${ident(sym.validate.name)}}). */
    ${declare("function", sym.guard)}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: input is ${sym.type} {
      return ${sym.validate}(input, options).ok;
    }
  `;
}
