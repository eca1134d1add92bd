import type { JsonObject } from "../../model/json-value.js";
import type { FactsStopModel, MessageModel, OperationModel } from "../../model/operation-model.js";
import { pascalCase } from "../../rules/names.js";
import { containerSchemas, objectSchema, type SchemaContext } from "./value-schema.js";
import { type VersionFloor, versionFloor } from "../../model/version-floor.js";
import { olderThan, versionRules } from "./version-rules.js";

/**
 * The JSON Schema of a message as Sips documents it: closed objects, enums,
 * formats and, for requests, the interface-version rule. It matches the
 * generated validator (responses with `strict: true`).
 */
export function messageSchema(op: OperationModel, message: MessageModel, context: SchemaContext): JsonObject {
  const floor = message.kind === "request" ? versionFloor(message) : null;
  const rules = message.versionField
    ? versionRules(message.fields, message.versionField, message.interfacePrefix, floor?.version)
    : [];
  const callback = op.callback?.message === message ? op.callback : null;
  const stop = message.factsStop;
  return {
    title: message.typeName,
    description: callback
      ? `${callback.summary} (sent back after ${op.name}; these are the fields of its Data once decoded)`
      : `${pascalCase(message.kind)} of ${op.name}: ${op.summary}`,
    ...withFloor(message, floor, objectSchema(message.fields, context)),
    // The saved facts stop before the page does: a field the spec does not hold may be a real one.
    ...(stop ? { additionalProperties: true } : {}),
    ...(rules.length > 0 ? { allOf: rules } : {}),
    "x-sips-operation": op.name,
    ...(message.encoding === "json"
      ? { "x-sips-seal-fields": [...message.sealFields] }
      : { "x-sips-encoding": message.encoding }),
    ...(message.notes.length > 0 ? { "x-sips-notes": [...message.notes] } : {}),
    ...(stop ? { "x-sips-facts-stop": factsStop(stop) } : {}),
  };
}

/**
 * A request's version field refuses the versions below the lowest its
 * operation's values give (model/version-floor.ts), as its validator does.
 */
function withFloor(message: MessageModel, floor: VersionFloor | null, schema: JsonObject): JsonObject {
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  const field = message.versionField === null ? undefined : properties?.[message.versionField];
  if (!floor || !properties || !field || message.versionField === null) return schema;
  const older = { type: "string", pattern: olderThan(message.interfacePrefix, floor.version) };
  return { ...schema, properties: { ...properties, [message.versionField]: { ...field, not: older } } };
}

/**
 * Where the saved facts stop, and why, as x-sips-facts-stop says it; with the secret a field beyond them carries,
 * so that a tool built from the schema knows to keep such a message's unknown fields out of its logs.
 */
const factsStop = ({ after, see, notes, sensitive }: FactsStopModel): JsonObject => ({
  ...(after === null ? {} : { after }),
  see,
  ...(notes.length > 0 ? { notes: [...notes] } : {}),
  ...(sensitive === null ? {} : { sensitive }),
});

/** A message schema that stands alone: its containers under $defs. */
export function standaloneSchema(
  op: OperationModel,
  message: MessageModel,
  header: string,
  name: string = message.kind,
): JsonObject {
  const context: SchemaContext = { refPrefix: "#/$defs/", containers: new Map() };
  const schema = messageSchema(op, message, context);
  const defs = containerSchemas(context);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `urn:sips-json:schema:${op.name}:${name}`,
    $comment: header,
    ...schema,
    ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}),
  };
}
