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
// (below, or in operation-declarations.ts for an operation's); the checks, the
// imports and the root index follow from it. The runtime's names are read from
// runtime/ (runtime-api.ts).

import { RUNTIME_API } from "../runtime-api.js";
import { declarer, own, ownPropertyDeclaration, type Declaration } from "./declaration.js";
import { MODULES } from "./generated-modules.js";
import { constantCase, pascalCase } from "./names.js";
import { operationDeclarations, type OperationEntity } from "./operation-declarations.js";

/** The name of a value list's type (also its name in schemas and docs). */
export const valueListTypeName = (list: string): string => pascalCase(list);

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
    config: own.type(MODULES.client, "ClientConfig", "the client configuration type"),
    interfaceVersions: own.type(MODULES.client, "ClientInterfaceVersions", "the client's interface versions type"),
  },
  mock: {
    start: own.value(MODULES.mock, "startMockServer", "the mock server"),
    operations: own.value(MODULES.mock, "MOCK_OPERATIONS", "the mock server's operations"),
    handlers: own.type(MODULES.mock, "MockHandlers", "the mock server's handler types"),
    options: own.type(MODULES.mock, "MockServerOptions", "the mock server's options type"),
  },
  paypage: {
    redirectionFields: own.value(
      MODULES.paypage,
      "PAYPAGE_REDIRECTION_FIELDS",
      "the redirection form's default fields",
    ),
    redirectionForm: own.value(MODULES.paypage, "paypageRedirectionForm", "the redirection form"),
  },
  platform: {
    sealField: own.value(MODULES.platform, "SEAL_FIELD", "the seal field"),
    sealAlgorithmField: own.value(MODULES.platform, "SEAL_ALGORITHM_FIELD", "the seal algorithm field"),
    sealAlgorithms: own.value(MODULES.platform, "SEAL_ALGORITHMS", "the seal algorithms"),
    defaultSealAlgorithm: own.value(MODULES.platform, "DEFAULT_SEAL_ALGORITHM", "the default seal algorithm"),
    merchantIdField: own.value(MODULES.platform, "MERCHANT_ID_FIELD", "the merchant id field"),
    keyVersionField: own.value(MODULES.platform, "KEY_VERSION_FIELD", "the key version field"),
    publicTestSecretKey: own.value(MODULES.platform, "PUBLIC_TEST_SECRET_KEY", "the public test key"),
    productionHosts: own.value(MODULES.platform, "PRODUCTION_HOSTS", "the production hosts"),
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
