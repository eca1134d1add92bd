// An operation's names: its descriptor and client, its messages' types,
// validators and seal functions, its callback's and its POST form's, and the
// names of what its fields take of their value lists (own-values-names.ts).

import { declarer, own, ownPropertyDeclaration, type Declaration, type NameOwner } from "./declaration.js";
import { operationModules } from "./generated-modules.js";
import { camelCase, constantCase, pascalCase } from "./names.js";
import { ownValuesNames, type OwnValuesEntity } from "./own-values-names.js";
import { addressesOf } from "./raw-endpoints.js";
import type { MessageKind, RawOperation } from "./raw-spec.js";

/** Names of a request or a response type (also the message's name in schemas and docs). */
export const messageTypeName = (operation: string, kind: MessageKind): string =>
  `${pascalCase(operation)}${pascalCase(kind)}`;

/** Which of an operation's messages have saved facts that stop before their page does. */
export type FactsStopMessage = MessageKind | "callback";

/**
 * The check of a message's saved facts alone, where they stop: its module
 * keeps it, and exports the validator that wraps it (unknown fields at the top
 * become warnings naming the gap). The same name in every operation.
 */
const savedFactsCheck = (module: string, message: FactsStopMessage): Declaration => ({
  ...own.value(module, `validateSaved${pascalCase(message)}`, `the ${message}'s check of its saved facts`),
  exported: false,
});

/** A request's or a response's type: one of its operation's names (operationDeclarations), declared alone. */
export const messageTypeDeclaration = (operation: string, kind: MessageKind, owner: NameOwner): Declaration =>
  declarer(owner).type(operationModules(operation).types, messageTypeName(operation, kind), `the ${kind} type`);

/**
 * An operation's interfaceVersion type, declared alone, as operationDeclarations declares it: client.ts names it for
 * every operation, and all of an operation's names (some 40 objects and strings) for each of 1,000 operations were
 * 17 MB of an edit's 141 MB of garbage, to read one.
 */
export const interfaceVersionDeclaration = (operation: string, owner: NameOwner): Declaration =>
  declarer(owner).type(
    operationModules(operation).types,
    `${pascalCase(operation)}InterfaceVersion`,
    "the interface version type",
  );

/** A callback's type, declared alone, as callbackDeclarations declares it. */
export const callbackTypeDeclaration = (operation: string, callback: string, owner: NameOwner): Declaration =>
  declarer(owner).type(operationModules(operation).types, pascalCase(callback), "the callback type");

function messageDeclarations(operation: string, kind: MessageKind, owner: NameOwner, factsStop: boolean) {
  const base = messageTypeName(operation, kind);
  const { validators, seal } = operationModules(operation);
  const d = declarer(owner);
  return {
    type: messageTypeDeclaration(operation, kind, owner),
    validate: d.value(validators, `validate${base}`, `the ${kind} validator`),
    guard: d.value(validators, `is${base}`, `the ${kind} type guard`),
    /** Where the message's facts stop: the check that `validate` wraps. */
    savedFacts: factsStop ? savedFactsCheck(validators, kind) : null,
    sealFields: d.value(seal, `${constantCase(base)}_SEAL_FIELDS`, `the ${kind} seal order`),
    sealingString: d.value(seal, `${camelCase(base)}SealingString`, `the ${kind} sealing string function`),
    seal: d.value(seal, `seal${base}`, `the ${kind} seal function`),
    verify: d.value(seal, `verify${base}`, `the ${kind} verify function`),
    /** The fields a sealing string's fast path leaves out: the same name in every operation, kept by its module. */
    sealExclude: {
      ...own.value(seal, `${constantCase(kind)}_SEAL_EXCLUDE`, `the ${kind}'s fields left out of the seal`),
      exported: false,
    },
  };
}

export type OperationDeclarations = ReturnType<typeof operationDeclarations>;
export type MessageDeclarations = OperationDeclarations["request"];

/**
 * What an operation's names depend on: its name, and the fields that take
 * their value list their own way. A name that depends on more adds it here,
 * and validation (from the spec files) and the model each fill it in.
 */
export interface OperationEntity {
  readonly name: string;
  /** Absent: none (no field narrows or rewords its list). */
  readonly ownValues?: readonly OwnValuesEntity[];
  /** The name of the message Sips sends back (callback.name), if the operation has one. */
  readonly callback?: string;
  /** The operation's family, where it has a `post` address (the POST interface's helpers are named after it). */
  readonly postForm?: { readonly family: string | null };
  /** Absent: none (no message's saved facts stop before its page does). */
  readonly factsStop?: readonly FactsStopMessage[];
}

/** What an operation's names depend on, read from its spec file (the model gives the same: model/own-values.ts). */
export const operationEntityOf = (raw: RawOperation, ownValues: readonly OwnValuesEntity[]): OperationEntity => ({
  name: raw.operation,
  ownValues,
  ...(raw.callback ? { callback: raw.callback.name } : {}),
  ...(Object.values(raw.endpoints).some((e) => addressesOf(e).post !== undefined)
    ? { postForm: { family: raw.family ?? null } }
    : {}),
  ...factsStopEntity({ request: raw.request, response: raw.response, callback: raw.callback }),
});

/** The messages whose facts stop, as an entity holds them (nothing when none does). */
export const factsStopEntity = (
  messages: Readonly<Record<FactsStopMessage, { readonly factsStop?: unknown } | null | undefined>>,
): { factsStop?: readonly FactsStopMessage[] } => {
  const stopped = (["request", "response", "callback"] as const).filter((m) => messages[m]?.factsStop);
  return stopped.length === 0 ? {} : { factsStop: stopped };
};

/** The POST interface's form builder: after the family (Paypage gives paypagePostForm), else after the operation. */
export const postFormName = (operation: string, family: string | null): string => {
  const stem = family === null ? "" : camelCase(family.replace(/[^A-Za-z0-9]+/g, ""));
  return `${/^[a-z]/.test(stem) ? stem : operation}PostForm`;
};

/** The role of the POST form builder, by which a name collision tells it from the operation's own names. */
export const POST_FORM_ROLE = "the POST form builder";

/** The decoder of a callback as the package exports it: the declarations and the changes' wording share it. */
export const callbackDecoderName = (callback: string): string => `decode${pascalCase(callback)}`;

/**
 * A callback's names: its type, validator and decoder. No guard: what Sips posts is anyone's until the decoder
 * verifies its seal, and a guard narrowing fields read from a form would trust them.
 */
function callbackDeclarations(operation: string, callback: string, owner: NameOwner, factsStop: boolean) {
  const base = pascalCase(callback);
  const { callback: module } = operationModules(operation);
  const d = declarer(owner);
  return {
    type: callbackTypeDeclaration(operation, callback, owner),
    validate: d.value(module, `validate${base}`, "the callback validator"),
    /** Where the callback's facts stop: the check that `validate` wraps. */
    savedFacts: factsStop ? savedFactsCheck(module, "callback") : null,
    decode: d.value(module, callbackDecoderName(callback), "the callback decoder"),
    fields: d.value(module, `${constantCase(base)}_FIELDS`, "the callback's field list"),
    ownProperty: ownPropertyDeclaration(module),
  };
}

/** An operation's names, in its own modules. */
export function operationDeclarations({
  name: operation,
  ownValues = [],
  callback,
  postForm,
  factsStop = [],
}: OperationEntity) {
  const owner = { kind: "operation", name: operation } as const;
  const typeName = pascalCase(operation);
  const modules = operationModules(operation);
  const d = declarer(owner);
  const names = {
    /** The operation's descriptor, and its key in the `operations` registry. */
    descriptor: d.value(modules.descriptor, operation, "the operation's descriptor"),
    interfaceVersion: interfaceVersionDeclaration(operation, owner),
    /** The environments with a JSON address: named once, so that adding one leaves its users' lines alone. */
    environment: d.type(modules.types, `${typeName}Environment`, "the environment names type"),
    /** The request as a client takes it, and the function that sends it. */
    clientFields: d.type(modules.client, `${typeName}Fields`, "the client's request fields type"),
    call: d.value(modules.client, `call${typeName}`, "the client function"),
    request: messageDeclarations(operation, "request", owner, factsStop.includes("request")),
    response: messageDeclarations(operation, "response", owner, factsStop.includes("response")),
    ownProperty: ownPropertyDeclaration(modules.validators),
  };
  const callbackNames =
    callback === undefined ? null : callbackDeclarations(operation, callback, owner, factsStop.includes("callback"));
  const postFormBuilder = postForm
    ? d.value(modules.postForm, postFormName(operation, postForm.family), POST_FORM_ROLE)
    : null;
  const postRequest = postForm
    ? d.value(modules.postRequest, `${operation}PostRequest`, "what the POST form reads of the operation")
    : null;
  const clientCall =
    callback === undefined
      ? null
      : d.value(modules.clientCall, `${operation}ClientCall`, "what the client reads of the operation");
  const own = ownValuesNames(operation, ownValues, modules.values);
  const { request, response, ...operationOwn } = names;
  const ownDeclarations = new Set(own.flatMap((n) => [n.type, n.object, n.values, n.guard].filter((x) => x !== null)));
  const present = (names: object): Declaration[] => Object.values(names).filter((d): d is Declaration => d !== null);
  const all: Declaration[] = [
    ...Object.values(operationOwn),
    ...present(request),
    ...present(response),
    ...ownDeclarations,
    ...(callbackNames ? present(callbackNames) : []),
    ...(postFormBuilder ? [postFormBuilder] : []),
    ...(postRequest ? [postRequest] : []),
    ...(clientCall ? [clientCall] : []),
  ];
  return {
    ...names,
    ownValues: own,
    callback: callbackNames,
    postForm: postFormBuilder,
    postRequest,
    clientCall,
    modules,
    all,
  };
}
