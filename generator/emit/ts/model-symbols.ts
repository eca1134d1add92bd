// The package's declarations (rules/export-names.ts, where each name is
// declared once) looked up for the model's entities, and the modules the
// emitters write, each with the names it must declare. Emitters print these
// symbols: declaring one in its own module's file (`declare`), importing it
// anywhere else.

import type { ContainerModel, FieldModel } from "../../model/field-model.js";
import type { SpecModel } from "../../model/ir.js";
import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import { roleOf } from "../../model/message-roles.js";
import { callbackNameOf } from "../../model/operation-head.js";
import type { ValueListModel } from "../../model/value-list-model.js";
import { operationEntity } from "../../model/own-values.js";
import { containerDeclarations, packageDeclarations, valueListDeclarations } from "../../rules/export-names.js";
import { MODULES } from "../../rules/generated-modules.js";
import type { Declaration } from "../../rules/declaration.js";
import {
  callbackTypeDeclaration,
  interfaceVersionDeclaration,
  type MessageDeclarations,
  messageTypeDeclaration,
  operationDeclarations,
  type OperationDeclarations,
} from "../../rules/operation-declarations.js";
import type { OwnValuesNames } from "../../rules/own-values-names.js";
import { tsModule, type TsModule } from "./ts-module.js";

export { PACKAGE as packageSymbols } from "../../rules/export-names.js";

/** A pure function of a model's entity, worked out once per entity. */
function once<K extends object, T>(f: (entity: K) => T): (entity: K) => T {
  const known = new WeakMap<K, T>();
  return (entity) => {
    let value = known.get(entity);
    if (value === undefined) known.set(entity, (value = f(entity)));
    return value;
  };
}

const ofOperation = once((op: OperationModel) => operationDeclarations(operationEntity(op)));
const ofValueList = once((list: ValueListModel) => valueListDeclarations(list.name));
const ofContainer = once((c: ContainerModel) => containerDeclarations(c.typeName));

export const operationSymbols = (op: OperationModel): OperationDeclarations => ofOperation(op);

/**
 * The type of an operation's interfaceVersion, which its name alone decides: client.ts names it for every operation,
 * so that no unchanged operation's model is built for it.
 */
export const interfaceVersionType = once((op: OperationModel): Declaration =>
  interfaceVersionDeclaration(op.name, { kind: "operation", name: op.name }),
);

/**
 * The types of an operation's request and callback (null: it has none), which its name and callback's name alone
 * decide, from its model's head: where a file that spans operations names only those (the mock's Paypage options,
 * for every operation with a POST form address, some 200 among 1,000), no unchanged operation's messages are built
 * for it, nor its other names (about 40: operationSymbols).
 */
export const headTypes = once((op: OperationModel): { request: Declaration; callback: Declaration | null } => {
  const owner = { kind: "operation", name: op.name } as const;
  const callback = callbackNameOf(op);
  return {
    request: messageTypeDeclaration(op.name, "request", owner),
    callback: callback === null ? null : callbackTypeDeclaration(op.name, callback, owner),
  };
});
export const messageSymbols = (op: OperationModel, message: MessageModel): MessageDeclarations =>
  ofOperation(op)[message.kind];
export const valueListSymbols = ofValueList;

/**
 * An operation's own values' names by message role and field name, the first of each kept: every field of every
 * message asks, from several emitters, where a search of the list per field made the cost fields × names.
 */
const ownValuesIndex = once((op: OperationModel): ReadonlyMap<string, ReadonlyMap<string, OwnValuesNames>> => {
  const index = new Map<string, Map<string, OwnValuesNames>>();
  for (const names of ofOperation(op).ownValues) {
    let byField = index.get(names.message);
    if (byField === undefined) index.set(names.message, (byField = new Map()));
    if (!byField.has(names.field)) byField.set(names.field, names);
  }
  return index;
});

/** The names of what an operation's field takes of its list; null when it takes the list as it is (the list's names serve). */
export function ownValuesSymbols(op: OperationModel, message: MessageModel, field: FieldModel): OwnValuesNames | null {
  return ownValuesIndex(op).get(roleOf(op, message))?.get(field.name) ?? null;
}
export const containerSymbols = ofContainer;

/** A module of the operation's folder, with the names it declares. */
export function operationModule(op: OperationModel, file: keyof OperationDeclarations["modules"]): TsModule {
  const names = ofOperation(op);
  return tsModule(names.modules[file], names.all);
}

/** The modules of the operation's folder that export names, in the order its index re-exports them. */
export function operationModulesExporting(op: OperationModel): string[] {
  const names = ofOperation(op);
  // post-request.ts and client-call.ts are the package's own: each shared by the descriptor and one binding, not re-exported.
  const own = new Set<string>([names.modules.postRequest, names.modules.clientCall]);
  return Object.values(names.modules).filter((m) => !own.has(m) && names.all.some((d) => d.module === m && d.exported));
}

/**
 * A module that spans operations, with the names the model's entities and the
 * generator give it. An operation's names are all in its own folder
 * (operationModules), never in a module of MODULES: they are left out, which
 * spares working out every operation's names for each shared file.
 */
export const sharedModule = (model: SpecModel, file: keyof typeof MODULES): TsModule => sharedModuleOf(model, file);

/**
 * A module that spans operations, for a file made from a part of the model
 * alone (generated-file.ts, fromInputs): the names that the given entities
 * and the generator give it. A file declares its own module's names only, so
 * entities that give the module none may be left out.
 */
export function sharedModuleOf(
  entities: { readonly valueLists?: readonly ValueListModel[]; readonly containers?: readonly ContainerModel[] },
  file: keyof typeof MODULES,
): TsModule {
  const declarations = packageDeclarations({
    operations: [],
    valueLists: (entities.valueLists ?? []).map((list) => list.name),
    containers: (entities.containers ?? []).map((c) => c.typeName),
  });
  return tsModule(MODULES[file], declarations);
}
