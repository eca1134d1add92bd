import type { MessageModel, OperationModel } from "../model/ir.js";
import { render } from "../render/handlebars-env.js";
import { operationDir, specPath, type Emitter, type GeneratedFile } from "./generated-file.js";
import { fieldDoc, notes } from "./jsdoc.js";
import { fieldTsType, Imports, interfaceVersionTypeName } from "./typescript.js";

/** operations/<name>/types.ts: the request and response interfaces. */
export const typesEmitter: Emitter = {
  name: "types",
  emit: (model) => model.operations.map(emitOperationTypes),
};

export const operationSources = (op: OperationModel): string[] => [specPath(op.sourceFile)];

function emitOperationTypes(op: OperationModel): GeneratedFile {
  const imports = new Imports();
  const messages = [op.request, op.response].map((message) => messageView(message, op, imports));
  const view = {
    sources: operationSources(op),
    imports: imports.toView(),
    interfaceVersion: {
      typeName: interfaceVersionTypeName(op),
      prefix: op.interfaceVersion.prefix,
      doc: [
        `An interfaceVersion of ${op.name}: "${op.interfaceVersion.prefix}" followed by a version number.`,
        `Recommended: ${op.interfaceVersion.recommended}.`,
      ],
    },
    messages,
  };
  return { path: `${operationDir(op.name)}/types.ts`, language: "typescript", content: render("types.ts", view) };
}

function messageView(message: MessageModel, op: OperationModel, imports: Imports) {
  const doc = [
    `${message.kind === "request" ? "Request" : "Response"} of ${op.name}: ${op.summary}`,
    "",
    `${op.method} ${op.endpoints.prod}`,
    ...notes(message.notes),
  ];
  return {
    typeName: message.typeName,
    doc,
    fields: message.fields.map((field) => ({
      name: field.name,
      required: field.required,
      tsType: fieldTsType(field, message.kind, op, imports),
      doc: fieldDoc(field),
    })),
  };
}
