import type { ContainerModel, FieldModel, MessageModel, OperationModel, SpecModel } from "../model/ir.js";
import { render } from "../render/handlebars-env.js";
import { pascalCase } from "../model/names.js";
import { containerSources, operationDir, operationSources, type Emitter, type GeneratedFile } from "./generated-file.js";
import { fieldDoc, notes } from "./jsdoc.js";
import { containersSite, fieldTsType, interfaceVersionTypeName, operationSite, type TypeSite } from "./typescript.js";

/** operations/<name>/types.ts (the request and response interfaces) and containers/types.ts. */
export const typesEmitter: Emitter = {
  name: "types",
  operation: (op) => [emitOperationTypes(op)],
  shared: emitContainerTypes,
};

function emitOperationTypes(op: OperationModel): GeneratedFile {
  const site = operationSite();
  const messages = [op.request, op.response].map((message) =>
    interfaceView(message.typeName, messageDoc(message, op), message.fields, { ...site, lenient: message.kind === "response", operation: op }),
  );
  const view = {
    sources: operationSources(op),
    imports: site.imports.toView(),
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
  const site = containersSite("containerTypes");
  const containers = model.containers.map((c) => interfaceView(c.typeName, containerDoc(c), c.fields, { ...site, lenient: c.inResponse, operation: null }));
  const view = { sources: containerSources(model), imports: site.imports.toView(), containers };
  return [{ path: "containers/types.ts", language: "typescript", content: render("container-types.ts", view) }];
}

function messageDoc(message: MessageModel, op: OperationModel): string[] {
  return [
    `${pascalCase(message.kind)} of ${op.name}: ${op.summary}`,
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
