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

/** Told of each value the builder made up (no example, no value list to take one from), by the field's path. */
type PlaceholderSink = ((path: string, value: JsonValue) => void) | null;

function exampleObject(
  fields: readonly FieldModel[],
  version: string,
  sink: PlaceholderSink = null,
  parent = "",
): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    if (field.required || field.example !== null || field.type.kind === "interfaceVersion")
      out[field.name] = exampleValue(field, `${parent}${field.name}`, version, sink);
  }
  return out;
}

/** What exampleValue reads of a field or a list's items. */
type ExampleSource = {
  readonly type: FieldTypeModel | ItemTypeModel;
  readonly values: FieldValuesModel | null;
  readonly format: FormatModel | null;
  readonly example: string | null;
};

function exampleValue(source: ExampleSource, path: string, version: string, sink: PlaceholderSink): JsonValue {
  const { type, values, format, example } = source;
  switch (type.kind) {
    case "integer":
      if (example !== null) return Number(example);
      sink?.(path, 1);
      return 1;
    case "interfaceVersion":
      return example ?? version;
    case "container":
      return exampleObject(type.container.fields, version, sink, `${path}.`);
    case "list":
      return [exampleValue(type.items, `${path}[]`, version, sink)];
    case "string": {
      const exact = values !== null && values.list.match === "exact";
      // The dictionary's example may be a value this operation does not take: its first own value then serves.
      if (example !== null && (!exact || values.values.some((v) => v.value === example))) return example;
      if (exact && values.values[0]) return values.values[0].value;
      const text = textFor(format);
      sink?.(path, text);
      return text;
    }
  }
}

/**
 * The values of the example of `fields` that the builder made up, as no example
 * and no value list gives one (paths as `container.field`, `list[].field`), in
 * the example's order: a reader told so does not copy them as values to send.
 */
export function examplePlaceholders(fields: readonly FieldModel[], seal: string): (readonly [string, JsonValue])[] {
  const found: (readonly [string, JsonValue])[] = [];
  exampleObject(
    fields.filter((f) => f.name !== seal),
    "",
    (path, value) => found.push([path, value]),
  );
  return found;
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
