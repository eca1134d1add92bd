// Every name the generated package exports, computed here and nowhere else:
// the model takes its names from these functions, and validation proves the
// whole set usable (reserved-names.ts) and free of collisions before anything
// is emitted.

import type { MessageKind } from "./raw-spec.js";
import { camelCase, constantCase, pascalCase } from "./names.js";

/** Names of an operation and the files and folders named after it. */
export function operationNames(operation: string) {
  const typeName = pascalCase(operation);
  return {
    /** The operation's descriptor, and its key in the `operations` registry. */
    descriptorName: operation,
    typeName,
    constName: constantCase(operation),
    interfaceVersionTypeName: `${typeName}InterfaceVersion`,
    /** The request as a client takes it, and the function that sends it (operations/<name>/client.ts). */
    clientFieldsName: `${typeName}Fields`,
    callName: `call${typeName}`,
    /** Paths in generated/ named after the operation: they must differ from other operations' in any letter case. */
    paths: [`operations/${operation}/`, `docs/${operation}.md`, `schemas/${operation}.request.schema.json`],
  } as const;
}

/** Names of a request or a response. */
export function messageNames(operation: string, kind: MessageKind) {
  const base = `${pascalCase(operation)}${pascalCase(kind)}`;
  return {
    typeName: base,
    validateName: `validate${base}`,
    guardName: `is${base}`,
    sealFieldsName: `${constantCase(base)}_SEAL_FIELDS`,
    sealingStringName: `${camelCase(base)}SealingString`,
    sealName: `seal${base}`,
    verifyName: `verify${base}`,
  } as const;
}

/** Names of a value list: the union type and the const object share one name. */
export function valueListNames(list: string) {
  const typeName = pascalCase(list);
  return { typeName, valuesName: `${constantCase(list)}_VALUES`, guardName: `is${typeName}` } as const;
}

/** Names of a container type. */
export function containerNames(typeName: string) {
  return {
    typeName,
    checkName: `check${typeName}`,
    sealName: `seal${typeName}`,
    fieldsName: `${constantCase(typeName)}_FIELDS`,
  } as const;
}

/** Name of a container field's interface: its typeName, else its name in PascalCase. */
export const containerTypeName = (fieldName: string, typeName: string | undefined): string =>
  typeName ?? pascalCase(fieldName);

/** Name of a list item's interface: its typeName, else the list's name without "List" (cardDataList -> CardData), else with "Item". */
export function itemTypeName(listName: string, typeName: string | undefined): string {
  if (typeName !== undefined) return typeName;
  return listName.endsWith("List") && listName.length > 4
    ? pascalCase(listName.slice(0, -4))
    : `${pascalCase(listName)}Item`;
}

/** What owns an exported name, to say where it comes from. */
export type NameOwner =
  | { readonly kind: "operation"; readonly name: string }
  | { readonly kind: "valueList"; readonly name: string }
  | { readonly kind: "container"; readonly name: string };

export interface ExportedName {
  readonly name: string;
  readonly owner: NameOwner;
  /** What the name is, for messages: "the request type". */
  readonly role: string;
}

/** The spec's entities whose names become exports. */
export interface NamedEntities {
  readonly operations: readonly string[];
  readonly valueLists: readonly string[];
  readonly containers: readonly string[];
}

/** Every name the package exports for the spec's entities, in the order given (operations, value lists, containers). */
export function packageExports(entities: NamedEntities): ExportedName[] {
  const out: ExportedName[] = [];
  for (const name of entities.operations) {
    const owner = { kind: "operation", name } as const;
    const op = operationNames(name);
    out.push({ name: op.descriptorName, owner, role: "the operation's descriptor" });
    out.push({ name: op.interfaceVersionTypeName, owner, role: "the interface version type" });
    out.push({ name: op.clientFieldsName, owner, role: "the client's request fields type" });
    out.push({ name: op.callName, owner, role: "the client function" });
    for (const kind of ["request", "response"] as const) {
      const message = messageNames(name, kind);
      out.push(
        { name: message.typeName, owner, role: `the ${kind} type` },
        { name: message.validateName, owner, role: `the ${kind} validator` },
        { name: message.guardName, owner, role: `the ${kind} type guard` },
        { name: message.sealFieldsName, owner, role: `the ${kind} seal order` },
        { name: message.sealingStringName, owner, role: `the ${kind} sealing string function` },
        { name: message.sealName, owner, role: `the ${kind} seal function` },
        { name: message.verifyName, owner, role: `the ${kind} verify function` },
      );
    }
  }
  for (const name of entities.valueLists) {
    const owner = { kind: "valueList", name } as const;
    const list = valueListNames(name);
    out.push(
      { name: list.typeName, owner, role: "the type and const object" },
      { name: list.valuesName, owner, role: "the values" },
      { name: list.guardName, owner, role: "the type guard" },
    );
  }
  for (const name of entities.containers) {
    const owner = { kind: "container", name } as const;
    const container = containerNames(name);
    out.push(
      { name: container.typeName, owner, role: "the type" },
      { name: container.checkName, owner, role: "the check" },
      { name: container.sealName, owner, role: "the seal function" },
      { name: container.fieldsName, owner, role: "the field list" },
    );
  }
  return out;
}

/** How messages name an owner: `operation "x"`, `value list "y"`, `container type Z`. */
export const describeOwner = (owner: NameOwner): string =>
  owner.kind === "operation"
    ? `operation "${owner.name}"`
    : owner.kind === "valueList"
      ? `value list "${owner.name}"`
      : `container type ${owner.name}`;
