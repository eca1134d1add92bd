import { compareText } from "../../rules/code-point-order.js";
import type { JsonObject, MessageModel, OperationModel, SpecModel } from "../../model/ir.js";
import { messageSchema } from "../json-schema/message-schema.js";
import { containerSchemas, type SchemaContext } from "../json-schema/value-schema.js";
import { serverLayout } from "./servers.js";

/**
 * One OpenAPI 3.1 document for every operation: a server per environment, a POST
 * path per operation, request and response bodies referring to the message
 * schemas, and sealed examples.
 */
export function openApiDocument(model: SpecModel, header: string): JsonObject {
  const context: SchemaContext = { refPrefix: "#/components/schemas/", containers: new Map() };
  const layout = serverLayout(model.operations);
  const schemas: JsonObject = {};
  const examples: JsonObject = {};
  const paths: JsonObject = {};
  for (const op of model.operations) {
    for (const message of [op.request, op.response]) {
      schemas[message.typeName] = messageSchema(op, message, context);
      examples[message.typeName] = exampleObject(op, message, model);
    }
    const place = layout.paths.get(op.name);
    if (!place) continue;
    paths[place.path] = {
      ...(place.servers ? { servers: place.servers.map((s) => ({ ...s })) } : {}),
      post: operationObject(op),
    };
  }
  const { platform } = model;
  return {
    openapi: "3.1.0",
    // JSON has no comments: the header is an extension field, first thing in the file.
    "x-generated": header,
    info: {
      title: platform.title,
      version: platform.documentVersion,
      description: `Every message carries a \`${platform.seal.field}\`: each schema's x-sips-seal-fields lists the fields it covers, in sealing order.`,
    },
    servers: layout.servers.map((s) => ({ ...s })),
    // Sips authenticates messages by their seal, not by an HTTP scheme.
    security: [],
    tags: [...new Set(model.operations.map((op) => op.family ?? "Sips"))]
      .sort()
      .map((name) => ({ name, description: `${name} operations.` })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => compareText(a, b))),
    components: { schemas: { ...schemas, ...containerSchemas(context) }, examples },
  };
}

/** The addresses that are not JSON operations (the Paypage form, SOAP), for the operation's description. */
function otherAddresses(op: OperationModel): string[] {
  return (
    [
      ["post", "HTML form (POST)"],
      ["soap", "SOAP"],
    ] as const
  ).flatMap(([kind, title]) => {
    const given = op.environments.flatMap((e) => (e[kind] === null ? [] : [`${e.label} ${e[kind]}`]));
    return given.length === 0 ? [] : [`${title}: ${given.join(", ")}.`];
  });
}

function operationObject(op: OperationModel): JsonObject {
  const notes = [...op.notes, ...op.source.notes, ...otherAddresses(op)];
  return {
    operationId: op.name,
    summary: op.summary,
    ...(notes.length > 0 ? { description: notes.join("\n\n") } : {}),
    tags: [op.family ?? "Sips"],
    requestBody: { required: true, content: body(op.request) },
    responses: {
      "200": { description: `Response of ${op.name}. Verify its seal before trusting it.`, content: body(op.response) },
    },
  };
}

const body = (message: MessageModel): JsonObject => ({
  "application/json": {
    schema: { $ref: `#/components/schemas/${message.typeName}` },
    examples: { sealed: { $ref: `#/components/examples/${message.typeName}` } },
  },
});

function exampleObject(op: OperationModel, message: MessageModel, model: SpecModel): JsonObject {
  const { secretKey, secretKeyVersion } = model.platform.examples;
  return {
    summary: `A ${message.kind} of ${op.name}`,
    description: `Sealed with ${model.platform.seal.defaultAlgorithm} and the public test key ${secretKey} (key version ${secretKeyVersion}).`,
    value: message.example,
  };
}
