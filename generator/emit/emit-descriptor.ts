import type { OperationModel } from "../model/ir.js";
import { render } from "../render/handlebars-env.js";
import { operationDir, type Emitter, type GeneratedFile } from "./generated-file.js";
import { sealFunctionNames } from "./emit-seal.js";
import { operationSources } from "./emit-types.js";
import { FROM_OPERATION, Imports, valueListNames } from "./typescript.js";

/** operations/<name>/descriptor.ts: the operation's entry of the `operations` registry. */
export const descriptorEmitter: Emitter = {
  name: "descriptor",
  emit: (model) => model.operations.map(emitDescriptor),
};

function emitDescriptor(op: OperationModel): GeneratedFile {
  const imports = new Imports();
  imports.add(FROM_OPERATION.descriptor, "OperationDescriptor", true);
  const messages = [op.request, op.response].map((message) => {
    imports.add("./types.js", message.typeName, true);
    const names = sealFunctionNames(message);
    for (const name of [message.validateName, message.guardName]) imports.add("./validators.js", name, false);
    for (const name of [message.sealFieldsName, message.sealingStringName, names.seal, names.verify]) imports.add("./seal.js", name, false);
    return {
      kind: message.kind,
      typeName: message.typeName,
      validateName: message.validateName,
      guardName: message.guardName,
      sealFieldsName: message.sealFieldsName,
      sealingStringName: message.sealingStringName,
      sealName: names.seal,
      verifyName: names.verify,
      fields: message.fields.map((field) => {
        const list = field.valueList;
        if (list) imports.add(FROM_OPERATION.valueLists, valueListNames(list).valuesName, false);
        return {
          name: field.name,
          presence: field.presence,
          condition: field.condition,
          since: field.since.text,
          type: field.type.kind,
          description: field.description,
          valueList: list ? { name: list.name, match: list.match, valuesName: valueListNames(list).valuesName } : false,
        };
      }),
    };
  });
  const view = {
    sources: operationSources(op),
    imports: imports.toView(),
    name: op.name,
    summary: op.summary,
    family: op.family,
    method: op.method,
    endpoints: op.endpoints,
    interfaceVersion: op.interfaceVersion,
    request: messages[0],
    response: messages[1],
    messages,
  };
  return { path: `${operationDir(op.name)}/descriptor.ts`, language: "typescript", content: render("descriptor.ts", view) };
}
