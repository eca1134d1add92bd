// What Sips posts to the shop is anyone's until its seal verifies: no entry exports a guard that narrows a
// callback's fields to its type, the registry's callback has no `is`, and the doc comments of the validators
// and guards of what Sips sends say that they check the shape alone and name what verifies the seal. The
// operations and their callbacks are read from the registry, so a new one needs no edit here.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { expect, test } from "vitest";
import * as root from "../../generated/index.js";
import { operations } from "../../generated/index.js";
import * as paypage from "../../generated/paypage.js";

const withCallback = Object.entries(operations).flatMap(([name, op]) =>
  op.callback === null ? [] : [{ operation: name, type: op.callback.name }],
);

const generatedPath = (file: string): string => new URL(`../../generated/${file}`, import.meta.url).pathname;

/** The doc comment just before `declaration` in a generated file, or null when it has none. */
function docBefore(file: string, declaration: string): string | null {
  const text = readFileSync(new URL(`../../generated/${file}`, import.meta.url), "utf8");
  const at = text.indexOf(declaration);
  if (at < 0) throw new Error(`${file} has no ${declaration}`);
  const end = text.lastIndexOf("*/", at);
  const start = text.lastIndexOf("/**", end);
  return end < 0 || text.slice(end + 2, at).trim() !== "" ? null : text.slice(start, end + 2);
}

test("the registry has callbacks to hold", () => {
  expect(withCallback.map((c) => c.type)).toContain("PaypageResponse");
});

test.each(withCallback)("no entry narrows $type unverified, nor does the registry", async ({ operation, type }) => {
  const module = pathToFileURL(generatedPath(`operations/${operation}/index.js`)).href;
  const own = (await import(module)) as Record<string, unknown>;
  const guard = `is${type}`;
  for (const entry of [root, paypage, own]) expect(Object.hasOwn(entry, guard)).toBe(false);
  expect(Object.hasOwn(operations[operation as keyof typeof operations].callback ?? {}, "is")).toBe(false);
  // What does stay: the decoder, which verifies, and the validator of fields already decoded.
  expect(typeof own[`decode${type}`]).toBe("function");
  expect(typeof own[`validate${type}`]).toBe("function");
});

test("the Paypage response's guard does not compile", () => {
  // @ts-expect-error: what Sips posts is read with decodePaypageResponse, which verifies the seal first.
  expect(paypage.isPaypageResponse).toBeUndefined();
});

test.each(withCallback)("$type's validator says it verifies no seal and names the decoder", ({ operation, type }) => {
  const doc = docBefore(`operations/${operation}/callback.ts`, `export const validate${type}`);
  expect(doc).toContain("never the form's seal");
  expect(doc).toContain(`{@link decode${type}}`);
});

test.each(Object.entries(operations).map(([operation, op]) => ({ operation, type: op.response.name })))(
  "$type's validator and guard say they check the shape alone and name its verify",
  ({ operation, type }) => {
    for (const declaration of [`export function is${type}(`, `validate${type}`]) {
      const file = `operations/${operation}/validators.ts`;
      // The exported validator: a function, or a constant where the facts stop.
      const exported = declaration.startsWith("export")
        ? declaration
        : readFileSync(new URL(`../../generated/${file}`, import.meta.url), "utf8").includes(
              `export const ${declaration}`,
            )
          ? `export const ${declaration}`
          : `export function ${declaration}(`;
      const doc = docBefore(file, exported);
      expect(doc).toContain("never the seal");
      expect(doc).toContain(`{@link verify${type}}`);
    }
  },
);

test.each(Object.entries(operations).map(([operation, op]) => ({ operation, type: op.request.name })))(
  "$type's guard, of what the shop sends, says nothing of a seal",
  ({ operation, type }) => {
    expect(docBefore(`operations/${operation}/validators.ts`, `export function is${type}(`)).not.toContain("seal");
  },
);
