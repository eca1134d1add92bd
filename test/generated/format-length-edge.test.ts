// A format's length at its edge, as the generated validators apply it to every
// top-level text field with a format and no value list: a value of exactly the
// format's length takes no issue, one character more a `max-length` one, in
// characters (one of two UTF-16 units included). The fields and their lengths
// come from the generated descriptors.
import { expect, test } from "vitest";
import { operations, type FieldDescriptor } from "../../generated/index.js";
import { SAMPLES } from "../support/format-page.js";
import type { FormatClass } from "../../generated/runtime/formats.js";

type Issue = { readonly path: string; readonly code: string };
type Validate = (value: unknown, options?: { strict?: boolean }) => {
  errors?: readonly Issue[];
  warnings?: readonly Issue[];
};

const fields = Object.entries(operations).flatMap(([name, op]) =>
  (["request", "response"] as const).flatMap((kind) => {
    const message = op[kind] as unknown as { fields: readonly FieldDescriptor[]; validate: Validate };
    return message.fields.flatMap((f) => {
      const format = f.type === "string" && f.valueList === null ? /^([A-Z]+)(\d+)$/.exec(f.format ?? "") : null;
      if (!format) return [];
      const [, charClass = "", max = ""] = format;
      return [{ where: `${name} ${kind} /${f.name}`, name: f.name, charClass, max: Number(max), validate: message.validate }];
    });
  }),
);

/**
 * The characters of the field's class to fill it with: its first, and one outside the Basic Multilingual Plane
 * where the class takes one (two UTF-16 units, one character: the length counts characters).
 */
function charsOf(field: (typeof fields)[number]): string[] {
  const accepted = [...(SAMPLES[field.charClass as FormatClass]?.accepted ?? "")];
  return [accepted[0] ?? "", ...accepted.filter((c) => c.length === 2).slice(0, 1)];
}

/** The issues at the field's pointer where it holds `length` copies of `char`. */
function issuesAt(field: (typeof fields)[number], char: string, length: number): string[] {
  const result = field.validate({ [field.name]: char.repeat(length) }, { strict: true });
  return [...(result.errors ?? []), ...(result.warnings ?? [])]
    .filter((i) => i.path === `/${field.name}`)
    .map((i) => `${field.where} ${JSON.stringify(char)} ${i.code}`);
}

test("the registry has text fields with a format to look at", () => {
  expect(fields.length).toBeGreaterThan(20);
});

test("a value of exactly the format's length takes no issue; one character more, a max-length issue", () => {
  // Some class takes a character of two UTF-16 units: a length in characters is held at its edge too.
  expect(fields.some((field) => charsOf(field).length === 2)).toBe(true);
  for (const field of fields)
    for (const char of charsOf(field)) {
      expect(issuesAt(field, char, field.max)).toEqual([]);
      expect(issuesAt(field, char, field.max + 1)).toEqual([`${field.where} ${JSON.stringify(char)} max-length`]);
    }
});
