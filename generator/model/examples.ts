import type { FieldModel, FieldTypeModel, FormatModel, ItemTypeModel, JsonObject, JsonValue, PlatformModel, ValueListModel, VersionModel } from "./ir.js";
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
 * A valid message for the docs and the OpenAPI examples: the required fields
 * and those the spec gives an example for, sealed with the platform's public
 * test key. Values without an example come from the value list, type and format.
 */
export function exampleMessage(fields: readonly FieldModel[], context: ExampleContext): JsonObject {
  const { seal } = context.platform;
  const newest = fields.reduce<VersionModel | null>((found, f) => newerVersion(found, f.since), null);
  const version = context.recommended ?? `${context.prefix}${newest?.text ?? "1.0"}`;
  const message = exampleObject(fields.filter((f) => f.name !== seal.field), version);
  const algorithm = seal.algorithms.find((a) => a.name === seal.defaultAlgorithm);
  if (!algorithm || !fields.some((f) => f.name === seal.field)) return message;
  return { ...message, [seal.field]: computeSeal(sealingString(message, context.exclude), context.platform.examples.secretKey, algorithm) };
}

function exampleObject(fields: readonly FieldModel[], version: string): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    if (field.required || field.example !== null) out[field.name] = exampleValue(field.type, field.valueList, field.format, field.example, field.name, version);
  }
  return out;
}

function exampleValue(
  type: FieldTypeModel | ItemTypeModel,
  list: ValueListModel | null,
  format: FormatModel | null,
  example: string | null,
  name: string,
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
      return [exampleValue(type.items.type, type.items.valueList, type.items.format, type.items.example, name, version)];
    case "string":
      if (example !== null) return example;
      if (list && list.match === "exact" && list.values[0]) return list.values[0].value;
      return textFor(format, name);
  }
}

const SAMPLE_TEXT: Record<FormatModel["charClass"], string> = { N: "1", A: "A", AN: "A1", ANS: "example", ANU: "example", ANSU: "example" };

const textFor = (format: FormatModel | null, name: string): string =>
  format ? SAMPLE_TEXT[format.charClass].slice(0, format.maxLength) : name;
