import type { FieldModel, FieldTypeModel, FormatModel, ItemTypeModel, VersionModel } from "./field-model.js";
import type { PlatformModel } from "./ir.js";
import type { JsonObject, JsonValue } from "./json-value.js";
import type { FieldValuesModel } from "./value-list-model.js";
import { computeSeal, sealingString } from "./seal-rule.js";
import { newerVersion } from "./versions.js";

/** What an example needs from its operation. */
export interface ExampleContext {
  readonly platform: PlatformModel;
  readonly prefix: string;
  readonly recommended: string | null;
  readonly exclude: readonly string[];
}

/**
 * A valid message for the docs and the OpenAPI examples: the required fields,
 * the interface version (which the client sends where a call gives none, even
 * where the saved facts stop before it or call it optional) and the fields the
 * spec gives an example for, sealed with the platform's public test key.
 * Values without an example come from the values the field takes (the
 * first), its type and format.
 */
export function exampleMessage(fields: readonly FieldModel[], context: ExampleContext): JsonObject {
  const { seal } = context.platform;
  const newest = fields.reduce<VersionModel | null>((found, f) => newerVersion(found, f.since), null);
  const version = context.recommended ?? `${context.prefix}${newest?.text ?? "1.0"}`;
  const message = exampleObject(
    fields.filter((f) => f.name !== seal.field),
    version,
  );
  const algorithm = seal.algorithms.find((a) => a.name === seal.defaultAlgorithm);
  if (!algorithm || !fields.some((f) => f.name === seal.field)) return message;
  return {
    ...message,
    [seal.field]: computeSeal(sealingString(message, context.exclude), context.platform.examples.secretKey, algorithm),
  };
}

function exampleObject(fields: readonly FieldModel[], version: string): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    if (field.required || field.example !== null || field.type.kind === "interfaceVersion")
      out[field.name] = exampleValue(field.type, field.values, field.format, field.example, version);
  }
  return out;
}

function exampleValue(
  type: FieldTypeModel | ItemTypeModel,
  values: FieldValuesModel | null,
  format: FormatModel | null,
  example: string | null,
  version: string,
): JsonValue {
  switch (type.kind) {
    case "integer":
      return example !== null ? Number(example) : 1;
    case "interfaceVersion":
      return example ?? version;
    case "container":
      return exampleObject(type.container.fields, version);
    case "list":
      return [exampleValue(type.items.type, type.items.values, type.items.format, type.items.example, version)];
    case "string": {
      const exact = values !== null && values.list.match === "exact";
      // The dictionary's example may be a value this operation does not take: its first own value then serves.
      if (example !== null && (!exact || values.values.some((v) => v.value === example))) return example;
      if (exact && values.values[0]) return values.values[0].value;
      return textFor(format);
    }
  }
}

/**
 * Text that its format accepts and that reads as a placeholder, never made
 * from the field's name: N and A formats are filled to their length (an N6 date
 * gets six digits, not "1"), the others get a word cut to their length.
 */
const SAMPLE_TEXT: Record<FormatModel["charClass"], string> = {
  N: "1234567890",
  A: "ABCDEFGHIJ",
  AN: "A1B2C3D4E5",
  ANS: "example",
  ANU: "example",
  ANSU: "example",
};

function textFor(format: FormatModel | null): string {
  if (!format) return "example";
  const sample = SAMPLE_TEXT[format.charClass];
  const fill = format.charClass === "N" || format.charClass === "A" || format.charClass === "AN";
  const length = fill ? format.maxLength : Math.min(format.maxLength, sample.length);
  return sample.repeat(Math.ceil(length / sample.length)).slice(0, length);
}
