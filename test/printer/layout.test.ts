// The printer: relative indentation in templates, imports from printed symbols,
// and the groups that break as prettier breaks them.
import { expect, test } from "vitest";
import { lines, ts } from "../../generator/emit/ts/code.js";
import { lit } from "../../generator/emit/ts/escape.js";
import { arrayLiteral, call, objectLiteral, property } from "../../generator/emit/ts/layouts.js";
import { typeSym, valueSym } from "../../generator/emit/ts/symbols.js";
import { specifier, TsFile } from "../../generator/emit/ts/ts-file.js";

const body = (file: TsFile): string => file.render().split("\n").slice(2).join("\n");

test("a symbol printed is a symbol imported: by kind, sorted, relative to the file; none for the file's own", () => {
  const file = new TsFile("operations/x/validators.ts", ["spec/x.yaml"]);
  const failure = valueSym("runtime/validation.ts", "failure");
  const result = typeSym("runtime/validation.ts", "ValidationResult");
  const own = valueSym("operations/x/validators.ts", "helper");
  file.add(ts`export const a: ${result}<string> = ${failure}(${own});`);
  expect(body(file)).toBe(
    [
      'import { failure } from "../../runtime/validation.js";',
      'import type { ValidationResult } from "../../runtime/validation.js";',
      "",
      "export const a: ValidationResult<string> = failure(helper);",
      "",
    ].join("\n"),
  );
});

test("two symbols of one name from two modules are a generator bug, not a silent shadow", () => {
  const file = new TsFile("index.ts", []).add(ts`${valueSym("a.ts", "x")}; ${valueSym("b.ts", "x")};`);
  expect(() => file.render()).toThrow(/two symbols named x/);
});

test("specifiers", () => {
  expect(specifier("index.ts", "runtime/seal.ts")).toBe("./runtime/seal.js");
  expect(specifier("containers/types.ts", "value-lists.ts")).toBe("../value-lists.js");
  expect(specifier("operations/a/index.ts", "operations/a/types.ts")).toBe("./types.js");
});

test("templates are dedented, and code inserted on an indented line keeps that indentation when it breaks", () => {
  const inner = ts`
    if (a) {
      b();
    }
  `;
  const long = Array.from({ length: 12 }, (_, i) => lit(`argument number ${i}`));
  const file = new TsFile("x.ts", []).add(ts`
    export function f(): void {
      ${inner}
      ${call(ts`g`, long)};
    }
  `);
  expect(body(file)).toBe(
    [
      "export function f(): void {",
      "  if (a) {",
      "    b();",
      "  }",
      "  g(",
      ...long.map((l) => `    ${String(l.part)},`),
      "  );",
      "}",
      "",
    ].join("\n"),
  );
});

test("an array of objects with several properties breaks, as prettier breaks it", () => {
  const pair = (v: string) => objectLiteral([property(ts`value`, v), property(ts`n`, v)]);
  const file = new TsFile("x.ts", []).add(
    ts`export const a = ${arrayLiteral([pair("1"), pair("2")])};`,
    ts`export const b = ${arrayLiteral([lit("1"), lit("2")])};`,
  );
  expect(body(file)).toBe(
    [
      "export const a = [",
      '  { value: "1", n: "1" },',
      '  { value: "2", n: "2" },',
      "];",
      "",
      'export const b = ["1", "2"];',
      "",
    ].join("\n"),
  );
  expect(lines([]).part).toEqual([]);
});
