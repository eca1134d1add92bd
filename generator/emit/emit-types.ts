import type { ContainerModel, FieldModel, MessageModel, OperationModel, SpecModel } from "../model/ir.js";
import { render } from "../render/handlebars-env.js";
import { operationDir, specPath, type Emitter, type GeneratedFile } from "./generated-file.js";
import { fieldDoc, notes } from "./jsdoc.js";
import { fieldTsType, FROM_CONTAINERS, FROM_OPERATION, Imports, interfaceVersionTypeName, type TypeSite } from "./typescript.js";

/** operations/<name>/types.ts (the request and response interfaces) and containers/types.ts. */
export const typesEmitter: Emitter = {
  name: "types",
  operation: (op) => [emitOperationTypes(op)],
  shared: emitContainerTypes,
};

export const operationSources = (op: OperationModel): string[] => [specPath(op.sourceFile)];

/** Spec files the shared container files come from. */
export const containerSources = (model: SpecModel): string[] => [...new Set(model.containers.map((c) => specPath(c.sourceFile)))].sort();

function emitOperationTypes(op: OperationModel): GeneratedFile {
  const imports = new Imports();
  const messages = [op.request, op.response].map((message) =>
    interfaceView(message.typeName, messageDoc(message, op), message.fields, {
      imports,
      paths: FROM_OPERATION,
      lenient: message.kind === "response",
      operation: op,
      containersHere: false,
    }),
  );
  const view = {
    sources: operationSources(op),
    imports: imports.toView(),
    interfaceVersion: {
      typeName: interfaceVersionTypeName(op),
      prefix: op.interfaceVersion.prefix,
      doc: [
        `An interfaceVersion of ${op.name}: "${op.interfaceVersion.prefix}" followed by a version number.`,
        op.interfaceVersion.recommended ? `Recommended: ${op.interfaceVersion.recommended}.` : "No recommended version is publicly documented.",
      ],
    },
    messages,
  };
  return { path: `${operationDir(op.name)}/types.ts`, language: "typescript", content: render("types.ts", view) };
}

function emitContainerTypes(model: SpecModel): GeneratedFile[] {
  if (model.containers.length === 0) return [];
  const imports = new Imports();
  const containers = model.containers.map((c) =>
    interfaceView(c.typeName, containerDoc(c), c.fields, { imports, paths: FROM_CONTAINERS, lenient: c.inResponse, operation: null, containersHere: true }),
  );
  const view = { sources: containerSources(model), imports: imports.toView(), containers };
  return [{ path: "containers/types.ts", language: "typescript", content: render("container-types.ts", view) }];
}

function messageDoc(message: MessageModel, op: OperationModel): string[] {
  return [
    `${message.kind === "request" ? "Request" : "Response"} of ${op.name}: ${op.summary}`,
    "",
    `${op.method} ${op.endpoints.prod}`,
    ...notes([...op.notes, ...message.notes]),
    ...op.source.notes.flatMap((n) => ["", `Source: ${n}`]),
  ];
}

const containerDoc = (c: ContainerModel): string[] => [c.description ?? `The ${c.typeName} container.`];

function interfaceView(typeName: string, doc: string[], fields: readonly FieldModel[], site: TypeSite) {
  return {
    typeName,
    doc,
    fields: fields.map((field) => ({ name: field.name, required: field.required, tsType: fieldTsType(field, site), doc: fieldDoc(field) })),
  };
}
