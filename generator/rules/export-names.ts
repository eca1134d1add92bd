// Every name the generated package declares, each written once, here: the
// module that declares it, whether it is a type or a value, whether the module
// exports it, what owns it and what it is.
//
// The declarations are a pure function of the names of the spec's entities
// (operations, value lists, container types), which validation knows before
// any model exists: check-names.ts proves the whole set usable (no reserved
// word, no clash with the runtime or the generator's own names, no two owners
// sharing one) and reports each problem at its place in the spec, with nothing
// emitted. The emitters print these same declarations (emit/ts/model-symbols.ts),
// and a generated file that declares a name its module does not have, or leaves
// one out, fails to render. A new exported name is one line in one function
// below; the checks, the imports and the root index follow from it. The
// runtime's names are read from runtime/ (runtime-api.ts).

import { RUNTIME_API } from "../runtime-api.js";
import { compareText } from "./code-point-order.js";
import { addressesOf } from "./raw-endpoints.js";
import type { MessageKind, RawOperation } from "./raw-spec.js";
import { camelCase, constantCase, pascalCase } from "./names.js";

/** What owns a name: an entity of the spec, or the package itself (the generator's fixed names and the runtime's). */
export type NameOwner =
  | { readonly kind: "operation"; readonly name: string }
  | { readonly kind: "valueList"; readonly name: string }
  | { readonly kind: "container"; readonly name: string }
  | { readonly kind: "package" };

export interface Declaration {
  readonly name: string;
  /** The generated module that declares it: its path in the output ("operations/x/seal.ts"). */
  readonly module: string;
  /** A type is imported with `import type`; a value (which may also name a type) with `import`. */
  readonly kind: "type" | "value";
  /** Exported by its module; false for a name the module keeps to itself. */
  readonly exported: boolean;
  readonly owner: NameOwner;
  /** What the name is, for messages: "the request type". */
  readonly role: string;
}

/** The generated modules that span operations. */
export const MODULES = {
  index: "index.ts",
  valueLists: "value-lists.ts",
  containerTypes: "containers/types.ts",
  containerChecks: "containers/validators.ts",
  containerSeal: "containers/seal.ts",
  containerDescriptors: "containers/descriptors.ts",
  client: "client.ts",
  mock: "mock.ts",
  /** The seal facts of the platform file, beside the runtime that imports them. */
  platform: "runtime/platform.ts",
  /** The POST interface (Paypage): the runtime's helpers and every operation's callback decoder and form builder. */
  paypage: "paypage.ts",
} as const;

/** The modules of an operation's folder, in the order its index re-exports them (the index last). */
export const operationModules = (operation: string) => {
  const dir = `operations/${operation}`;
  return {
    types: `${dir}/types.ts`,
    values: `${dir}/values.ts`,
    validators: `${dir}/validators.ts`,
    seal: `${dir}/seal.ts`,
    descriptor: `${dir}/descriptor.ts`,
    client: `${dir}/client.ts`,
    /** The message Sips sends back (its validator and decoder), where the operation has one. */
    callback: `${dir}/callback.ts`,
    /** The POST interface's form, where the operation has a `post` address. */
    postForm: `${dir}/post-form.ts`,
    index: `${dir}/index.ts`,
  } as const;
};

/** Declarations of one owner, exported by their module. */
const declarer = (owner: NameOwner) => {
  const of =
    (kind: Declaration["kind"]) =>
    (module: string, name: string, role: string): Declaration => ({ name, module, kind, exported: true, owner, role });
  return { value: of("value"), type: of("type") };
};

const PACKAGE_OWNER = { kind: "package" } as const;
const own = declarer(PACKAGE_OWNER);

/**
 * Object.prototype.hasOwnProperty, taken when the module loads, in each module
 * that holds validators: their checks of unknown keys call it. A constant of
 * the module itself, not an import, so that the engine knows the function it
 * calls and answers it for a for-in loop's own keys without a call.
 */
export const ownPropertyDeclaration = (module: string): Declaration => ({
  ...own.value(module, "ownProperty", "hasOwnProperty, for the checks of unknown keys"),
  exported: false,
});

/** Names of a request or a response type (also the message's name in schemas and docs). */
export const messageTypeName = (operation: string, kind: MessageKind): string =>
  `${pascalCase(operation)}${pascalCase(kind)}`;

/** The name of a value list's type (also its name in schemas and docs). */
export const valueListTypeName = (list: string): string => pascalCase(list);

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

function messageDeclarations(operation: string, kind: MessageKind, owner: NameOwner, factsStop: boolean) {
  const base = messageTypeName(operation, kind);
  const { types, validators, seal } = operationModules(operation);
  const d = declarer(owner);
  return {
    type: d.type(types, base, `the ${kind} type`),
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

/** A callback's names: its type, validator, guard and decoder. */
function callbackDeclarations(operation: string, callback: string, owner: NameOwner, factsStop: boolean) {
  const base = pascalCase(callback);
  const { types, callback: module } = operationModules(operation);
  const d = declarer(owner);
  return {
    type: d.type(types, base, "the callback type"),
    validate: d.value(module, `validate${base}`, "the callback validator"),
    guard: d.value(module, `is${base}`, "the callback type guard"),
    /** Where the callback's facts stop: the check that `validate` wraps. */
    savedFacts: factsStop ? savedFactsCheck(module, "callback") : null,
    decode: d.value(module, `decode${base}`, "the callback decoder"),
    fields: d.value(module, `${constantCase(base)}_FIELDS`, "the callback's field list"),
    ownProperty: ownPropertyDeclaration(module),
  };
}

/** A field at the top of a message that takes some values of its list only, or gives some its own meaning. */
export interface OwnValuesEntity {
  readonly message: MessageKind;
  readonly field: string;
  readonly list: string;
  /** An exact list: what is narrowed gets a type and a guard (a prefix list documents, it does not check). */
  readonly exact: boolean;
  readonly narrowed: boolean;
  /** Equal for two fields that take the same values with the same meanings: they share names. */
  readonly signature: string;
}

/** The signature of what a field takes: its values (code-point order) and its own meanings, by value. */
export const ownValuesSignature = (
  taken: readonly string[],
  meanings: readonly (readonly [value: string, meanings: readonly string[]])[],
): string => JSON.stringify([[...taken].sort(compareText), [...meanings].sort(([a], [b]) => compareText(a, b))]);

/** The names of what a field takes of its list: a type and a guard when narrowed, the values with their meanings. */
export interface OwnValuesNames {
  readonly message: MessageKind;
  readonly field: string;
  readonly type: Declaration | null;
  readonly values: Declaration;
  readonly guard: Declaration | null;
}

/**
 * `<Operation><List>` (PaymentProviderInitializeRedirectionStatusCode), unless
 * two fields of the operation take one list differently: each is then named
 * after its message and field (`<Operation><Message><Field>`).
 */
function ownValuesNames(operation: string, entities: readonly OwnValuesEntity[], module: string): OwnValuesNames[] {
  const d = declarer({ kind: "operation", name: operation });
  const byName = new Map<string, OwnValuesNames>();
  return entities.map((e) => {
    const alone = entities.every((o) => o.list !== e.list || o.signature === e.signature);
    const base = `${pascalCase(operation)}${alone ? pascalCase(e.list) : `${pascalCase(e.message)}${pascalCase(e.field)}`}`;
    const known = byName.get(base);
    if (known) return { ...known, message: e.message, field: e.field };
    const typed = e.exact && e.narrowed;
    const names = {
      message: e.message,
      field: e.field,
      type: typed ? d.type(module, base, `the narrowed type of list ${e.list}`) : null,
      values: d.value(module, `${constantCase(base)}_VALUES`, `the values it takes of list ${e.list}`),
      guard: typed ? d.value(module, `is${base}`, `the guard of the narrowed type of list ${e.list}`) : null,
    };
    byName.set(base, names);
    return names;
  });
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
    interfaceVersion: d.type(modules.types, `${typeName}InterfaceVersion`, "the interface version type"),
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
    ? d.value(modules.postForm, postFormName(operation, postForm.family), "the POST form builder")
    : null;
  const own = ownValuesNames(operation, ownValues, modules.values);
  const { request, response, ...operationOwn } = names;
  const ownDeclarations = new Set(own.flatMap((n) => [n.type, n.values, n.guard].filter((x) => x !== null)));
  const present = (names: object): Declaration[] => Object.values(names).filter((d): d is Declaration => d !== null);
  const all: Declaration[] = [
    ...Object.values(operationOwn),
    ...present(request),
    ...present(response),
    ...ownDeclarations,
    ...(callbackNames ? present(callbackNames) : []),
    ...(postFormBuilder ? [postFormBuilder] : []),
  ];
  return { ...names, ownValues: own, callback: callbackNames, postForm: postFormBuilder, modules, all };
}

/** A value list's names: the union type and the const object share one. */
export function valueListDeclarations(list: string) {
  const d = declarer({ kind: "valueList", name: list });
  const typeName = valueListTypeName(list);
  const names = {
    type: d.type(MODULES.valueLists, typeName, "the type and const object"),
    object: d.value(MODULES.valueLists, typeName, "the type and const object"),
    values: d.value(MODULES.valueLists, `${constantCase(list)}_VALUES`, "the values"),
    guard: d.value(MODULES.valueLists, `is${typeName}`, "the type guard"),
  };
  return { ...names, all: Object.values(names) };
}

/** A container type's names. */
export function containerDeclarations(typeName: string) {
  const d = declarer({ kind: "container", name: typeName });
  const names = {
    type: d.type(MODULES.containerTypes, typeName, "the type"),
    check: d.value(MODULES.containerChecks, `check${typeName}`, "the check"),
    seal: d.value(MODULES.containerSeal, `seal${typeName}`, "the seal function"),
    fields: d.value(MODULES.containerDescriptors, `${constantCase(typeName)}_FIELDS`, "the field list"),
  };
  return { ...names, all: Object.values(names) };
}

/** The generator's own names: the same for every spec. */
export const PACKAGE = {
  index: {
    operations: own.value(MODULES.index, "operations", "the operations registry"),
    operationName: own.type(MODULES.index, "OperationName", "the operation names type"),
  },
  client: {
    createClient: own.value(MODULES.client, "createClient", "the client factory"),
    client: own.type(MODULES.client, "SipsClient", "the client type"),
    operationName: own.type(MODULES.client, "ClientOperationName", "the client's operation names type"),
    environment: own.type(MODULES.client, "SipsEnvironment", "the environment names type"),
    environments: own.value(MODULES.client, "SIPS_ENVIRONMENTS", "the environment names"),
  },
  mock: {
    start: own.value(MODULES.mock, "startMockServer", "the mock server"),
    operations: own.value(MODULES.mock, "MOCK_OPERATIONS", "the mock server's operations"),
  },
  platform: {
    sealField: own.value(MODULES.platform, "SEAL_FIELD", "the seal field"),
    sealAlgorithmField: own.value(MODULES.platform, "SEAL_ALGORITHM_FIELD", "the seal algorithm field"),
    sealAlgorithms: own.value(MODULES.platform, "SEAL_ALGORITHMS", "the seal algorithms"),
    defaultSealAlgorithm: own.value(MODULES.platform, "DEFAULT_SEAL_ALGORITHM", "the default seal algorithm"),
    merchantIdField: own.value(MODULES.platform, "MERCHANT_ID_FIELD", "the merchant id field"),
    keyVersionField: own.value(MODULES.platform, "KEY_VERSION_FIELD", "the key version field"),
  },
} as const;

/** The runtime's names, as runtime/ exports them (a class is a value and a type: one declaration). */
const RUNTIME_DECLARATIONS: readonly Declaration[] = Object.values(RUNTIME_API).flatMap((api) => {
  const module = `runtime/${api.file}.ts`;
  const values: readonly string[] = api.values;
  return [
    ...values.map((name) => own.value(module, name, "a name of the runtime")),
    ...api.types
      .filter((name) => !values.includes(name))
      .map((name) => own.type(module, name, "a name of the runtime")),
  ];
});

/** The names every package has, whatever its spec: the generator's and the runtime's. */
export const FIXED_DECLARATIONS: readonly Declaration[] = [
  ...RUNTIME_DECLARATIONS,
  ...Object.values(PACKAGE).flatMap((names) => Object.values(names)),
];

/** The spec's entities whose names become declarations. */
export interface NamedEntities {
  readonly operations: readonly OperationEntity[];
  readonly valueLists: readonly string[];
  readonly containers: readonly string[];
}

/** Every declaration of the package: the spec's entities' (operations, value lists, containers, in the order given), then the fixed ones. */
export function packageDeclarations(entities: NamedEntities): Declaration[] {
  return [
    ...entities.operations.flatMap((op) => operationDeclarations(op).all),
    ...entities.valueLists.flatMap((name) => valueListDeclarations(name).all),
    ...entities.containers.flatMap((name) => containerDeclarations(name).all),
    ...(entities.containers.length > 0 ? [ownPropertyDeclaration(MODULES.containerChecks)] : []),
    ...FIXED_DECLARATIONS,
  ];
}

/** Name of a container field's interface: its typeName, else its name in PascalCase. */
export const containerTypeName = (fieldName: string, typeName: string | undefined): string =>
  typeName ?? pascalCase(fieldName);

/** Name of a list item's interface: its typeName, else the list's name without "List" (cardDataList -> CardData), else with "Item". */
export function itemTypeName(listName: string, typeName: string | undefined): string {
  if (typeName !== undefined) return typeName;
  return listName.endsWith("List") && listName.length > 4
    ? pascalCase(listName.slice(0, -4))
    : `${pascalCase(listName)}Item`;
}

/** How messages name an owner: `operation "x"`, `value list "y"`, `container type Z`. */
export function describeOwner(owner: NameOwner): string {
  switch (owner.kind) {
    case "operation":
      return `operation "${owner.name}"`;
    case "valueList":
      return `value list "${owner.name}"`;
    case "container":
      return `container type ${owner.name}`;
    case "package":
      return "the package";
  }
}
