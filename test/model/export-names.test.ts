// One module declares every name of the generated package (export-names.ts),
// and the reserved names follow from it (reserved-names.ts): the generated
// files export exactly what it declares for their module, as the TypeScript
// parser reads them. On the golden fixture's output: every feature of the
// format, and so every kind of module, in half the repository's files.

import type { ts as Ts } from "ts-morph";
import { beforeAll, expect, test } from "vitest";
import type { GeneratedFile, SpecModel } from "../../generator/index.js";
import {
  containerDeclarations,
  FIXED_DECLARATIONS,
  packageDeclarations,
  valueListDeclarations,
} from "../../generator/rules/export-names.js";
import { headTypes, interfaceVersionType } from "../../generator/emit/ts/model-symbols.js";
import { MODULES } from "../../generator/rules/generated-modules.js";
import { messageTypeName, operationDeclarations } from "../../generator/rules/operation-declarations.js";
import { operationEntity } from "../../generator/model/own-values.js";
import { fileNameProblem, identifierProblem, propertyProblem } from "../../generator/rules/reserved-names.js";
import { RUNTIME_MODULES } from "../../generator/runtime-sources.js";
import { generateGoldenSpec } from "../support/generate.js";
import { ts } from "../support/ts-api.js";

let files: readonly GeneratedFile[];
let model: SpecModel;
beforeAll(async () => {
  ({ files, model } = await generateGoldenSpec());
});

/** `const x = x_;` (`x__` where the module has `x_`): an imported value bound to a constant of the module (constant-imports.ts), which keeps the import's name. */
const boundImport = (d: Ts.VariableDeclaration): boolean =>
  ts.isIdentifier(d.name) &&
  d.initializer !== undefined &&
  ts.isIdentifier(d.initializer) &&
  d.initializer.text.startsWith(d.name.text) &&
  /^_+$/.test(d.initializer.text.slice(d.name.text.length));

/** The names a TypeScript file declares at its top level, as "export value x" or "type Y" (re-exports and imports bound to constants are not declarations). */
function declaredIn(file: GeneratedFile): string[] {
  const source = ts.createSourceFile(file.path, file.content, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return source.statements.flatMap((s) => {
    const exported =
      ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const names = ts.isVariableStatement(s)
      ? s.declarationList.declarations
          .filter((d) => !boundImport(d))
          .map((d) => `value ${ts.isIdentifier(d.name) ? d.name.text : "?"}`)
      : ts.isFunctionDeclaration(s)
        ? [`value ${s.name?.text}`]
        : ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)
          ? [`type ${s.name.text}`]
          : [];
    return names.map((name) => `${exported ? "export " : ""}${name}`);
  });
}

const copiedRuntime = (path: string): boolean => RUNTIME_MODULES.some((m) => path === `runtime/${m}.ts`);

test("each generated module declares exactly the names export-names.ts gives it, exported or its own", () => {
  const declarations = packageDeclarations({
    operations: model.operations.map(operationEntity),
    valueLists: model.valueLists.map((l) => l.name),
    containers: model.containers.map((c) => c.typeName),
  });
  const modules = files.filter((f) => f.language === "typescript" && !copiedRuntime(f.path));
  expect(modules.length).toBeGreaterThan(10);
  for (const file of modules) {
    const want = declarations
      .filter((d) => d.module === file.path)
      .map((d) => `${d.exported ? "export " : ""}${d.kind} ${d.name}`);
    // A validator's module-local helpers (its parts, its collecting checks) are named after it with a "$", which no spec
    // name holds; the validator is exported, or kept by its module (the check of a message's saved facts).
    const declared = declaredIn(file);
    const helpers = declared.filter((name) => name.includes("$"));
    for (const helper of helpers) {
      const validator = helper.replace(/\$.*/, "");
      expect(
        want.filter((w) => w === validator || w === `export ${validator}`),
        `${file.path}: ${helper}`,
      ).toHaveLength(1);
    }
    expect(declared.filter((name) => !helpers.includes(name)).sort(), file.path).toEqual(want.sort());
  }
  // And no declaration is left without its module.
  const written = new Set(files.map((f) => f.path));
  for (const d of declarations) expect(written.has(d.module), `${d.name} in ${d.module}`).toBe(true);
});

test("an operation's names are all in its own folder: the modules that span operations have none of them", () => {
  const shared = new Set<string>(Object.values(MODULES));
  for (const op of model.operations)
    for (const d of operationDeclarations(operationEntity(op)).all) {
      expect(d.module.startsWith(`operations/${op.name}/`), `${op.name}: ${d.name} in ${d.module}`).toBe(true);
      expect(shared.has(d.module), `${op.name}: ${d.name} in ${d.module}`).toBe(false);
    }
});

test("the names emitters take alone are the operation's own declarations: same name, module, kind and owner", () => {
  for (const op of model.operations) {
    const all = operationDeclarations(operationEntity(op));
    expect(interfaceVersionType(op), op.name).toEqual(all.interfaceVersion);
    const head = headTypes(op);
    expect(head.request, op.name).toEqual(all.request.type);
    expect(head.callback, op.name).toEqual(all.callback?.type ?? null);
  }
});

test("every name is declared once in the package: a value list's type and const object share theirs", () => {
  const exported = packageDeclarations({
    operations: model.operations.map(operationEntity),
    valueLists: model.valueLists.map((l) => l.name),
    containers: model.containers.map((c) => c.typeName),
  }).filter((d) => d.exported);
  const modules = new Map<string, Set<string>>();
  for (const d of exported) modules.set(d.name, (modules.get(d.name) ?? new Set()).add(d.module));
  for (const [name, where] of modules) {
    // One runtime module may re-export another's name (client.ts does with client-error.ts's ClientError).
    const fromRuntime = [...where].every((m) => m.startsWith("runtime/"));
    if (!fromRuntime) expect([...where], name).toHaveLength(1);
  }
});

test("the public contract's names, as the declarations give them", () => {
  const op = operationDeclarations({ name: "paymentTokenInitialize" });
  expect([op.descriptor, op.interfaceVersion, op.clientFields, op.call].map((d) => d.name)).toEqual([
    "paymentTokenInitialize",
    "PaymentTokenInitializeInterfaceVersion",
    "PaymentTokenInitializeFields",
    "callPaymentTokenInitialize",
  ]);
  const { request } = op;
  expect(
    [request.type, request.validate, request.guard, request.sealFields, request.sealingString].map((d) => d.name),
  ).toEqual([
    "PaymentTokenInitializeRequest",
    "validatePaymentTokenInitializeRequest",
    "isPaymentTokenInitializeRequest",
    "PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS",
    "paymentTokenInitializeRequestSealingString",
  ]);
  expect([request.seal.name, request.verify.name, request.type.module]).toEqual([
    "sealPaymentTokenInitializeRequest",
    "verifyPaymentTokenInitializeRequest",
    "operations/paymentTokenInitialize/types.ts",
  ]);
  // The model names the message as its type does (schemas and docs use the same name).
  expect(messageTypeName("paymentTokenInitialize", "response")).toBe(op.response.type.name);
  expect(valueListDeclarations("sealAlgorithm").all.map((d) => `${d.kind} ${d.name}`)).toEqual([
    "type SealAlgorithm",
    "value SealAlgorithm",
    "value SEAL_ALGORITHM_VALUES",
    "value isSealAlgorithm",
  ]);
  expect(containerDeclarations("S10TransactionReference").all.map((d) => d.name)).toEqual([
    "S10TransactionReference",
    "checkS10TransactionReference",
    "sealS10TransactionReference",
    "S10_TRANSACTION_REFERENCE_FIELDS",
  ]);
});

test("every name the runtime and the generator declare for themselves is reserved, with its module", () => {
  expect(FIXED_DECLARATIONS.length).toBeGreaterThan(50);
  for (const d of FIXED_DECLARATIONS)
    expect(identifierProblem(d.name), d.name).toMatch(/^(already a name of the generated |a reserved word)/);
});

test.each([
  { name: "delete", identifier: "a reserved word of JavaScript" },
  { name: "yield", identifier: "a reserved word of JavaScript" },
  { name: "arguments", identifier: "a reserved word of JavaScript" },
  { name: "computeSeal", identifier: "already a name of the generated runtime/seal.ts" },
  { name: "fieldsAllowedIn", identifier: "already a name of the generated runtime/fields-allowed-in.ts" },
  { name: "operations", identifier: "already a name of the generated index.ts" },
  { name: "createClient", identifier: "already a name of the generated client.ts" },
  { name: "MOCK_OPERATIONS", identifier: "already a name of the generated mock.ts" },
  { name: "SEAL_FIELD", identifier: "already a name of the generated runtime/platform.ts" },
  { name: "Record", identifier: "a global name that generated code relies on" },
  {
    name: "valueOf",
    identifier: "a member of every JavaScript object (Object.prototype)",
    property: "a member of every JavaScript object (Object.prototype)",
  },
  {
    name: "__proto__",
    identifier: "a member of every JavaScript object (Object.prototype)",
    property: "a member of every JavaScript object (Object.prototype)",
  },
  { name: "paymentTokenInitialize" },
  { name: "index", file: "the name of the reference index (docs/index.md)" },
  { name: "nul", file: "a device name that Windows refuses as a file name" },
  { name: "com1", file: "a device name that Windows refuses as a file name" },
  { name: "console", identifier: "a global name that generated code relies on" },
])("$name", ({ name, identifier, property, file }) => {
  expect(identifierProblem(name)).toBe(identifier);
  expect(propertyProblem(name)).toBe(property);
  expect(fileNameProblem(name)).toBe(file);
});
