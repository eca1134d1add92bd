// An operation's piece of the OpenAPI document, made from its scope alone and
// kept by the memo with its files: its operation object, its message schemas
// and sealed examples, the containers they refer to and its callback as a
// webhook. The document around the pieces: openapi-document.ts.

import type { PlatformModel } from "../../model/ir.js";
import type { JsonObject } from "../../model/json-value.js";
import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import type { OperationScope, PieceText } from "../generated-file.js";
import { indentedJson } from "../json-text.js";
import { messageSchema } from "../json-schema/message-schema.js";
import { containerSchemas, type SchemaContext } from "../json-schema/value-schema.js";
import { webhookOf } from "./webhook.js";
import { madeUpValuesText } from "../stand-in-version.js";

/**
 * One operation's part of the document: its operation object (the POST of its
 * path), its message schemas, their examples and the containers they refer
 * to, each schema as [name, JSON text], every text indented for its place
 * (paths.<path>.post, components.schemas.<name>, components.examples.<name>,
 * webhooks.<name> for its callback).
 * Most of the document's bytes are here, made once per operation; from the
 * memo, a text comes as its UTF-8 bytes, which go into the file as they are.
 */
export type OpenApiPiece = {
  readonly post: PieceText;
  readonly schemas: readonly (readonly [string, PieceText])[];
  readonly examples: readonly (readonly [string, PieceText])[];
  readonly containers: readonly (readonly [string, PieceText])[];
  /** Its callback, as a webhook: none or one. */
  readonly webhooks: readonly (readonly [string, PieceText])[];
};

/** Where a component's value sits: components, its kind, its name; and an operation object: paths, its path, post. */
export const COMPONENT_DEPTH = 3;
export const OPERATION_DEPTH = 3;
/** Where a webhook's Path Item sits: webhooks, its name. */
const WEBHOOK_DEPTH = 2;

/** The operation's piece of the document, made from its scope alone. */
export function openApiPiece({ operation: op, platform }: OperationScope): OpenApiPiece {
  const context: SchemaContext = { refPrefix: "#/components/schemas/", containers: new Map() };
  const messages = [op.request, op.response];
  // The callback's Data, which its webhook refers to; it has no example of its own.
  const described = op.callback ? [...messages, op.callback.message] : messages;
  const webhook = webhookOf(op, platform.seal);
  const at = (value: unknown) => indentedJson(value, COMPONENT_DEPTH);
  return {
    post: indentedJson(operationObject(op), OPERATION_DEPTH),
    schemas: described.map((message) => [message.typeName, at(messageSchema(op, message, context))] as const),
    examples: messages.map((message) => [message.typeName, at(exampleObject(op, message, platform))] as const),
    containers: Object.entries(containerSchemas(context)).map(([name, schema]) => [name, at(schema)] as const),
    webhooks: webhook ? [[webhook[0], indentedJson(webhook[1], WEBHOOK_DEPTH)] as const] : [],
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
    // No OpenAPI keyword says whether a POST only reads: the spec's effect, as the x-sips-* facts of the schemas.
    "x-sips-effect": op.effect,
    // The prefix a request's interfaceVersion takes (its schema's pattern holds it, as text), and the versions to
    // declare: what the registry's interfaceVersion gives a client.
    "x-sips-interface-version": interfaceVersionObject(op),
    requestBody: { required: true, content: body(op.request) },
    responses: {
      "200": { description: `Response of ${op.name}. Verify its seal before trusting it.`, content: body(op.response) },
    },
  };
}

/** The operation's interfaces, as its descriptor gives them: the JSON prefix, the recommended versions, the POST form's prefix. */
function interfaceVersionObject(op: OperationModel): JsonObject {
  const { prefix, recommended, recommendedByPrefix, post } = op.interfaceVersion;
  return {
    prefix,
    recommended,
    recommendedByPrefix: Object.fromEntries(recommendedByPrefix.map((r) => [r.prefix, r.version])),
    postPrefix: post?.prefix ?? null,
  };
}

const body = (message: MessageModel): JsonObject => ({
  "application/json": {
    schema: { $ref: `#/components/schemas/${message.typeName}` },
    examples: { sealed: { $ref: `#/components/examples/${message.typeName}` } },
  },
});

function exampleObject(op: OperationModel, message: MessageModel, platform: PlatformModel): JsonObject {
  const { secretKey, secretKeyVersion } = platform.examples;
  return {
    summary: `A ${message.kind} of ${op.name}`,
    description: [
      `Sealed with ${platform.seal.defaultAlgorithm} and the public test key ${secretKey} (key version ${secretKeyVersion}).`,
      madeUpValuesText(op, message, platform, (text) => text),
    ]
      .filter((sentence) => sentence !== "")
      .join(" "),
    value: message.example,
  };
}
