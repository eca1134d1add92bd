// Generated examples on the golden fixture and the repository's spec: no value
// made from a field's name, none that breaks its field's format, and the
// values of fields without `example:` fill N and A formats to their length.
import path from "node:path";
import { expect, test } from "vitest";
import { generate } from "../../generator/index.js";
import { allFields, formatOf } from "../../generator/model/field-shape.js";
import type { FieldModel } from "../../generator/model/field-model.js";
import type { SpecModel } from "../../generator/model/ir.js";
import type { JsonValue } from "../../generator/model/json-value.js";
import { fixturesDir, specDir } from "../support/paths.js";

async function modelOf(dir: string): Promise<SpecModel> {
  const result = await generate({ specDir: dir, emitters: [] });
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

/** Every [field, value] of an example, at any depth. */
function pairs(fields: readonly FieldModel[], value: JsonValue): [FieldModel, JsonValue][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  return fields.flatMap((field) => {
    const v = value[field.name];
    if (v === undefined) return [];
    const items = Array.isArray(v) ? v : [v];
    const inner = field.type.kind === "list" ? field.type.items.type : field.type;
    const nested = inner.kind === "container" ? items.flatMap((item) => pairs(inner.container.fields, item)) : [];
    return [[field, v] as [FieldModel, JsonValue], ...nested];
  });
}

const CLASS = {
  N: /^[0-9]*$/,
  A: /^[A-Za-z]*$/,
  AN: /^[A-Za-z0-9]*$/,
  ANS: /^[\x20-\x7e]*$/,
  ANU: /./u,
  ANSU: /./u,
} as const;

test.each([
  ["the golden fixture", path.join(fixturesDir, "golden", "spec")],
  ["the repository's spec", specDir],
])("examples of %s fit their fields", async (_name, dir) => {
  const model = await modelOf(dir);
  for (const op of model.operations) {
    for (const message of [op.request, op.response]) {
      for (const [field, value] of pairs(message.fields, message.example)) {
        const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
        for (const text of texts) {
          expect(text, `${op.name} ${field.name}`).not.toBe(field.name);
          const format = formatOf(field);
          if (!format) continue;
          expect(text.length, `${op.name} ${field.name}`).toBeLessThanOrEqual(format.maxLength);
          expect(text, `${op.name} ${field.name}`).toMatch(CLASS[format.charClass]);
          if (field.example === null && (format.charClass === "N" || format.charClass === "A"))
            expect(text).toHaveLength(format.maxLength);
        }
      }
    }
  }
  expect(model.operations.flatMap((op) => allFields(op.request.fields)).length).toBeGreaterThan(0);
});

test.each([
  ["the golden fixture", path.join(fixturesDir, "golden", "spec")],
  ["the repository's spec", specDir],
])("the request examples of %s declare the interface version the client sends", async (_name, dir) => {
  // The client sends the recommended version where a call gives none, whether the saved facts make the
  // field required, optional or stop before it: the example, sealed over it, shows it too.
  const model = await modelOf(dir);
  const declaring = model.operations.filter((op) => op.request.fields.some((f) => f.type.kind === "interfaceVersion"));
  for (const op of declaring) {
    const field = op.request.fields.find((f) => f.type.kind === "interfaceVersion");
    const recommended = op.interfaceVersion.recommended;
    if (!field || recommended === null) continue;
    // A field's own example (getWalletData's) stands where the spec gives one.
    expect(op.request.example[field.name], op.name).toBe(field.example ?? recommended);
  }
  expect(declaring.length).toBeGreaterThan(0);
});
