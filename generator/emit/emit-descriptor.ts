import { ADDRESS_KINDS } from "../rules/raw-spec.js";
import { containerOf } from "../model/field-shape.js";
import type { ContainerModel } from "../model/field-model.js";
import type { MessageModel, OperationModel, StatusModel } from "../model/operation-model.js";
import { fromInputs, operationSources, sourcesOf, type Emitter } from "./generated-file.js";
import { type Code, concat, declare, ts } from "./ts/code.js";
import { ident, jsdoc, key } from "./ts/escape.js";
import { assignment, objectLiteral, property, typeArguments } from "./ts/layouts.js";
import {
  containerSymbols,
  messageSymbols,
  operationModule,
  operationSymbols,
  ownValuesSymbols,
  sharedModuleOf,
} from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";
import { TsFile } from "./ts/ts-file.js";
import { factsStopLiteral } from "./facts-stop-literal.js";
import { fieldList, textOrNull } from "./field-descriptors.js";

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
    property(key("method"), op.method),
    fromCall("endpoints", endpointsDescriptor(op)),
    property(key("addresses"), shared ? ts`${concat(shared)}.addresses` : addressesDescriptor(op)),
    fromCall("interfaceVersion", interfaceVersionDescriptor(op)),
    fromCall("status", statusDescriptor(op.status)),
    fromCall("request", requestDescriptor(op)),
    fromCall("response", messageDescriptor(op, op.response)),
    property(key("callback"), callbackDescriptor(op)),
  ]);
  // Typed with its own environments, so that one it lacks is a compile error.
  const callback = operationSymbols(op).callback;
  const types = ts`${d.OperationDescriptor}${typeArguments([...messageTypes(op), environmentsOf(op), callback ? concat(callback.type) : ts`never`])}`;
  const file = new TsFile(operationModule(op, "descriptor"), operationSources(op));
  file.add(ts`
    ${jsdoc([op.summary])}
    ${assignment(ts`${declare("const", operationSymbols(op).descriptor)}: ${types}`, entry)};
  `);
  return file.toGeneratedFile();
}

/** The operation's request and response types, as its descriptor's type takes them. */
const messageTypes = (op: OperationModel): Code[] => [
  concat(messageSymbols(op, op.request).type),
  concat(messageSymbols(op, op.response).type),
];

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
  const type = ts`${runtime.client.ClientOperation}${typeArguments([...messageTypes(op), environmentsOf(op)])}`;
  const entry = objectLiteral([
    property(key("name"), op.name),
    property(key("endpoints"), endpointsDescriptor(op)),
    property(key("interfaceVersion"), interfaceVersionDescriptor(op)),
    property(key("status"), statusDescriptor(op.status)),
    property(key("request"), requestDescriptor(op)),
    property(key("response"), messageDescriptor(op, op.response)),
  ]);
  file.add(ts`
    ${jsdoc([`What ${op.name}'s client function reads of it, which its descriptor holds too.`])}
    ${assignment(ts`${declare("const", call)}: ${type}`, entry)};
  `);
  return [file.toGeneratedFile()];
}

/** The request's descriptor: post-request.ts's where the operation has a POST form. */
function requestDescriptor(op: OperationModel): Code {
  const shared = operationSymbols(op).postRequest;
  return shared ? ts`${concat(shared)}.request` : messageDescriptor(op, op.request);
}

// Addresses are laid out one per line even where they would fit on one (prettier keeps an object so broken):
// an environment or an address added or removed is then a line of the diff, and moves no other.
const endpointsDescriptor = (op: OperationModel): Code =>
  objectLiteral(
    Object.entries(op.endpoints).map(([env, url]) => property(key(env), url)),
    true,
  );

const interfaceVersionDescriptor = (op: OperationModel): Code =>
  objectLiteral([
    property(key("prefix"), op.interfaceVersion.prefix),
    textOrNull("recommended", op.interfaceVersion.recommended),
    property(
      key("recommendedByPrefix"),
      objectLiteral(op.interfaceVersion.recommendedByPrefix.map((r) => property(key(r.prefix), r.version))),
    ),
  ]);

/** Every address of every environment, by kind: the POST form and SOAP addresses beside the JSON one. */
function addressesDescriptor(op: OperationModel): Code {
  return objectLiteral(
    op.environments.map((env) =>
      property(
        key(env.name),
        objectLiteral(
          ADDRESS_KINDS.flatMap((kind) => {
            const url = env[kind];
            return url === null ? [] : [property(key(kind), url)];
          }),
          true,
        ),
      ),
    ),
    true,
  );
}

function statusDescriptor(status: StatusModel | null): Code {
  if (!status) return ts`null`;
  return objectLiteral([
    property(key("field"), status.field),
    textOrNull("messageField", status.messageField),
    textOrNull("accepted", status.accepted),
    textOrNull("formatError", status.formatError),
    textOrNull("signatureError", status.signatureError),
  ]);
}

/** The message Sips sends back: no JSON seal for a Data message (its decoder verifies the form's). */
function callbackDescriptor(op: OperationModel): Code {
  const callback = op.callback;
  const names = operationSymbols(op).callback;
  if (!callback || !names) return ts`null`;
  const { message } = callback;
  const stop = factsStopLiteral(op, message);
  // Where its facts stop, the exported validator and guard are the ones that warn (validators/message-validators.ts).
  const checks = [property(key("validate"), concat(names.validate)), property(key("is"), concat(names.guard))];
  return objectLiteral([
    property(key("name"), message.typeName),
    property(key("summary"), callback.summary),
    property(key("encoding"), message.encoding),
    property(key("seal"), message.encoding),
    property(key("fields"), concat(names.fields)),
    property(key("factsStop"), stop),
    ...checks,
  ]);
}

function messageDescriptor(op: OperationModel, message: MessageModel): Code {
  const sym = messageSymbols(op, message);
  const stop = factsStopLiteral(op, message);
  const checks = [property(key("validate"), concat(sym.validate)), property(key("is"), concat(sym.guard))];
  return objectLiteral([
    property(key("name"), message.typeName),
    property(key("encoding"), ts`"json"`),
    property(key("interfacePrefix"), message.interfacePrefix),
    property(key("factsStop"), stop),
    property(
      key("fields"),
      fieldList(message.fields, (field) => ownValuesSymbols(op, message, field)?.values ?? null),
    ),
    property(key("sealFields"), concat(sym.sealFields)),
    ...checks,
    property(key("sealingString"), concat(sym.sealingString)),
    property(key("seal"), concat(sym.seal)),
    property(key("verify"), concat(sym.verify)),
  ]);
}

function emitContainerDescriptors(containers: readonly ContainerModel[]) {
  if (containers.length === 0) return [];
  const file = new TsFile(
    sharedModuleOf({ containers }, "containerDescriptors"),
    sourcesOf(containers),
    "The fields of each container type, as the `operations` registry describes them; a container comes after the containers it holds.",
  );
  for (const c of dependenciesFirst(containers)) {
    file.add(ts`
      /** The fields of {@link ${ident(c.typeName)}}. */
      ${declare("const", containerSymbols(c).fields)}: readonly ${d.FieldDescriptor}[] = ${fieldList(c.fields)};
    `);
  }
  return [file.toGeneratedFile()];
}

/** Containers ordered so that each comes after those it holds (a const cannot be read before it is declared). */
function dependenciesFirst(containers: readonly ContainerModel[]): ContainerModel[] {
  const ordered: ContainerModel[] = [];
  const visit = (c: ContainerModel): void => {
    if (ordered.includes(c)) return;
    for (const field of c.fields) {
      const held = containerOf(field);
      if (held) visit(held);
    }
    ordered.push(c);
  };
  for (const c of containers) visit(c);
  return ordered;
}
