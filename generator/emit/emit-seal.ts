import { compareText } from "../diagnostics/diagnostic.js";
import type { MessageModel, OperationModel, SpecModel } from "../model/ir.js";
import { pascalCase } from "../model/names.js";
import { render } from "../render/handlebars-env.js";
import { operationDir, type Emitter, type GeneratedFile } from "./generated-file.js";
import { operationSources } from "./emit-types.js";
import { FROM_OPERATION, Imports } from "./typescript.js";

/** operations/<name>/seal.ts: seal field orders, sealing strings, seal and verify. */
export const sealEmitter: Emitter = {
  name: "seal",
  operation: (op, model) => [emitOperationSeal(op, model)],
};

export const sealFunctionNames = (message: MessageModel) => ({
  seal: `seal${pascalCase(message.typeName)}`,
  verify: `verify${pascalCase(message.typeName)}`,
});

function emitOperationSeal(op: OperationModel, model: SpecModel): GeneratedFile {
  const imports = new Imports();
  for (const name of ["computeSeal", "genericSealingString", "sealAlgorithmOf", "sealsMatch", "sealText"]) imports.add(FROM_OPERATION.seal, name, false);
  for (const name of ["SealAlgorithmName", "Unsealed"]) imports.add(FROM_OPERATION.seal, name, true);
  const messages = [op.request, op.response].map((message) => {
    imports.add("./types.js", message.typeName, true);
    return {
      typeName: message.typeName,
      sealFieldsName: message.sealFieldsName,
      sealingStringName: message.sealingStringName,
      sealName: sealFunctionNames(message).seal,
      verifyName: sealFunctionNames(message).verify,
      excludeName: `${message.kind.toUpperCase()}_SEAL_EXCLUDE`,
      sealFields: message.sealFields,
      exclude: message.sealExclude,
      // Every name the fast path accepts: the message's fields and the excluded ones.
      knownFields: [...new Set([...message.fields.map((f) => f.name), ...message.sealExclude])].sort(compareText),
    };
  });
  const { seal } = model.platform;
  const view = {
    sources: operationSources(op),
    imports: imports.toView(),
    sealField: seal.field,
    algorithmField: seal.algorithmField,
    defaultAlgorithm: seal.defaultAlgorithm,
    messages,
  };
  return { path: `${operationDir(op.name)}/seal.ts`, language: "typescript", content: render("seal.ts", view) };
}
