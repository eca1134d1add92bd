import { compareText } from "../diagnostics/diagnostic.js";
import type { FieldModel, MessageKind, OperationModel, ValueListModel } from "../model/ir.js";
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

/** Paths from a file in operations/<name>/ to the shared modules. */
export const FROM_OPERATION = {
  valueLists: "../../value-lists.js",
  validation: "../../runtime/validation.js",
  seal: "../../runtime/seal.js",
  descriptor: "../../runtime/descriptor.js",
} as const;

/** Name of the template-literal type of an operation's interfaceVersion. */
export const interfaceVersionTypeName = (op: OperationModel): string => `${op.typeName}InterfaceVersion`;

/**
 * The TypeScript type of a field. A response field with a value list also
 * admits other strings: Sips adds codes over time and responses must keep
 * type-checking when it does.
 */
export function fieldTsType(field: FieldModel, kind: MessageKind, op: OperationModel, imports: Imports): string {
  switch (field.type.kind) {
    case "integer":
      return "number";
    case "interfaceVersion":
      return interfaceVersionTypeName(op);
    case "string": {
      const list = field.valueList;
      if (!list || list.match === "prefix") return "string";
      imports.add(FROM_OPERATION.valueLists, valueListNames(list).typeName, true);
      return kind === "response" ? `${list.typeName} | (string & {})` : list.typeName;
    }
  }
}

/** Exported names of a value list in value-lists.ts. */
export const valueListNames = (list: ValueListModel) => ({
  typeName: list.typeName,
  valuesName: `${constantCase(list.name)}_VALUES`,
  setName: `${constantCase(list.name)}_SET`,
  guardName: `is${list.typeName}`,
});
