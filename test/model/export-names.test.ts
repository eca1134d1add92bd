// One module names every export of the generated package (export-names.ts and
// reserved-names.ts): the names it computes are exactly what the generated
// files export, whichever way the files are written.
import { beforeAll, expect, test } from "vitest";
import type { GeneratedFile, SpecModel } from "../../generator/index.js";
import { packageExports } from "../../generator/rules/export-names.js";
import {
  fileNameProblem,
  identifierProblem,
  propertyProblem,
  RUNTIME_NAMES,
} from "../../generator/rules/reserved-names.js";
import { generateRepoSpec } from "../support/generate.js";

let files: readonly GeneratedFile[];
let model: SpecModel;
beforeAll(async () => {
  ({ files, model } = await generateRepoSpec());
});

const DECLARED =
  /^export (?:declare )?(?:async )?(?:const|let|function|interface|type|class|enum) ([A-Za-z_$][\w$]*)/gm;

/** The names each generated TypeScript file declares as exports. */
const exportsOf = (file: GeneratedFile): string[] => [
  ...new Set([...file.content.matchAll(DECLARED)].map((m) => m[1] ?? "")),
];

const isRuntime = (path: string): boolean => path.startsWith("runtime/");

test("every name the spec's entities export is exported by the generated files, and nothing else", () => {
  const computed = packageExports({
    operations: model.operations.map((o) => o.name),
    valueLists: model.valueLists.map((l) => l.name),
    containers: model.containers.map((c) => c.typeName),
  }).map((n) => n.name);
  const generated = files.filter((f) => f.path.endsWith(".ts")).flatMap(exportsOf);
  const fromSpec = generated.filter((name) => !RUNTIME_NAMES.has(name));
  expect(new Set(fromSpec)).toEqual(new Set(computed));
  // Each is exported by one file (a value list's type and const object share theirs): the root index re-exports every module.
  expect(fromSpec.length).toBe(new Set(fromSpec).size);
});

test("every export of the runtime and of the root index is a reserved name", () => {
  const runtime = files.filter((f) => f.path.endsWith(".ts") && (isRuntime(f.path) || f.path === "index.ts"));
  expect(runtime.length).toBeGreaterThan(3);
  for (const file of runtime)
    for (const name of exportsOf(file)) expect(RUNTIME_NAMES.get(name), `${file.path}: ${name}`).toBeDefined();
});

test("the model carries the names the files export", () => {
  const op = model.operations.find((o) => o.name === "paymentTokenInitialize");
  expect(op).toMatchObject({ interfaceVersionTypeName: "PaymentTokenInitializeInterfaceVersion" });
  expect(op?.request).toMatchObject({
    sealName: "sealPaymentTokenInitializeRequest",
    verifyName: "verifyPaymentTokenInitializeRequest",
  });
  expect(model.valueLists.find((l) => l.name === "sealAlgorithm")).toMatchObject({
    typeName: "SealAlgorithm",
    valuesName: "SEAL_ALGORITHM_VALUES",
    guardName: "isSealAlgorithm",
  });
  expect(model.containers.find((c) => c.typeName === "S10TransactionReference")).toMatchObject({
    checkName: "checkS10TransactionReference",
    sealName: "sealS10TransactionReference",
    fieldsName: "S10_TRANSACTION_REFERENCE_FIELDS",
  });
});

test.each([
  { name: "delete", identifier: "a reserved word of JavaScript" },
  { name: "yield", identifier: "a reserved word of JavaScript" },
  { name: "arguments", identifier: "a reserved word of JavaScript" },
  { name: "computeSeal", identifier: "already a name of the generated runtime/seal.ts" },
  { name: "fieldsAllowedIn", identifier: "already a name of the generated runtime/descriptor.ts" },
  { name: "operations", identifier: "already a name of the generated index.ts" },
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
