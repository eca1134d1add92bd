// Where each generated declaration lives and what it is called: the symbols of
// the package, from the names the model gives. Emitters print these symbols;
// the file that prints one outside its module imports it.

import type { ContainerModel, MessageModel, OperationModel, ValueListModel } from "../../model/ir.js";
import { constantCase } from "../../model/names.js";
import { operationDir } from "../generated-file.js";
import { typeSym, valueSym, type Sym } from "./symbols.js";

export const VALUE_LISTS_MODULE = "value-lists.ts";
export const CONTAINER_MODULES = {
  types: "containers/types.ts",
  validators: "containers/validators.ts",
  seal: "containers/seal.ts",
  descriptors: "containers/descriptors.ts",
} as const;


/** The modules of an operation's folder. */
export const operationModule = (op: OperationModel, file: "types" | "validators" | "seal" | "descriptor" | "client" | "index"): string =>
  `${operationDir(op.name)}/${file}.ts`;

export const valueListSymbols = (list: ValueListModel) => ({
  /** The union type and the const object share the name. */
  type: typeSym(VALUE_LISTS_MODULE, list.typeName),
  object: valueSym(VALUE_LISTS_MODULE, list.typeName),
  values: valueSym(VALUE_LISTS_MODULE, `${constantCase(list.name)}_VALUES`),
  guard: valueSym(VALUE_LISTS_MODULE, `is${list.typeName}`),
});

export const containerSymbols = (c: ContainerModel) => ({
  type: typeSym(CONTAINER_MODULES.types, c.typeName),
  check: valueSym(CONTAINER_MODULES.validators, `check${c.typeName}`),
  seal: valueSym(CONTAINER_MODULES.seal, `seal${c.typeName}`),
  fields: valueSym(CONTAINER_MODULES.descriptors, `${constantCase(c.typeName)}_FIELDS`),
});

export const messageSymbols = (op: OperationModel, message: MessageModel) => ({
  type: typeSym(operationModule(op, "types"), message.typeName),
  validate: valueSym(operationModule(op, "validators"), message.validateName),
  guard: valueSym(operationModule(op, "validators"), message.guardName),
  sealFields: valueSym(operationModule(op, "seal"), message.sealFieldsName),
  sealingString: valueSym(operationModule(op, "seal"), message.sealingStringName),
  seal: valueSym(operationModule(op, "seal"), `seal${message.typeName}`),
  verify: valueSym(operationModule(op, "seal"), `verify${message.typeName}`),
  /** Module-private: the fields a sealing string's fast path leaves out. */
  sealExclude: valueSym(operationModule(op, "seal"), `${constantCase(message.kind)}_SEAL_EXCLUDE`),
});

export const operationSymbols = (op: OperationModel) => ({
  descriptor: valueSym(operationModule(op, "descriptor"), op.name),
  interfaceVersion: typeSym(operationModule(op, "types"), `${op.typeName}InterfaceVersion`),
  /** The request as a client takes it, and the function that sends it. */
  clientFields: typeSym(operationModule(op, "client"), `${op.typeName}Fields`),
  call: valueSym(operationModule(op, "client"), `call${op.typeName}`),
});

/** The root modules of the client and of the mock server. */
export const CLIENT_MODULE = "client.ts";
export const MOCK_MODULE = "mock.ts";

export const clientSymbols = {
  createClient: valueSym(CLIENT_MODULE, "createClient"),
  client: typeSym(CLIENT_MODULE, "SipsClient"),
  operationName: typeSym(CLIENT_MODULE, "ClientOperationName"),
};

export const mockSymbols = {
  start: valueSym(MOCK_MODULE, "startMockServer"),
  operations: valueSym(MOCK_MODULE, "MOCK_OPERATIONS"),
};

/** Every symbol an operation's modules declare, for the names check. */
export function operationExports(op: OperationModel): Sym[] {
  return [
    ...Object.values(operationSymbols(op)),
    ...[op.request, op.response].flatMap((m) => Object.values(messageSymbols(op, m)).filter((s) => !s.name.endsWith("_SEAL_EXCLUDE"))),
  ];
}
