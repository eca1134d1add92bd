// A generated file declares exactly the names rules/export-names.ts gives its
// module, through `declare`; exports and re-exports are never template text.
import { expect, test } from "vitest";
import { declare, exportAll, exportNames, lines, ts } from "../../generator/emit/ts/code.js";
import { runtime } from "../../generator/emit/ts/symbols.js";
import { tsModule } from "../../generator/emit/ts/ts-module.js";
import type { Declaration } from "../../generator/rules/declaration.js";
import { operationDeclarations } from "../../generator/rules/operation-declarations.js";
import { printed } from "../support/printed.js";

const op = operationDeclarations({ name: "cardCheck" });
const seal = tsModule(op.modules.seal, op.all);
const { request, response } = op;

/** The seal module with each of its names declared, but for those left out. */
const sealFile = (leftOut: readonly Declaration[] = [], extra: readonly Declaration[] = []) =>
  [...seal.declarations.filter((d) => !leftOut.includes(d)), ...extra].map((d) =>
    d.kind === "type" ? ts`${declare("type", d)} = string;` : ts`${declare("const", d)} = 1;`,
  );

test("a module's names are declared where the module is printed: exported, or kept by the module", () => {
  const text = printed(sealFile(), seal);
  expect(text).toContain("export const CARD_CHECK_REQUEST_SEAL_FIELDS = 1;");
  expect(text).toContain("export const verifyCardCheckResponse = 1;");
  // The fast path's constant is the module's own.
  expect(text).toContain("\nconst REQUEST_SEAL_EXCLUDE = 1;");
  expect(seal.declarations.map((d) => d.name).sort()).toEqual(
    [request, response]
      .flatMap((m) => [m.sealFields, m.sealingString, m.seal, m.verify, m.sealExclude].map((d) => d.name))
      .sort(),
  );
});

test("a file that leaves out one of its module's names does not render", () => {
  expect(() => printed(sealFile([response.verify]), seal)).toThrow(
    "operations/cardCheck/seal.ts does not declare verifyCardCheckResponse",
  );
});

test("a file cannot declare another module's name, or one its module does not have", () => {
  expect(() => printed(sealFile([], [request.validate]), seal)).toThrow(
    "operations/cardCheck/seal.ts declares validateCardCheckRequest, which rules/export-names.ts gives to operations/cardCheck/validators.ts",
  );
  const invented: Declaration = { ...request.seal, name: "sealAnything" };
  expect(() => printed(sealFile([], [invented]), seal)).toThrow(/declares sealAnything/);
  // Printing a name of its own module that the module does not declare is a generator bug too.
  expect(() => printed([...sealFile(), ts`${invented};`], seal)).toThrow("sealAnything is not a name of this module");
});

test("a name is declared once, with the keyword of its kind", () => {
  expect(() => printed([...sealFile(), ts`${declare("const", request.seal)} = 2;`], seal)).toThrow(
    "declares sealCardCheckRequest twice",
  );
  const types = tsModule(op.modules.types, op.all);
  const asConst = [ts`${declare("const", request.type)} = 1;`, ts`${declare("type", response.type)} = 1;`];
  expect(() => printed([...asConst, ts`${declare("type", op.interfaceVersion)} = 1;`], types)).toThrow(
    'declares the type CardCheckRequest with "const"',
  );
});

test("no template writes an export or an import by hand", () => {
  expect(() => ts`export const x = 1;`).toThrow(/declare names with declare\(\)/);
  expect(
    () => ts`
    const a = 1;
    import { b } from "./b.js";
  `,
  ).toThrow(/writes "import/);
  // Text that merely starts with the word is not module syntax.
  expect(printed(ts`const exported = 1;`)).toBe("const exported = 1;");
});

test("re-exports: whole modules, or names by module and kind, each specifier relative to the file", () => {
  const v = runtime.validation;
  const code = lines([
    exportNames([v.Found, runtime.client.ClientError, v.failure, v.NO_ISSUES]),
    exportAll("runtime/seal.ts"),
    exportAll(op.modules.index),
  ]);
  expect(printed(code, tsModule("index.ts"))).toBe(
    [
      'export { NO_ISSUES, failure } from "./runtime/validation.js";',
      'export type { Found } from "./runtime/validation.js";',
      'export type { ClientError } from "./runtime/client.js";',
      'export * from "./runtime/seal.js";',
      'export * from "./operations/cardCheck/index.js";',
    ].join("\n"),
  );
  expect(printed(exportAll("runtime/seal.ts"), tsModule("operations/cardCheck/index.ts"))).toBe(
    'export * from "../../runtime/seal.js";',
  );
});
