import { containerFile } from "./container-file.js";
import type { ContainerModel, SharedContainerModel } from "../model/field-model.js";
import { fromInputs, operationSources, type Emitter } from "./generated-file.js";
import { type Code, declare, lines, ts } from "./ts/code.js";
import { docLink, jsdoc } from "./ts/comment-escape.js";
import { ident } from "./ts/escape.js";
import { parenList } from "./ts/layouts.js";
import { type Declaration, ownPropertyDeclaration } from "../rules/declaration.js";
import { MODULES } from "../rules/generated-modules.js";
import { containerSymbols, messageSymbols, operationModule, operationSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { deferredReads, fieldChecks, unknownFieldDeclaration } from "./validators/field-checks.js";
import { checksVersions } from "./validators/version-checks.js";
import { type ContextParameter, splitFieldChecks } from "./validators/field-parts.js";
import { messageValidators } from "./validators/message-validators.js";
import type { Where } from "./validators/where.js";

const v = runtime.validation;
const mr = runtime.messageReads;
const is = runtime.issues;
const jp = runtime.jsonPointer;

/** A module's own hasOwnProperty (rules/declaration.ts, ownPropertyDeclaration), declared before its validators. */
export const ownPropertyCode = (declaration: Declaration): Code =>
  ts`${declare("const", declaration)} = Object.prototype.hasOwnProperty;`;

/** operations/<name>/validators.ts (validators and type guards) and containers/validators.ts. */
export const validatorsEmitter: Emitter = validatorsEmitterWith();

/**
 * The validators emitter, checking fields in parts of `partSize` (field-parts.ts),
 * with a valid path for responses of at most `validPathFields` fields (valid-path.ts).
 * Tests force the one-function form with a larger size, or no valid path with 0, to compare both.
 */
export function validatorsEmitterWith(partSize?: number, validPathFields?: number): Emitter {
  return {
    name: "validators",
    operation: ({ operation }) => {
      const file = new TsFile(
        operationModule(operation, "validators"),
        operationSources(operation),
      ).withConstantImports();
      file.add(ownPropertyCode(operationSymbols(operation).ownProperty));
      for (const message of [operation.request, operation.response])
        file.add(
          ...messageValidators(
            operation,
            message,
            messageSymbols(operation, message),
            undefined,
            partSize,
            validPathFields,
          ),
        );
      return [file.toGeneratedFile()];
    },
    ...fromInputs({
      inputs: (model) => ({ containers: model.containers, partSize }),
      files: ({ containers }) => emitContainerChecks(containers, partSize),
    }),
  };
}

function emitContainerChecks(containers: readonly SharedContainerModel[], partSize: number | undefined) {
  if (containers.length === 0) return [];
  const file = containerFile(
    containers,
    "containerChecks",
    "Checks of the container types, called by the validators of every operation that has them. Not part of the public API: use the operations' validators.",
  ).withConstantImports();
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
    floor: null,
    unknownField: c.fields.length === 0 ? null : ident(`${containerSymbols(c).check.name}$unknownField`),
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
            if (${mr.isPlainObject}(value)) throw error;
            ${notObject}
          }
        `;
  const name = containerSymbols(c).check.name;
  const split = splitFieldChecks(c.fields, where, () => null, { name, context: containerContext, size: partSize });
  const fn = ts`
    ${jsdoc(
      [
        [
          "Checks a ",
          docLink(c.typeName),
          " (an object already) at `path`, item `index` of a list or -1: `found` with its problems added.",
        ],
        'Its fields are read before it is known to be a plain object; a read that throws on one that is not makes it "not an object", as checking first would have.',
      ],
      [containerSymbols(c).type],
    )}
    ${declare("function", containerSymbols(c).check)}${parenList(parameters)}: ${v.Found} | undefined {
      const fields = value as Record<string, unknown>;
      ${reading}
      if (!${mr.hasPlainPrototype}(value)) ${notObject}

      ${split ? split.checks : fieldChecks(c.fields, where)}
      return found;
    }
  `;
  const constants = where.unknownField === null ? [] : [unknownFieldDeclaration(where.unknownField, c.fields)];
  return lines([...constants, ...(split ? split.parts : []), fn], true);
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
