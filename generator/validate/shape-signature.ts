import { compareText } from "../rules/code-point-order.js";
import type { RawField, RawItem } from "../rules/raw-spec.js";

/**
 * What a field is, as text that two definitions can be compared by: type,
 * format and, for containers and lists, what they hold (with their value
 * lists). Presence, versions and wording are left out (they may differ
 * between operations), and so is the field's own value list: an operation
 * may link a list where another takes plain text (check-fields.ts compares
 * two lists given).
 */
export function shapeSignature(shape: RawField | RawItem, withList = false): string {
  // Whether it carries a secret is part of what a field is: one name is one field, its issues' values kept out or not.
  const parts = [shape.type ?? "string", withList ? (shape.valueList ?? "") : "", shape.format ?? "", secret(shape)];
  if (shape.fields) {
    const children = Object.entries(shape.fields)
      .map(([name, field]) => `${name}:${field.from === "dictionary" ? "dictionary" : shapeSignature(field, true)}`)
      .sort();
    parts.push(`{${children.join(",")}}`);
  }
  if (shape.items) parts.push(`[${shapeSignature(shape.items, true)}]`);
  return parts.join("|");
}

/**
 * Everything a shared container type shows, anywhere it is generated (types,
 * schemas, docs, examples): its description and its fields written out in full,
 * keys sorted. Two containers of one type name must have the same, so that the
 * files of every operation that uses it come out the same whichever definition
 * is read first.
 */
export function containerSignature(shape: RawField | RawItem): string {
  return stableJson({ description: shape.description ?? null, fields: shape.fields ?? {} });
}

/** JSON with the keys of every object sorted: equal data, equal text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Human words for what differs between two shapes, for messages. */
export function shapeDifference(a: RawField | RawItem, b: RawField | RawItem): string {
  const diffs: string[] = [];
  if ((a.type ?? "string") !== (b.type ?? "string")) diffs.push(`type ${a.type ?? "string"} vs ${b.type ?? "string"}`);
  if (a.valueList !== b.valueList) diffs.push(`value list ${a.valueList ?? "none"} vs ${b.valueList ?? "none"}`);
  if (a.format !== b.format) diffs.push(`format ${a.format ?? "none"} vs ${b.format ?? "none"}`);
  if (secret(a) !== secret(b)) diffs.push(`${secret(a) || "not sensitive"} vs ${secret(b) || "not sensitive"}`);
  return diffs.length > 0 ? diffs.join(", ") : "what they contain";
}

/**
 * Human words for how two definitions of one container type differ, `a` being the one reported ("here") and `b`
 * the other ("there"): their descriptions, the fields only one holds, the fields both hold written otherwise.
 */
export function containerDifference(a: RawField | RawItem, b: RawField | RawItem): string {
  const diffs: string[] = [];
  if ((a.description ?? null) !== (b.description ?? null))
    diffs.push(`its description (${quoted(a.description)} here, ${quoted(b.description)} there)`);
  const [here, there] = [a.fields ?? {}, b.fields ?? {}];
  // Own keys only: a field named as a property every object inherits ("constructor") is still one only a side holds.
  const only = (x: object, y: object) => Object.keys(x).filter((name) => !Object.hasOwn(y, name));
  const [onlyHere, onlyThere] = [only(here, there), only(there, here)];
  if (onlyHere.length > 0) diffs.push(`fields only here (${onlyHere.join(", ")})`);
  if (onlyThere.length > 0) diffs.push(`fields only there (${onlyThere.join(", ")})`);
  const written = Object.keys(here).filter(
    (name) =>
      Object.hasOwn(there, name) && stableJson(here[name]) !== stableJson((there as Record<string, unknown>)[name]),
  );
  if (written.length > 0) diffs.push(`fields written otherwise (${written.join(", ")})`);
  return diffs.length > 0 ? diffs.join("; ") : "what they contain";
}

const quoted = (text: string | undefined): string => (text === undefined ? "none" : JSON.stringify(text));

/** "sensitive" where the shape carries a secret of the buyer (its wording aside), else "". */
const secret = (shape: RawField | RawItem): string =>
  "sensitive" in shape && shape.sensitive !== undefined ? "sensitive" : "";
