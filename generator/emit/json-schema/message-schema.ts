import type { JsonObject, MessageModel, OperationModel } from "../../model/ir.js";
import { pascalCase } from "../../rules/names.js";
import { containerSchemas, objectSchema, type SchemaContext } from "./value-schema.js";
import { versionRules } from "./version-rules.js";

/**
 * The JSON Schema of a message as Sips documents it: closed objects, enums,
 * formats and, for requests, the interface-version rule. It matches the
 * generated validator (responses with `strict: true`).
 */
export function messageSchema(op: OperationModel, message: MessageModel, context: SchemaContext): JsonObject {
  const rules = message.versionField
    ? versionRules(message.fields, message.versionField, op.interfaceVersion.prefix)
    : [];
  return {
    title: message.typeName,
    description: `${pascalCase(message.kind)} of ${op.name}: ${op.summary}`,
    ...objectSchema(message.fields, context),
    ...(rules.length > 0 ? { allOf: rules } : {}),
    "x-sips-operation": op.name,
    "x-sips-seal-fields": [...message.sealFields],
  };
}

/** A message schema that stands alone: its containers under $defs. */
export function standaloneSchema(op: OperationModel, message: MessageModel, header: string): JsonObject {
  const context: SchemaContext = { refPrefix: "#/$defs/", containers: new Map() };
  const schema = messageSchema(op, message, context);
  const defs = containerSchemas(context);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `urn:sips-json:schema:${op.name}:${message.kind}`,
    $comment: header,
    ...schema,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}
