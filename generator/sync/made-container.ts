// A plain field a page release prints fields in (`- Container`): the page
// makes it a container. Where the operation writes the field out, sync makes
// it one as it writes a new field's container (page-field-entry.ts), keeping
// what the field says of itself (presence, version, description, notes) and
// dropping what a container has not (format, value list), and one written on
// one line written anew on lines of its own; the type is the
// operation's own unless another definition holds the container it is in
// (page-differences.ts). A field the operation takes from the dictionary is
// every taker's: reported, left.

import type { SourceLocation } from "../diagnostics/diagnostic.js";
import type { SpecModel } from "../model/ir.js";
import type { PageField } from "../read/page/page-model.js";
import type { SpecPath } from "../read/source-map.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import type { ContainerHolder } from "./container-holder.js";
import type { PageDifference, SpecEdit, SpecMessage, SyncSubject } from "./page-difference.js";
import { entryContext, pageFieldEntry } from "./page-field-entry.js";
import type { SpecEditors } from "./spec-editors.js";
import { noteStart, shownField } from "./shown-field.js";
import type { YamlValue } from "../rules/yaml-render.js";
import type { YamlEditor } from "./yaml-text.js";

/** What a field keeps of itself when it becomes a container; its other keys are a scalar's. */
const KEPT = new Set(["presence", "condition", "since", "description", "notes"]);

/** The difference of a plain field `holder` the page prints `printed` in, at `pageAt`. */
export function madeContainer(
  holder: ContainerHolder,
  printed: readonly PageField[],
  as: SpecMessage,
  pageAt: SourceLocation,
): PageDifference {
  const { field, path, within } = holder;
  const names = printed.map((f) => f.name).join(", ");
  const difference = {
    about: path.join("."),
    spec: `${/^[aeiou]/.test(field.type.kind) ? "an" : "a"} ${field.type.kind} field, no container`,
    page: `a container (it prints ${names} in it)`,
    pageAt,
    place: { in: "operation" as const, path },
  };
  if (field.fromDictionary) return { ...difference, fix: null, dictionaryField: field.name };
  const fix: SpecEdit = { kind: "make-container", message: as, at: path.slice(0, -1), field: field.name };
  return within === null
    ? { ...difference, fix }
    : { ...difference, fix, container: { typeName: within, dictionary: holder.dictionary } };
}

/** Makes the field a container of what the page prints in it, in the operation's file; says what it did. */
export function makeContainer(
  edit: Extract<SpecEdit, { kind: "make-container" }>,
  subject: SyncSubject,
  { spec, model }: { spec: ValidSpec; model: SpecModel },
  editors: SpecEditors,
): string[] {
  const op = editors.of(subject.located.file.relPath);
  const name = subject.op.name;
  const path = [...edit.at, edit.field];
  const message = subject.page[edit.message === "callback" ? "response" : edit.message].fields;
  const printed = message.find((f) => f.name === edit.field) ?? asPrinted(edit.field);
  const shown = shownField(path);
  const where = noteStart(name, edit.message, shown);
  const entry = pageFieldEntry(printed, message, entryContext(spec, model), name, where, { own: true });
  const value = entry.value as Record<string, YamlValue>;
  const raw = rawAt(subject.located.raw, path);
  const dropped = Object.keys(raw).filter((key) => !KEPT.has(key) && key !== "type");
  if (op.isFlow(path)) op.replaceEntry(edit.at, edit.field, onLines(raw, printed, value));
  else editInPlace(op, path, raw, dropped, value);
  const was = "type" in raw ? [`type ${String(raw["type"])}`] : [];
  const gone = [...was, ...dropped].join(", ");
  return [
    `${name}: ${edit.message} field ${shown} made a container of the fields the page prints in it${gone === "" ? "" : ` (its ${gone} removed)`}`,
    ...entry.notes,
  ];
}

/**
 * Whether a set-field edit is of a field written on one line that the page makes a container: that entry is written
 * anew, with the page's presence, version and description (onLines), and is not edited inside too.
 */
export function rewrittenWhole(
  edit: Extract<SpecEdit, { kind: "set-field" }>,
  subject: SyncSubject,
  editors: SpecEditors,
): boolean {
  const at = edit.at.join(".");
  return (
    subject.differences.some(
      (d) => d.fix?.kind === "make-container" && d.fix.field === edit.field && d.fix.at.join(".") === at,
    ) && editors.of(subject.located.file.relPath).isFlow([...edit.at, edit.field])
  );
}

/** The field's keys edited where they are: scalar keys removed, the type set, its fields added after the rest. */
function editInPlace(
  op: YamlEditor,
  path: SpecPath,
  raw: Record<string, unknown>,
  dropped: readonly string[],
  value: Record<string, YamlValue>,
): void {
  for (const key of dropped) op.remove(path, key);
  // In a container's place, presence and version first: `type` after them, as a new field's entry has it.
  const anchor = "since" in raw ? "since" : "presence" in raw ? "presence" : null;
  if ("type" in raw) op.set([...path, "type"], value["type"] ?? "container");
  else op.insert(path, "type", value["type"] ?? "container", anchor);
  if (value["typeName"] !== undefined) op.insert(path, "typeName", value["typeName"], "type" in raw ? "type" : anchor);
  for (const key of ["items", "fields"]) if (value[key] !== undefined) op.set([...path, key], value[key]);
}

/**
 * A field written on one line, made a container: its entry on lines of its own (a container's fields do not fit on
 * one), with the page's presence, version and description where it prints them, as the set-field edits would write.
 */
function onLines(raw: Record<string, unknown>, printed: PageField, value: Record<string, YamlValue>): YamlValue {
  const kept = (key: string): YamlValue | undefined => raw[key] as YamlValue | undefined;
  const description = printed.description.value === "" ? kept("description") : printed.description.value;
  const entry: Record<string, YamlValue | undefined> = {
    presence: printed.presence?.value ?? kept("presence"),
    condition: kept("condition"),
    since: printed.since?.value ?? kept("since"),
    type: value["type"] ?? "container",
    typeName: value["typeName"],
    description,
    notes: kept("notes"),
    items: value["items"],
    fields: value["fields"],
  };
  return Object.fromEntries(Object.entries(entry).filter((e): e is [string, YamlValue] => e[1] !== undefined));
}

/** The raw field at a YAML path of the operation's file. */
function rawAt(raw: unknown, path: SpecPath): Record<string, unknown> {
  let node = raw;
  for (const step of path) node = (node as Record<string, unknown> | undefined)?.[String(step)];
  return (node as Record<string, unknown> | undefined) ?? {};
}

/** A field the page prints fields in without printing it: only its name is read (its entry's container keys). */
const asPrinted = (name: string): PageField => ({
  name,
  section: "optional",
  presence: null,
  since: null,
  container: null,
  description: { value: "", at: { file: "", line: 1, column: 1 } },
  values: [],
  at: { file: "", line: 1, column: 1 },
});
