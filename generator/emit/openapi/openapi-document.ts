import { compareText } from "../../rules/code-point-order.js";
import type { PlatformModel } from "../../model/ir.js";
import type { JsonObject } from "../../model/json-value.js";
import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import type { OperationScope, PieceText } from "../generated-file.js";
import { indentedJson, jsonText, objectParts } from "../json-text.js";
import { messageSchema } from "../json-schema/message-schema.js";
import { containerSchemas, type SchemaContext } from "../json-schema/value-schema.js";
import { webhookOf } from "./webhook.js";
import { madeUpValuesText } from "../stand-in-version.js";
import type { ServerLayout } from "./servers.js";

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
const COMPONENT_DEPTH = 3;
const OPERATION_DEPTH = 3;
/** Where a webhook's Path Item sits: webhooks, its name. */
const WEBHOOK_DEPTH = 2;

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

/** What the document reads of the model besides the pieces and the server layout: its frame (openapi-frame.ts) is remembered under these. */
export interface FrameModel {
  readonly platform: Pick<PlatformModel, "title" | "documentVersion" | "seal">;
  readonly operations: readonly Pick<OperationModel, "name" | "family">[];
}

/**
 * One OpenAPI 3.1 document for every operation: a server per environment, a POST
 * path per operation, request and response bodies referring to the message
 * schemas, and sealed examples. `pieces` are the operations' own, in the
 * model's order; the rest is small and made here. The document is given as
 * the list of its parts, the pieces' texts among them, to be joined once.
 */
export function openApiParts(
  model: FrameModel,
  layout: ServerLayout,
  header: string,
  pieces: readonly OpenApiPiece[],
): PieceText[] {
  // As an object's properties: a later operation at a path takes the place of the first.
  const paths = new Map<string, { readonly operation: string; readonly parts: PieceText[] }>();
  for (let i = 0; i < model.operations.length; i++) {
    const op = model.operations[i] as FrameModel["operations"][number];
    const place = layout.paths.get(op.name);
    const piece = pieces[i];
    if (!place || !piece) continue;
    const servers = place.servers?.map((s) => ({ ...s }));
    const entries: [string, PieceText][] = [
      ...(servers ? [["servers", indentedJson(servers, OPERATION_DEPTH)] as [string, PieceText]] : []),
      ["post", piece.post],
    ];
    paths.set(place.path, { operation: op.name, parts: objectParts(entries, OPERATION_DEPTH - 1) });
  }
  // As an object's properties: a later value of a name takes the place of the first (containers last, in name order).
  const schemas = new Map<string, PieceText>();
  const examples = new Map<string, PieceText>();
  const containers = new Map<string, PieceText>();
  const webhooks = new Map<string, PieceText>();
  for (const piece of pieces) {
    for (const [name, text] of piece.webhooks) webhooks.set(name, text);
    for (const [name, text] of piece.schemas) schemas.set(name, text);
    for (const [name, text] of piece.examples) examples.set(name, text);
    // A container is the same wherever it is met: the dictionary defines it.
    for (const [name, text] of piece.containers) if (!containers.has(name)) containers.set(name, text);
  }
  for (const name of [...containers.keys()].sort(compareText)) schemas.set(name, containers.get(name) as PieceText);
  const { platform } = model;
  const head = jsonText({
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
  });
  // The paths and the components, last, written around the pieces' texts as JSON.stringify would write them.
  // In the order of the operations' names, not of their paths: an operation whose path changes (an environment
  // added or removed changes the servers it shares) keeps its place, and the diff shows the new path alone.
  const pathParts = objectParts(
    [...paths]
      .sort(([, a], [, b]) => compareText(a.operation, b.operation))
      .map(([path, { parts }]): [string, PieceText[]] => [path, parts]),
    1,
  );
  const components = objectParts(
    [
      ["schemas", objectParts([...schemas], COMPONENT_DEPTH - 1)],
      ["examples", objectParts([...examples], COMPONENT_DEPTH - 1)],
    ],
    1,
  );
  // Webhooks (OpenAPI 3.1) after the paths: what Sips posts back, by the callbacks' names, in the model's order.
  const webhookParts = webhooks.size === 0 ? [] : [`,\n  "webhooks": `, ...objectParts([...webhooks], 1)];
  return [
    `${head.slice(0, -"\n}".length)},\n  "paths": `,
    ...pathParts,
    ...webhookParts,
    `,\n  "components": `,
    ...components,
    "\n}",
  ];
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
