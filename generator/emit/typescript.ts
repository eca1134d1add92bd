import { compareText } from "../diagnostics/diagnostic.js";
import type { FieldModel, FieldTypeModel, ItemTypeModel, OperationModel, ValueListModel } from "../model/ir.js";
import { constantCase } from "../model/names.js";

/** Collects what a generated file imports, so no emitter writes import lines by hand. */
export class Imports {
  private readonly byModule = new Map<string, { typeOnly: boolean; names: Set<string> }>();

  add(from: string, name: string, typeOnly: boolean): string {
    const key = `${typeOnly ? "type " : ""}${from}`;
    let entry = this.byModule.get(key);
    if (!entry) {
      entry = { typeOnly, names: new Set() };
      this.byModule.set(key, entry);
    }
    entry.names.add(name);
    return name;
  }

  /** Sorted by module, then names: deterministic whatever the order of add(). */
  toView(): { from: string; typeOnly: boolean; names: string[] }[] {
    return [...this.byModule.entries()]
      .sort(([a], [b]) => compareText(a.replace(/^type /, ""), b.replace(/^type /, "")) || compareText(a, b))
      .map(([key, { typeOnly, names }]) => ({ from: key.replace(/^type /, ""), typeOnly, names: [...names].sort(compareText) }));
  }
}

/** Paths from a generated file to the shared modules, by where the file is. */
export interface ModulePaths {
  readonly valueLists: string;
  readonly validation: string;
  readonly formats: string;
  readonly seal: string;
  readonly descriptor: string;
  readonly containerTypes: string;
  readonly containerValidators: string;
  readonly containerDescriptors: string;
  readonly containerSeal: string;
}

/** From operations/<name>/. */
export const FROM_OPERATION: ModulePaths = {
  valueLists: "../../value-lists.js",
  validation: "../../runtime/validation.js",
  formats: "../../runtime/formats.js",
  seal: "../../runtime/seal.js",
  descriptor: "../../runtime/descriptor.js",
  containerTypes: "../../containers/types.js",
  containerValidators: "../../containers/validators.js",
  containerDescriptors: "../../containers/descriptors.js",
  containerSeal: "../../containers/seal.js",
};

/** From containers/. */
export const FROM_CONTAINERS: ModulePaths = {
  valueLists: "../value-lists.js",
  validation: "../runtime/validation.js",
  formats: "../runtime/formats.js",
  seal: "../runtime/seal.js",
  descriptor: "../runtime/descriptor.js",
  containerTypes: "./types.js",
  containerValidators: "./validators.js",
  containerDescriptors: "./descriptors.js",
  containerSeal: "./seal.js",
};

/** Name of the template-literal type of an operation's interfaceVersion. */
export const interfaceVersionTypeName = (op: OperationModel): string => `${op.typeName}InterfaceVersion`;

/** The modules under containers/, one per artifact. */
export type ContainerModule = "containerTypes" | "containerValidators" | "containerDescriptors" | "containerSeal";

/** The file being written: what it imports, its paths to the shared modules, and which containers/ module it is, if one. */
export interface ModuleSite {
  readonly imports: Imports;
  readonly paths: ModulePaths;
  readonly self: ContainerModule | null;
}

/** A site in operations/<name>/, or the containers/ module `self`. */
export const operationSite = (): ModuleSite => ({ imports: new Imports(), paths: FROM_OPERATION, self: null });
export const containersSite = (self: ContainerModule): ModuleSite => ({ imports: new Imports(), paths: FROM_CONTAINERS, self });

/** A name a containers/ module exports: local in that module itself, imported everywhere else. */
export const containerExport = (site: ModuleSite, module: ContainerModule, name: string, typeOnly: boolean): string =>
  site.self === module ? name : site.imports.add(site.paths[module], name, typeOnly);

/** Where a type is written: besides the module, whether value lists admit unknown values, and whose interfaceVersion. */
export interface TypeSite extends ModuleSite {
  /** Responses (and containers used by them) admit value-list codes added after generation. */
  readonly lenient: boolean;
  readonly operation: OperationModel | null;
}

/** The TypeScript type of a field or of a list item. */
export function valueTsType(type: FieldTypeModel | ItemTypeModel, valueList: ValueListModel | null, site: TypeSite): string {
  switch (type.kind) {
    case "integer":
      return "number";
    case "interfaceVersion":
      return site.operation ? interfaceVersionTypeName(site.operation) : "string";
    case "container":
      return containerExport(site, "containerTypes", type.container.typeName, true);
    case "list": {
      const item = valueTsType(type.items.type, type.items.valueList, site);
      return item.includes("|") ? `(${item})[]` : `${item}[]`;
    }
    case "string": {
      if (!valueList || valueList.match === "prefix") return "string";
      const name = site.imports.add(site.paths.valueLists, valueListNames(valueList).typeName, true);
      return site.lenient ? `${name} | (string & {})` : name;
    }
  }
}

/** The TypeScript type of a field. */
export const fieldTsType = (field: FieldModel, site: TypeSite): string => valueTsType(field.type, field.valueList, site);

/** Exported names of a value list in value-lists.ts. */
export const valueListNames = (list: ValueListModel) => ({
  typeName: list.typeName,
  valuesName: `${constantCase(list.name)}_VALUES`,
  guardName: `is${list.typeName}`,
});
