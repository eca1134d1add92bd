import { containerFile } from "./container-file.js";
import { docBlock, docInline } from "./markdown-escape.js";
import type { ContainerModel, SharedContainerModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import type { Declaration } from "../rules/declaration.js";
import { pascalCase } from "../rules/names.js";
import { fromInputs, operationSources, type Emitter } from "./generated-file.js";
import { interfaceDeclaration } from "./interface-declaration.js";
import { notes } from "./jsdoc.js";
import { messageNotes } from "./message-notes.js";
import { declare, documented, ts } from "./ts/code.js";
import { lit } from "./ts/escape.js";
import { jsdoc } from "./ts/comment-escape.js";
import { unionAlias } from "./ts/type-layouts.js";
import { runtime } from "./ts/symbols.js";
import { containerSymbols, messageSymbols, operationModule, operationSymbols } from "./ts/model-symbols.js";
import { TsFile } from "./ts/ts-file.js";

/** operations/<name>/types.ts (the request and response interfaces) and containers/types.ts. */
export const typesEmitter: Emitter = {
  name: "types",
  operation: ({ operation }) => [emitOperationTypes(operation).toGeneratedFile()],
  ...fromInputs({ inputs: (model) => model.containers, files: emitContainerTypes }),
};

function emitOperationTypes(op: OperationModel): TsFile {
  const file = new TsFile(operationModule(op, "types"), operationSources(op));
  const { prefix, recommended, recommendedByPrefix } = op.interfaceVersion;
  const others = recommendedByPrefix.filter((r) => r.prefix !== prefix).map((r) => r.version);
  const versionDoc = jsdoc([
    `An interfaceVersion of ${op.name}: "${prefix}" followed by a version number.`,
    recommended ? `Recommended: ${recommended}.` : "No recommended version is publicly documented.",
    ...(others.length > 0 ? [`Recommended for its other interfaces: ${others.join(", ")}.`] : []),
  ]);
  file.add(
    documented(
      versionDoc,
      ts`${declare("type", operationSymbols(op).interfaceVersion)} = ${runtime.interfaceVersion.InterfaceVersionOf}<${lit(prefix)}>;`,
    ),
  );
  // Named once here: the descriptor's and client's types name it, so an environment added changes this line only.
  const environments = Object.keys(op.endpoints).map((env) => ts`${lit(env)}`);
  file.add(
    documented(
      jsdoc([`The environments where ${op.name} has a JSON address, by name.`]),
      unionAlias(declare("type", operationSymbols(op).environment), environments),
    ),
  );
  for (const message of [op.request, op.response]) {
    const site = { lenient: message.kind === "response", operation: op, message };
    file.add(interfaceDeclaration(messageSymbols(op, message).type, messageDoc(message, op), message.fields, site));
  }
  const callback = operationSymbols(op).callback;
  if (op.callback && callback) {
    // Read as a response; a field narrowed to its page's values takes the operation's names for them (values.ts).
    const site = { lenient: true, operation: op, message: op.callback.message };
    file.add(interfaceDeclaration(callback.type, callbackDoc(op, callback.decode), op.callback.message.fields, site));
  }
  return file;
}

function emitContainerTypes(containers: readonly SharedContainerModel[]) {
  if (containers.length === 0) return [];
  const file = containerFile(
    containers,
    "containerTypes",
    "Container types: the nested objects of the messages, shared by every operation that has them.",
  );
  for (const c of containers) {
    file.add(
      interfaceDeclaration(containerSymbols(c).type, containerDoc(c), c.fields, {
        lenient: c.inResponse,
        operation: null,
        message: null,
      }),
    );
  }
  return [file.toGeneratedFile()];
}

function messageDoc(message: MessageModel, op: OperationModel): string[] {
  return [
    `${pascalCase(message.kind)} of ${op.name}: ${docInline(op.summary)}`,
    "",
    `${op.method} ${op.primaryEndpoint}`,
    ...notes([...op.notes, ...messageNotes(message)]),
    ...op.source.notes.flatMap((n) => ["", `Source: ${docInline(n)}`]),
  ];
}

function callbackDoc(op: OperationModel, decoder: Declaration): string[] {
  const callback = op.callback;
  if (!callback) return [];
  const message = callback.message;
  return [
    docBlock(callback.summary),
    "",
    // Named, so that a reader of the type finds the one function that makes such a message of a post it can trust.
    `Sent back after ${op.name}, ${message.encoding === "data" ? `as the Data string of a sealed form (decode it with \`${decoder.name}\`, which verifies the seal first)` : "as JSON"}.`,
    ...notes(messageNotes(message)),
    ...callback.source.notes.flatMap((n) => ["", `Source: ${docInline(n)}`]),
  ];
}

const containerDoc = (c: ContainerModel): string[] => [
  c.description === null ? `The ${c.typeName} container.` : docBlock(c.description),
];
