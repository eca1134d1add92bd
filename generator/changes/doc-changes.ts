// Changes that only the documentation shows: the JSDoc, the reference pages,
// the OpenAPI document and the examples change, no type or check does.
// Each is a `description` change, classed docs.

import type { FieldModel } from "../model/field-model.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";
import { operationSymbols } from "../emit/ts/model-symbols.js";
import { changedSummary, type Change } from "./change.js";
import { fieldFirst } from "./place-words.js";

/** A change's summary, and what changed where it says "<what> changed." (Change.changed), with its words (Change.text). */
type Said = Pick<Change, "summary" | "changed" | "text">;

const same = (a: readonly string[], b: readonly string[]): boolean => a.join("\n") === b.join("\n");

/** A field's docs beside its description: its condition, notes, example, and its list items' description and example. */
export function fieldDocChanges(before: FieldModel, after: FieldModel): Said[] {
  const name = after.name;
  const out: Said[] = [];
  if (before.condition !== after.condition)
    out.push(changedSummary(`${fieldFirst(name)}condition`, { before: before.condition, after: after.condition }));
  if (!same(before.notes, after.notes)) out.push(changedSummary(`${fieldFirst(name)}notes`));
  const example = (f: FieldModel) => (f.type.kind === "list" ? f.type.items.example : f.example);
  const [was, is] = [example(before), example(after)];
  // The example messages take it: the docs, the OpenAPI examples and the mock's default reply.
  if (was !== is)
    out.push({ summary: `${fieldFirst(name)}example ${was ?? "none"} → ${is ?? "none"}; ${exampleNow(after, is)}.` });
  const items = (f: FieldModel) => (f.type.kind === "list" ? f.type.items.description : null);
  if (items(before) !== items(after))
    out.push(
      changedSummary(`${fieldFirst(name)}description of its items`, { before: items(before), after: items(after) }),
    );
  return out;
}

/**
 * What the example messages carry of a field whose example (a list's: its items') is now `is`, as
 * generator/model/examples.ts builds them: it, the recommended interfaceVersion, a value made up from the field's
 * type, format and values, or nothing, as an optional field without an example of its own is left out.
 */
function exampleNow(field: FieldModel, is: string | null): string {
  const list = field.type.kind === "list";
  const carried = field.required || field.type.kind === "interfaceVersion" || (list ? field.example : is) !== null;
  if (!carried) return "the example messages leave it out";
  // The value was just named: said again, a long one would fill the line twice.
  if (is !== null) return `the example messages now carry it${list ? " as the list's item" : ""}`;
  if (field.type.kind === "interfaceVersion")
    return "the example messages carry the recommended interfaceVersion instead (without one, the prefix and the newest version its fields name)";
  return `the example messages carry ${list ? "an item" : "a value"} made up from its type, format and values instead`;
}

/**
 * An operation's family (its OpenAPI tag and index group; the name of its POST
 * form builder, which a new family breaks), notes, sources and spec file, and
 * its messages' notes.
 */
export function operationDocChanges(before: OperationModel, after: OperationModel): Change[] {
  const out: Change[] = [];
  const change = (message: Change["message"], said: string | Said): void => {
    const words = typeof said === "string" ? { summary: said } : said;
    out.push({ operation: after.name, message, field: null, kind: "description", classes: ["docs"], ...words });
  };
  if (before.family !== after.family) {
    const family = `family ${before.family ?? "none"} → ${after.family ?? "none"}`;
    const [was, is] = [operationSymbols(before).postForm?.name, operationSymbols(after).postForm?.name];
    // The POST form builder is named after the family: a new family renames it (an address added or gone is told as such).
    if (was !== undefined && is !== undefined && was !== is)
      out.push({
        operation: after.name,
        message: null,
        field: null,
        kind: "exported-names",
        classes: ["breaking-request"],
        summary: `${family}: its POST form builder ${was} is now ${is}, and code that names ${was} stops compiling.`,
      });
    else change(null, `${family}.`);
  }
  if (!same(before.notes, after.notes)) change(null, changedSummary("notes"));
  // What the reference page and the JSDoc print of its sources; the saved page it cites is printed nowhere (the
  // changelog's order it gives is compared as the changelog).
  // Which of them changed, named: "sources (notes) changed."; in parentheses, as a line joins it with others.
  const sources = [
    JSON.stringify(before.source.readFirst) === JSON.stringify(after.source.readFirst) ? null : "pages to read first",
    same(before.source.notes, after.source.notes) ? null : "notes",
  ].filter((s) => s !== null);
  if (sources.length > 0) change(null, changedSummary(`sources (${sources.join(" and ")})`));
  // The header of each generated file names the spec file it comes from.
  if (before.sourceFile !== after.sourceFile)
    change(null, `spec file ${before.sourceFile} → ${after.sourceFile} (the generated files' headers name it).`);
  const messages: [Change["message"], MessageModel, MessageModel][] = [
    ["request", before.request, after.request],
    ["response", before.response, after.response],
  ];
  if (before.callback && after.callback && before.callback.name === after.callback.name) {
    messages.push(["callback", before.callback.message, after.callback.message]);
    if (before.callback.summary !== after.callback.summary)
      change("callback", changedSummary("summary", { before: before.callback.summary, after: after.callback.summary }));
    if (!same(before.callback.source.notes, after.callback.source.notes))
      change("callback", changedSummary("notes of its sources"));
  }
  for (const [message, was, is] of messages)
    if (!same(was.notes, is.notes)) change(message, changedSummary(`notes of the ${message}`));
  return out;
}
