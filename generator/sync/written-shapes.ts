// What a field an operation made from a page writes out takes from another
// operation that writes out a field of that name: one name is one field, so
// the two must agree on type and format (check-fields.ts), and a container's
// or a list's must hold the same fields (a shared type, shape-signature.ts).

import { operationFields } from "../model/message-roles.js";
import type { SpecModel } from "../model/ir.js";
import { compareText } from "../rules/code-point-order.js";
import { nestedEntries, type RawOperation } from "../rules/raw-spec.js";
import { FlowMap, type YamlValue } from "../rules/yaml-render.js";

export interface WrittenShape {
  /** The operation whose definition is taken (the first by name). */
  readonly operation: string;
  /** Written after presence and version, before the description. */
  readonly keys: Record<string, YamlValue>;
  /** Written after the description: a list's items, a container's fields, as that operation writes them. */
  readonly after?: Record<string, YamlValue>;
}

/** The shape of each field name another operation writes out, at any depth, the first operation's by name. */
export function writtenShapes(model: SpecModel, raw: readonly RawOperation[]): Map<string, WrittenShape> {
  const shapes = scalarShapes(model);
  for (const op of [...raw].sort((a, b) => compareText(a.operation, b.operation)))
    for (const fields of [op.request.fields, op.response.fields, op.callback?.fields ?? {}])
      for (const [name, field] of nestedEntries(fields)) {
        if (shapes.has(name) || field.from === "dictionary") continue;
        if (field.type !== "list" && field.type !== "container") continue;
        const keys: Record<string, YamlValue> = { type: field.type };
        if (field.typeName !== undefined) keys["typeName"] = field.typeName;
        const after: Record<string, YamlValue> = {};
        if (field.items) after["items"] = asWritten(field.items);
        if (field.fields) after["fields"] = asWritten(field.fields);
        // A container's description is its shared type's too: where the page words it otherwise, the spec says so.
        shapes.set(name, { operation: op.operation, keys, after });
      }
  return shapes;
}

/**
 * The type, format and example of each name written out as a string or an integer (in the model's order), and
 * the secret it carries: a field written out again that carries a card number keeps its issues' values out too.
 */
function scalarShapes(model: SpecModel): Map<string, WrittenShape> {
  const shapes = new Map<string, WrittenShape>();
  for (const op of model.operations)
    for (const field of operationFields(op)) {
      if (field.fromDictionary || shapes.has(field.name)) continue;
      if (field.type.kind !== "string" && field.type.kind !== "integer") continue;
      const keys: Record<string, YamlValue> = {};
      if (field.type.kind === "integer") keys["type"] = "integer";
      if (field.format) keys["format"] = field.format.text;
      if (field.format && field.example !== null) keys["example"] = field.example;
      if (field.sensitive !== null) keys["sensitive"] = field.sensitive;
      if (Object.keys(keys).length > 0) shapes.set(field.name, { operation: op.name, keys });
    }
  return shapes;
}

/** A raw value as the spec writes it: a reference to the dictionary on one line, as the operation files have them. */
export function asWritten(value: unknown): YamlValue {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(asWritten);
  const entries = Object.entries(value as Record<string, unknown>);
  const map = Object.fromEntries(entries.map(([k, v]) => [k, asWritten(v)]));
  const oneLine = entries.every(([, v]) => typeof v === "string");
  return oneLine && (value as { from?: unknown }).from === "dictionary" ? new FlowMap(map) : map;
}
