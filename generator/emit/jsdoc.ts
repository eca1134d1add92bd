import { formatOf, valueListOf } from "../model/field-shape.js";
import type { FieldModel, ValueListModel, ValueModel } from "../model/ir.js";
import { FORMAT_WORDS } from "../../runtime/formats.js";
import { codeSpan } from "./markdown-escape.js";
import { docTag, type DocLine } from "./ts/escape.js";

// JSDoc lines shared by the emitters: every type, field and value documents
// itself from the spec. An empty string is a blank comment line.

export function valueDoc(value: ValueModel): string[] {
  if (value.meanings.length === 1) return [...value.meanings];
  return value.meanings.map((m) => `- ${m}`);
}

export function valueListDoc(list: ValueListModel): string[] {
  const lines = [list.description ?? `Values of ${list.name}.`, ""];
  if (list.match === "prefix") lines.push("Each value is a prefix of the field's values.", "");
  lines.push(...valueLines(list), ...notes(list.notes));
  return lines;
}

/** One line per value, `- \`value\`: meaning`, further meanings indented under it. */
function valueLines(list: ValueListModel): string[] {
  return list.values.flatMap((value) => {
    const [first = "", ...rest] = value.meanings;
    // Editors show JSDoc as Markdown: the value is a code span by the Markdown rule, whatever backticks it holds.
    return [`- ${codeSpan(value.value)}: ${first}`, ...rest.map((more) => `  ${more}`)];
  });
}

export function fieldDoc(field: FieldModel): DocLine[] {
  const lines: DocLine[] = [...field.description.split("\n"), ""];
  const condition = field.condition ? ` (${field.condition.replace(/\.$/, "")})` : "";
  lines.push(
    field.presence === "undocumented"
      ? "Presence: not publicly documented."
      : `Presence: ${field.presence}${condition}.`,
  );
  if (!field.since) lines.push("Interface version in which it appeared: not publicly documented.");
  const list = valueListOf(field);
  if (list?.match === "prefix") lines.push(`Values: {@link ${list.typeName}} (prefixes).`);
  // The values with their meanings, on the field itself: an editor shows them while the value is typed.
  else if (list) lines.push(`Values ({@link ${list.typeName}}):`, ...valueLines(list));
  const format = formatOf(field);
  if (format) lines.push(`Format: ${format.text} (${FORMAT_WORDS[format.charClass]}, at most ${format.maxLength}).`);
  lines.push(...notes(field.notes));
  if (field.since) lines.push("", docTag("since", field.since.text));
  return lines;
}

export const notes = (items: readonly string[]): string[] =>
  items.length === 0 ? [] : ["", ...items.map((n) => `Note: ${n}`)];
