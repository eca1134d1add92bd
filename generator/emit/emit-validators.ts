import type { FieldModel, MessageModel, OperationModel } from "../model/ir.js";
import { render } from "../render/handlebars-env.js";
import { operationDir, type Emitter, type GeneratedFile } from "./generated-file.js";
import { operationSources } from "./emit-types.js";
import { FROM_OPERATION, Imports, valueListNames } from "./typescript.js";

/** operations/<name>/validators.ts: straight-line validators and type guards. */
export const validatorsEmitter: Emitter = {
  name: "validators",
  emit: (model) => model.operations.map(emitOperationValidators),
};

const RUNTIME_HELPERS = ["describe", "isPlainObject", "issue", "missingField", "notAnObject", "pointer", "result", "unknownField", "unknownValue", "unreadable", "wrongType"];

function emitOperationValidators(op: OperationModel): GeneratedFile {
  const imports = new Imports();
  for (const name of ["ValidateOptions", "ValidationIssue", "ValidationResult"]) imports.add(FROM_OPERATION.validation, name, true);
  const messages = [op.request, op.response].map((message) => messageView(message, op, imports));
  // Only what the file uses, so that it compiles without unused imports.
  const used = (helper: string) => messages.some((m) => m.helpers.has(helper));
  for (const helper of RUNTIME_HELPERS) if (used(helper)) imports.add(FROM_OPERATION.validation, helper, false);
  for (const message of messages) imports.add("./types.js", message.typeName, true);
  const view = { sources: operationSources(op), imports: imports.toView(), messages };
  return { path: `${operationDir(op.name)}/validators.ts`, language: "typescript", content: render("validators.ts", view) };
}

function messageView(message: MessageModel, op: OperationModel, imports: Imports) {
  const helpers = new Set(["isPlainObject", "result", "notAnObject", "wrongType", "unknownField", "pointer", "unreadable"]);
  const patternName = `${message.kind.toUpperCase()}_INTERFACE_VERSION`;
  const fields = message.fields.map((field) => fieldView(field, message, op, patternName, imports, helpers));
  const hasInterfaceVersion = fields.some((f) => f.interfaceVersion);
  return {
    typeName: message.typeName,
    validateName: message.validateName,
    guardName: message.guardName,
    tolerant: message.unknownFields === "warning",
    interfaceVersionPattern: hasInterfaceVersion ? { name: patternName, prefix: op.interfaceVersion.prefix } : false,
    fields,
    helpers,
  };
}

const TYPE_TESTS = {
  string: { test: (v: string) => `typeof ${v} !== "string"`, expected: "a string" },
  integer: { test: (v: string) => `typeof ${v} !== "number" || !Number.isInteger(${v})`, expected: "an integer" },
} as const;

function fieldView(field: FieldModel, message: MessageModel, op: OperationModel, patternName: string, imports: Imports, helpers: Set<string>) {
  const local = `$${field.name}`;
  const typeTest = TYPE_TESTS[field.type.kind === "integer" ? "integer" : "string"];
  if (field.required) helpers.add("missingField");
  const list = field.type.kind === "string" && field.valueList?.match === "exact" ? field.valueList : null;
  const guardName = list ? imports.add(FROM_OPERATION.valueLists, valueListNames(list).guardName, false) : "";
  if (list) helpers.add("unknownValue");
  const interfaceVersion = field.type.kind === "interfaceVersion";
  if (interfaceVersion) helpers.add("issue").add("describe");
  return {
    name: field.name,
    local,
    pointer: `/${field.name}`,
    required: field.required,
    typeTest: typeTest.test(local),
    expected: typeTest.expected,
    interfaceVersion: interfaceVersion
      ? { pattern: patternName, prefix: op.interfaceVersion.prefix, example: op.interfaceVersion.recommended }
      : false,
    valueList: list ? { guardName, typeName: list.typeName, sink: message.unknownFields === "warning" ? "lenient" : "errors" } : false,
  };
}
