// What an editor shows of an integer field's format: a number's bounds (not negative, at most so many digits), which
// its validator holds it to, where a text field's format says which characters it takes. Read from each operation's
// generated types.ts for the top-level fields of its messages in the registry, so a new page release needs no edit.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { operations } from "../../generated/index.js";
import type { FieldDescriptor } from "../../generated/index.js";

type Message = { readonly name: string; readonly fields: readonly FieldDescriptor[] };

/** The doc comment of `field` in the interface `type` of the operation's types.ts, as one text; "" when none. */
function docOf(operation: string, type: string, field: string): string {
  const text = readFileSync(new URL(`../../generated/operations/${operation}/types.ts`, import.meta.url), "utf8");
  const start = text.indexOf(`export interface ${type} {`);
  const body = text.slice(start, text.indexOf("\n}\n", start)).split("\n");
  const at = body.findIndex((line) => line.startsWith(`  ${field}?: `) || line.startsWith(`  ${field}: `));
  if (start < 0 || at < 0 || body[at - 1]?.trim() !== "*/") return "";
  return body.slice(body.lastIndexOf("  /**", at), at).join("\n");
}

const formatted = Object.entries(operations).flatMap(([operation, op]) =>
  [op.request, op.response].flatMap((message: Message) =>
    message.fields
      .filter((f) => f.format !== null && (f.type === "integer" || f.type === "string"))
      .map((f) => ({ operation, type: message.name, field: f })),
  ),
);

test("an integer field's doc gives its format as a number's bounds", () => {
  const integers = formatted.filter((f) => f.field.type === "integer");
  expect(integers.map((f) => f.field.name)).toContain("operationAmount");
  for (const { operation, type, field } of integers) {
    const digits = field.format?.replace(/^[A-Z]+/, "");
    expect([operation, field.name, docOf(operation, type, field.name)]).toEqual([
      operation,
      field.name,
      expect.stringContaining(`Format: ${field.format} (a whole number, not negative, of at most ${digits} digits).`),
    ]);
  }
});

test("a text field's doc gives its format as characters", () => {
  const texts = formatted.filter((f) => f.field.type === "string" && f.field.format?.startsWith("N"));
  expect(texts.length).toBeGreaterThan(0);
  for (const { operation, type, field } of texts)
    expect([operation, field.name, docOf(operation, type, field.name)]).toEqual([
      operation,
      field.name,
      expect.stringMatching(/Format: N[0-9]+ \(digits, at most [0-9]+\)\./),
    ]);
});
