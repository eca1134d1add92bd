// operations/<name>/descriptor.ts, the operation's entry in the registry, with
// post-request.ts and client-call.ts where a POST form or a client function
// reads part of it alone, and containers/descriptors.ts (the parts of a
// descriptor: descriptor-parts.ts).

import { containerFile } from "./container-file.js";
import { docBlock } from "./markdown-escape.js";
import { containerOf } from "../model/field-shape.js";
import type { ContainerModel, SharedContainerModel } from "../model/field-model.js";
import type { OperationModel } from "../model/operation-model.js";
import { fromInputs, operationSources, type Emitter } from "./generated-file.js";
import { type Code, concat, declare, documented, ts } from "./ts/code.js";
import { ident, key, lit } from "./ts/escape.js";
import { docLink, jsdoc } from "./ts/comment-escape.js";
import { assignment, objectLiteral, property } from "./ts/layouts.js";
import { typeArguments } from "./ts/type-layouts.js";
import { containerSymbols, messageSymbols, operationModule, operationSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { fieldList, textOrNull } from "./field-descriptors.js";
import {
  addressesDescriptor,
  callbackDescriptor,
  endpointsDescriptor,
  interfaceVersionDescriptor,
  messageDescriptor,
  requestDescriptor,
  statusDescriptor,
  statusType,
} from "./descriptor-parts.js";

const d = runtime.descriptor;

/** operations/<name>/descriptor.ts (the operation's registry entry) and containers/descriptors.ts. */
export const descriptorEmitter: Emitter = {
  name: "descriptor",
  operation: ({ operation }) => [
    emitDescriptor(operation),
    ...emitPostRequest(operation),
    ...emitClientCall(operation),
  ],
  ...fromInputs({ inputs: (model) => model.containers, files: emitContainerDescriptors }),
};

function emitDescriptor(op: OperationModel) {
  // With a POST form, the request and addresses are post-request.ts's, which the form reads without the rest.
  const shared = operationSymbols(op).postRequest;
  // With a callback, what the client reads is client-call.ts's, which the client function reads without the callback.
  const call = operationSymbols(op).clientCall;
  const fromCall = (name: string, own: Code) => property(key(name), call ? ts`${concat(call)}.${ident(name)}` : own);
  const entry = objectLiteral([
    property(key("name"), op.name),
    property(key("summary"), op.summary),
    textOrNull("family", op.family),
    property(key("effect"), op.effect),
    property(key("method"), op.method),
    fromCall("endpoints", endpointsDescriptor(op)),
    property(key("addresses"), shared ? ts`${concat(shared)}.addresses` : addressesDescriptor(op)),
    fromCall("interfaceVersion", interfaceVersionDescriptor(op)),
    fromCall("status", statusDescriptor(op)),
    fromCall("request", requestDescriptor(op)),
    fromCall("response", messageDescriptor(op, op.response)),
    property(key("callback"), callbackDescriptor(op)),
  ]);
  // Typed with its own environments, so that one it lacks is a compile error.
  const callback = operationSymbols(op).callback;
  const types = ts`${d.OperationDescriptor}${typeArguments([...messageTypes(op), environmentsOf(op), callback ? concat(callback.type) : ts`never`, recommendedOf(op), statusTypeOf(op)])}`;
  const file = new TsFile(operationModule(op, "descriptor"), operationSources(op));
  file.add(
    documented(
      jsdoc([docBlock(op.summary)]),
      ts`${assignment(ts`${declare("const", operationSymbols(op).descriptor)}: ${types}`, entry)};`,
    ),
  );
  return file.toGeneratedFile();
}

/** The operation's request and response types, as its descriptor's type takes them. */
const messageTypes = (op: OperationModel): Code[] => [
  concat(messageSymbols(op, op.request).type),
  concat(messageSymbols(op, op.response).type),
];

/**
 * The type of the operation's status: null where the spec gives none, so that an operation's is read without a
 * check, else its field names and codes as literals, so that a reply's status field is read by its own name.
 */
const statusTypeOf = (op: OperationModel): Code => (op.status === null ? ts`null` : statusType(op, op.status));

/** The recommended interfaceVersion's type: the literal, or null when none is documented. */
const recommendedOf = (op: OperationModel): Code => {
  const recommended = op.interfaceVersion.recommended;
  return recommended === null ? ts`null` : ts`${lit(recommended)}`;
};

/** The environments with a JSON address: types.ts's union of their names. */
const environmentsOf = (op: OperationModel): Code => concat(operationSymbols(op).environment);

/** post-request.ts, where the operation has a POST form: its name, addresses and request, as the form reads them. */
function emitPostRequest(op: OperationModel) {
  const shared = operationSymbols(op).postRequest;
  if (!shared) return [];
  const file = new TsFile(operationModule(op, "postRequest"), operationSources(op));
  const descriptor = ts`${d.OperationDescriptor}${typeArguments([...messageTypes(op), environmentsOf(op)])}`;
  const type = ts`Pick${typeArguments([descriptor, ts`"name" | "addresses" | "request"`])}`;
  const entry = objectLiteral([
    property(key("name"), op.name),
    property(key("addresses"), addressesDescriptor(op)),
    property(key("request"), messageDescriptor(op, op.request)),
  ]);
  file.add(ts`
    ${jsdoc([`What ${op.name}'s POST form reads of it, which its descriptor holds too.`])}
    ${assignment(ts`${declare("const", shared)}: ${type}`, entry)};
  `);
  return [file.toGeneratedFile()];
}

/** client-call.ts, where the operation has a callback: what the client reads of it, as callOperation takes it. */
function emitClientCall(op: OperationModel) {
  const call = operationSymbols(op).clientCall;
  if (!call) return [];
  const file = new TsFile(operationModule(op, "clientCall"), operationSources(op));
  // The runtime's type names what a call reads, so that the two cannot list different keys.
  const type = ts`${runtime.client.ClientOperation}${typeArguments([...messageTypes(op), environmentsOf(op), recommendedOf(op), statusTypeOf(op)])}`;
  const entry = objectLiteral([
    property(key("name"), op.name),
    property(key("endpoints"), endpointsDescriptor(op)),
    property(key("interfaceVersion"), interfaceVersionDescriptor(op)),
    property(key("status"), statusDescriptor(op)),
    property(key("request"), requestDescriptor(op)),
    property(key("response"), messageDescriptor(op, op.response)),
  ]);
  file.add(ts`
    ${jsdoc([`What ${op.name}'s client function reads of it, which its descriptor holds too.`])}
    ${assignment(ts`${declare("const", call)}: ${type}`, entry)};
  `);
  return [file.toGeneratedFile()];
}

function emitContainerDescriptors(containers: readonly SharedContainerModel[]) {
  if (containers.length === 0) return [];
  const file = containerFile(
    containers,
    "containerDescriptors",
    "The fields of each container type, as the `operations` registry describes them; a container comes after the containers it holds.",
  );
  for (const c of dependenciesFirst(containers)) {
    file.add(ts`
      ${jsdoc([["The fields of ", docLink(c.typeName), "."]], [containerSymbols(c).type])}
      ${declare("const", containerSymbols(c).fields)}: readonly ${d.FieldDescriptor}[] = ${fieldList(c.fields)};
    `);
  }
  return [file.toGeneratedFile()];
}

/** Containers ordered so that each comes after those it holds (a const cannot be read before it is declared). */
function dependenciesFirst<C extends ContainerModel>(containers: readonly C[]): C[] {
  // By type name: a field holds the type as it was defined, the list has it with its users (container-users.ts).
  const byName = new Map(containers.map((c) => [c.typeName, c]));
  const ordered = new Set<C>();
  const visit = (c: C): void => {
    if (ordered.has(c)) return;
    for (const field of c.fields) {
      const held = containerOf(field);
      const shared = held && byName.get(held.typeName);
      if (shared) visit(shared);
    }
    ordered.add(c);
  };
  for (const c of containers) visit(c);
  return [...ordered];
}
