import type { RawField, RawItem } from "../load/raw-spec.js";

/**
 * What a field is, as text that two definitions can be compared by: type,
 * value list, format and, for containers and lists, what they hold. Presence,
 * versions and wording are left out (they may differ between operations).
 */
export function shapeSignature(shape: RawField | RawItem): string {
  const parts = [shape.type ?? "string", shape.valueList ?? "", shape.format ?? ""];
  if (shape.fields) {
    const children = Object.entries(shape.fields)
      .map(([name, field]) => `${name}:${field.from === "dictionary" ? "dictionary" : shapeSignature(field)}`)
      .sort();
    parts.push(`{${children.join(",")}}`);
  }
  if (shape.items) parts.push(`[${shapeSignature(shape.items)}]`);
  return parts.join("|");
}

/** The same plus everything a shared container type shows: presence, versions, descriptions. */
export function containerSignature(fields: Readonly<Record<string, RawField>>): string {
  return JSON.stringify(
    Object.entries(fields)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, f]) => [name, f.from ?? "", f.presence ?? "", f.since ?? "", f.condition ?? "", f.description ?? "", shapeSignature(f)]),
  );
}

/** Human words for what differs between two shapes, for messages. */
export function shapeDifference(a: RawField | RawItem, b: RawField | RawItem): string {
  const diffs: string[] = [];
  if ((a.type ?? "string") !== (b.type ?? "string")) diffs.push(`type ${a.type ?? "string"} vs ${b.type ?? "string"}`);
  if (a.valueList !== b.valueList) diffs.push(`value list ${a.valueList ?? "none"} vs ${b.valueList ?? "none"}`);
  if (a.format !== b.format) diffs.push(`format ${a.format ?? "none"} vs ${b.format ?? "none"}`);
  return diffs.length > 0 ? diffs.join(", ") : "what they contain";
}
