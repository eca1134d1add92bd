import type { MessageModel, OperationModel, SpecModel } from "../model/ir.js";
import { containerSources, operationSources, type Emitter } from "./generated-file.js";
import { type Code, declare, ts } from "./ts/code.js";
import { ident, jsdoc, lit } from "./ts/escape.js";
import { parenList } from "./ts/layouts.js";
import {
  containerSymbols,
  messageSymbols,
  operationModule,
  ownValuesSymbols,
  sharedModule,
} from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { fieldChecks, reads } from "./validators/field-checks.js";
import { local, type Where } from "./validators/where.js";

const v = runtime.validation;

/** operations/<name>/validators.ts (validators and type guards) and containers/validators.ts. */
export const validatorsEmitter: Emitter = {
  name: "validators",
  operation: ({ operation }) => {
    const file = new TsFile(operationModule(operation, "validators"), operationSources(operation));
    for (const message of [operation.request, operation.response])
      file.add(validateFunction(operation, message), guardFunction(operation, message));
    return [file.toGeneratedFile()];
  },
  shared: emitContainerChecks,
};

function emitContainerChecks(model: SpecModel) {
  if (model.containers.length === 0) return [];
  const file = new TsFile(
    sharedModule(model, "containerChecks"),
    containerSources(model),
    "Checks of the container types, called by the validators of every operation that has them. Not part of the public API: use the operations' validators.",
  );
  for (const c of model.containers) {
    const where: Where = { source: ts`value`, base: ts`${v.at}(path, index)` };
    file.add(ts`
      /** Checks the fields of a {@link ${ident(c.typeName)}} (a plain object already) at \`path\`, item \`index\` of a list or -1. */
      ${declare("function", containerSymbols(c).check)}${parenList([ts`value: Record<string, unknown>`, ts`path: string`, ts`index: number`, ts`issues: ${v.Issues}`])}: void {
        ${fieldChecks(c.fields, where)}
      }
    `);
  }
  return [file.toGeneratedFile()];
}

function validateFunction(op: OperationModel, message: MessageModel): Code {
  const sym = messageSymbols(op, message);
  const prefix = lit(op.interfaceVersion.prefix);
  const tolerant = message.unknownFields === "warning";
  const declared = message.versionField ? local(message.versionField) : ts`undefined`;
  const issues = tolerant
    ? ts`${v.responseIssues}(${prefix}, options)`
    : ts`${v.requestIssues}(${declared}, ${prefix}, options)`;
  const doc = tolerant
    ? "Forward compatible: unknown fields, unknown values of a value list, format deviations and fields newer than `options.interfaceVersion` are warnings, unless `options.strict` is set."
    : "Unknown fields are errors, and so is a field that appeared after the interface version the request declares (or `options.interfaceVersion`).";
  const where: Where = { source: ts`input`, base: null };
  return ts`
    ${jsdoc([`Checks that \`input\` is a valid {@link ${sym.type.name}}, collecting every problem. Never throws, whatever \`input\` is; the value is returned as is, not copied.`, "", doc])}
    ${declare("function", sym.validate)}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: ${v.ValidationResult}<${sym.type}> {
      try {
        if (!${v.isPlainObject}(input)) return ${v.failure}(${v.notAnObject}("", input));
        ${reads(message.fields, where)}
        const issues = ${issues};
        ${fieldChecks(message.fields, where, false, (field) => ownValuesSymbols(op, message, field))}
        return issues.result(input);
      } catch {
        return ${v.failure}(${v.unreadable}());
      }
    }
  `;
}

function guardFunction(op: OperationModel, message: MessageModel): Code {
  const sym = messageSymbols(op, message);
  return ts`
    /** Whether \`input\` is a valid {@link ${ident(sym.type.name)}} (see {@link ${ident(sym.validate.name)}}). */
    ${declare("function", sym.guard)}${parenList([ts`input: unknown`, ts`options?: ${v.ValidateOptions}`])}: input is ${sym.type} {
      return ${sym.validate}(input, options).ok;
    }
  `;
}
