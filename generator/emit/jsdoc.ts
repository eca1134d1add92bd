import { formatOf, valuesOf } from "../model/field-shape.js";
import type { FieldModel } from "../model/field-model.js";
import { codeValueOf, type ValueListModel, type ValueModel } from "../model/value-list-model.js";
import { FORMAT_WORDS } from "../../runtime/formats.js";
import { codeSpan, docBlock, docInline } from "./markdown-escape.js";
import { valuesCount } from "./own-wording.js";
import { docLink, docTag, type DocLine } from "./ts/comment-escape.js";

// JSDoc lines shared by the emitters: every type, field and value documents
// itself from the spec. An empty string is a blank comment line. Editors show
// a doc comment as Markdown: spec text is escaped where it enters (docBlock,
// docInline), so the generator's own code spans and list items stay markup.

export function valueDoc(value: ValueModel): string[] {
  if (value.meanings.length === 1) return value.meanings.map(docBlock);
  return value.meanings.map((m) => `- ${docInline(m)}`);
}

export function valueListDoc(list: ValueListModel): string[] {
  const lines = [list.description === null ? `Values of ${list.name}.` : docBlock(list.description), ""];
  if (list.match === "prefix") lines.push("Each value is a prefix of the field's values.", "");
  lines.push(...valueLines(list.values), ...notes(list.notes));
  return lines;
}

/** One line per value, `- \`value\`: meaning`, further meanings indented under it. */
export function valueLines(values: readonly ValueModel[]): string[] {
  return values.flatMap((value) => {
    const [first, ...rest] = value.meanings;
    // Editors show JSDoc as Markdown: the value is a code span by the Markdown rule, whatever backticks it holds.
    // A value its operation's page gives no meaning is listed alone.
    if (first === undefined) return [`- ${valueSpan(value)}`];
    return [`- ${valueSpan(value)}: ${docInline(first)}`, ...rest.map((more) => `  ${docInline(more)}`)];
  });
}

/** A value as code holds it, a code span; with the page's text where it is more (a prefix list's `AB_x.x`). */
export function valueSpan(value: ValueModel, inTable = false): string {
  const code = codeValueOf(value);
  return code === value.value
    ? codeSpan(code, inTable)
    : `${codeSpan(code, inTable)} (as printed: ${codeSpan(value.value, inTable)})`;
}

/**
 * A field's JSDoc; `ownType` names the type of the values the operation's
 * field takes where it takes only some of its list's.
 */
export function fieldDoc(field: FieldModel, ownType: string | null = null): DocLine[] {
  const lines: DocLine[] = [docBlock(field.description), ""];
  const condition = field.condition ? ` (${docInline(field.condition.replace(/\.$/, ""))})` : "";
  lines.push(
    field.presence === "undocumented"
      ? "Presence: not publicly documented."
      : `Presence: ${field.presence}${condition}.`,
  );
  if (!field.since) lines.push("Interface version in which it appeared: not publicly documented.");
  const taken = valuesOf(field);
  const list = taken?.list;
  const some = taken?.narrowed ? `${valuesCount(taken.values.length)} of ` : "";
  if (list?.match === "prefix")
    lines.push([
      "Values: ",
      docLink(list.typeName),
      ` (prefixes${taken?.narrowed ? `; ${taken.values.map(codeValueOf).join(", ")} only` : ""}).`,
    ]);
  // The values with their meanings for this operation, on the field itself: an editor shows them while the value is typed.
  else if (taken && list)
    lines.push(
      ownType
        ? ["Values (", docLink(ownType), `, ${some}`, docLink(list.typeName), "):"]
        : ["Values (", docLink(list.typeName), "):"],
      ...valueLines(taken.values),
    );
  const format = formatOf(field);
  // An integer's format bounds a number, which its validator holds to it: say so, not what characters it has.
  const integer = (field.type.kind === "list" ? field.type.items.type.kind : field.type.kind) === "integer";
  if (format && integer)
    lines.push(`Format: ${format.text} (a whole number, not negative, of at most ${format.maxLength} digits).`);
  else if (format)
    lines.push(`Format: ${format.text} (${FORMAT_WORDS[format.charClass]}, at most ${format.maxLength}).`);
  lines.push(...notes(field.notes));
  if (field.since) lines.push("", docTag("since", field.since.text));
  return lines;
}

export const notes = (items: readonly string[]): string[] =>
  items.length === 0 ? [] : ["", ...items.map((n) => `Note: ${docInline(n)}`)];
