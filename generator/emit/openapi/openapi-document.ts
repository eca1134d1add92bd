// The OpenAPI document around the operations' pieces (openapi-piece.ts): its head,
// the paths in the order of the operations' names, the components and the
// webhooks, given as parts to be joined once.

import { compareText } from "../../rules/code-point-order.js";
import type { PlatformModel } from "../../model/ir.js";
import type { OperationModel } from "../../model/operation-model.js";
import type { PieceText } from "../generated-file.js";
import { indentedJson, jsonText, objectParts } from "../json-text.js";
import { COMPONENT_DEPTH, OPERATION_DEPTH, type OpenApiPiece } from "./openapi-piece.js";
import type { ServerLayout } from "./servers.js";

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
