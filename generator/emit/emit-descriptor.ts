import { containerOf } from "../model/field-shape.js";
import type { ContainerModel, FieldModel, ItemTypeModel, OperationModel, SpecModel, ValueListModel } from "../model/ir.js";
import { constantCase } from "../model/names.js";
import { render } from "../render/handlebars-env.js";
import { sealFunctionNames } from "./emit-seal.js";
import { containerSources, operationDir, operationSources, type Emitter, type GeneratedFile } from "./generated-file.js";
import { containerExport, containersSite, operationSite, valueListNames, type ModuleSite } from "./typescript.js";

/** operations/<name>/descriptor.ts (the operation's registry entry) and containers/descriptors.ts. */
export const descriptorEmitter: Emitter = {
  name: "descriptor",
  operation: (op) => [emitDescriptor(op)],
  shared: emitContainerDescriptors,
};

export const fieldsConstName = (container: ContainerModel): string => `${constantCase(container.typeName)}_FIELDS`;

function emitDescriptor(op: OperationModel): GeneratedFile {
  const site = operationSite();
  site.imports.add(site.paths.descriptor, "OperationDescriptor", true);
  const messages = [op.request, op.response].map((message) => {
    site.imports.add("./types.js", message.typeName, true);
    const names = sealFunctionNames(message);
    for (const name of [message.validateName, message.guardName]) site.imports.add("./validators.js", name, false);
    for (const name of [message.sealFieldsName, message.sealingStringName, names.seal, names.verify]) site.imports.add("./seal.js", name, false);
    return {
      kind: message.kind,
      typeName: message.typeName,
      validateName: message.validateName,
      guardName: message.guardName,
      sealFieldsName: message.sealFieldsName,
      sealingStringName: message.sealingStringName,
      sealName: names.seal,
      verifyName: names.verify,
      fields: message.fields.map((field) => fieldView(field, site)),
    };
  });
  const view = {
    sources: operationSources(op),
    imports: site.imports.toView(),
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

function emitContainerDescriptors(model: SpecModel): GeneratedFile[] {
  if (model.containers.length === 0) return [];
  const site = containersSite("containerDescriptors");
  site.imports.add(site.paths.descriptor, "FieldDescriptor", true);
  const containers = dependenciesFirst(model.containers).map((c) => ({
    typeName: c.typeName,
    constName: fieldsConstName(c),
    fields: c.fields.map((field) => fieldView(field, site)),
  }));
  const view = { sources: containerSources(model), imports: site.imports.toView(), containers };
  return [{ path: "containers/descriptors.ts", language: "typescript", content: render("container-descriptors.ts", view) }];
}

function fieldView(field: FieldModel, site: ModuleSite) {
  const items = field.type.kind === "list" ? field.type.items : null;
  return {
    name: field.name,
    presence: field.presence,
    condition: field.condition,
    since: field.since?.text ?? null,
    type: field.type.kind,
    format: field.format?.text ?? null,
    description: field.description,
    valueList: listView(field.valueList, site),
    fields: field.type.kind === "container" ? containerFields(field.type.container, site) : false,
    items: items
      ? { type: items.type.kind, format: items.format?.text ?? null, valueList: listView(items.valueList, site), fields: itemFields(items.type, site) }
      : false,
  };
}

const itemFields = (type: ItemTypeModel, site: ModuleSite): string | false =>
  type.kind === "container" ? containerFields(type.container, site) : false;

const containerFields = (container: ContainerModel, site: ModuleSite): string =>
  containerExport(site, "containerDescriptors", fieldsConstName(container), false);

function listView(list: ValueListModel | null, site: ModuleSite) {
  if (!list) return false;
  return { name: list.name, match: list.match, valuesName: site.imports.add(site.paths.valueLists, valueListNames(list).valuesName, false) };
}

/** Containers ordered so that each comes after those it holds (a const cannot be read before it is declared). */
function dependenciesFirst(containers: readonly ContainerModel[]): ContainerModel[] {
  const ordered: ContainerModel[] = [];
  const visit = (c: ContainerModel): void => {
    if (ordered.includes(c)) return;
    for (const field of c.fields) {
      const held = containerOf(field);
      if (held) visit(held);
    }
    ordered.push(c);
  };
  for (const c of containers) visit(c);
  return ordered;
}
