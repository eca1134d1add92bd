// Where each generated declaration lives: the symbols of the package, named as
// the model names them (rules/export-names.ts, where every exported name is
// computed and proven usable). Emitters print these symbols; the file that
// prints one outside its module imports it.

import type { ContainerModel, MessageModel, OperationModel, ValueListModel } from "../../model/ir.js";
import { constantCase } from "../../rules/names.js";
import { operationDir } from "../generated-file.js";
import { typeSym, valueSym } from "./symbols.js";

export const VALUE_LISTS_MODULE = "value-lists.ts";
export const CONTAINER_MODULES = {
  types: "containers/types.ts",
  validators: "containers/validators.ts",
  seal: "containers/seal.ts",
  descriptors: "containers/descriptors.ts",
} as const;

/** The modules of an operation's folder. */
export const operationModule = (
  op: OperationModel,
  file: "types" | "validators" | "seal" | "descriptor" | "client" | "index",
): string => `${operationDir(op.name)}/${file}.ts`;

export const valueListSymbols = (list: ValueListModel) => ({
  /** The union type and the const object share the name. */
  type: typeSym(VALUE_LISTS_MODULE, list.typeName),
  object: valueSym(VALUE_LISTS_MODULE, list.typeName),
  values: valueSym(VALUE_LISTS_MODULE, list.valuesName),
  guard: valueSym(VALUE_LISTS_MODULE, list.guardName),
});

export const containerSymbols = (c: ContainerModel) => ({
  type: typeSym(CONTAINER_MODULES.types, c.typeName),
  check: valueSym(CONTAINER_MODULES.validators, c.checkName),
  seal: valueSym(CONTAINER_MODULES.seal, c.sealName),
  fields: valueSym(CONTAINER_MODULES.descriptors, c.fieldsName),
});

export const messageSymbols = (op: OperationModel, message: MessageModel) => ({
  type: typeSym(operationModule(op, "types"), message.typeName),
  validate: valueSym(operationModule(op, "validators"), message.validateName),
  guard: valueSym(operationModule(op, "validators"), message.guardName),
  sealFields: valueSym(operationModule(op, "seal"), message.sealFieldsName),
  sealingString: valueSym(operationModule(op, "seal"), message.sealingStringName),
  seal: valueSym(operationModule(op, "seal"), message.sealName),
  verify: valueSym(operationModule(op, "seal"), message.verifyName),
  /** Module-private: the fields a sealing string's fast path leaves out. */
  sealExclude: valueSym(operationModule(op, "seal"), `${constantCase(message.kind)}_SEAL_EXCLUDE`),
});

export const operationSymbols = (op: OperationModel) => ({
  descriptor: valueSym(operationModule(op, "descriptor"), op.name),
  interfaceVersion: typeSym(operationModule(op, "types"), op.interfaceVersionTypeName),
  /** The request as a client takes it, and the function that sends it. */
  clientFields: typeSym(operationModule(op, "client"), op.clientFieldsName),
  call: valueSym(operationModule(op, "client"), op.callName),
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
