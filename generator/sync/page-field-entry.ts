// The entry sync writes for a field a page prints that the spec lacks, in a
// new operation or one a release adds to: taken from the dictionary when it
// has the field; else as another operation writes it out (one name is one
// field, so its type and what it holds are that one's); else written out from
// the page, and where the page prints fields in it (`- Container`), a
// container of those fields, or a list of such containers when its name ends
// in "List" as Sips names its lists (cardDataList), built the
// same way at any depth. A container type name another type already has is
// given a typeName of the operation's, since one type name is one type.

import type { SpecModel } from "../model/ir.js";
import type { PageField } from "../read/page/page-model.js";
import { containerTypeName, itemTypeName } from "../rules/export-names.js";
import { pascalCase } from "../rules/names.js";
import type { ValidSpec } from "../validate/validate-spec.js";
import { fieldWriters, otherWriter, wroteOut, writtenToo, type FieldWriters } from "./field-writers.js";
import { writtenShapes, type WrittenShape } from "./written-shapes.js";
import { FlowMap, type YamlValue } from "../rules/yaml-render.js";

/**
 * What entries are made from, for one pass of sync: the entries made add the containers they build to `shapes` and
 * their names to `typeNames`, so that two pages printing one new container in one run write one type (the first
 * page's by path), as a page synced after the other does.
 */
export interface EntryContext {
  readonly dictionary: ReadonlySet<string>;
  readonly shapes: Map<string, WrittenShape>;
  /** Type names declared already (containers, value lists). */
  readonly typeNames: Set<string>;
  /** The values of each list of the dictionary, by its name: a container's field whose page lists them is linked to it. */
  readonly valueLists: ReadonlyMap<string, readonly string[]>;
  /** The operations that write out a field of each name, at any depth (one name is one field). */
  readonly writers: FieldWriters;
}

const contexts = new WeakMap<ValidSpec, EntryContext>();

/** The context of a pass: one per spec checked, shared by the new operations and the fields added in that pass. */
export function entryContext(spec: ValidSpec, model: SpecModel): EntryContext {
  let context = contexts.get(spec);
  if (!context) {
    context = {
      dictionary: new Set(spec.dictionaries.flatMap((d) => Object.keys(d.raw.fields ?? {}))),
      shapes: writtenShapes(
        model,
        spec.operations.map((o) => o.raw),
      ),
      typeNames: new Set([...model.containers.map((c) => c.typeName), ...model.valueLists.map((l) => l.typeName)]),
      valueLists: new Map(model.valueLists.map((l) => [l.name, l.values.map((v) => v.value)])),
      writers: fieldWriters(model),
    };
    contexts.set(spec, context);
  }
  return context;
}

export interface PageFieldEntry {
  readonly value: YamlValue;
  /** Written on one line: a reference to the dictionary. */
  readonly flow: boolean;
  /** Written out with presence, version and description only: its type and format are left to the maintainer. */
  readonly plain: boolean;
  /** What the maintainer should check or fill in. */
  readonly notes: readonly string[];
}

/** Sips names its lists so; the pages do not print a field's type. */
const LIST_NAME = /^[a-z][A-Za-z0-9]*List$/;

/**
 * The entry of `field`, printed at the message's top or in a container, with the fields `message` (the page's
 * fields of that message, in page order) prints in it. `where` names the field in notes ("request field x"). `own`:
 * the operation's own field, plain, that the page makes a container: not the dictionary's, nor a scalar elsewhere.
 */
export function pageFieldEntry(
  field: PageField,
  message: readonly PageField[],
  context: EntryContext,
  operation: string,
  where: string,
  { own = false }: { readonly own?: boolean } = {},
): PageFieldEntry {
  const notes: string[] = [];
  const value = entryOf(field, held(message), { ...context, operation }, new Set(), where, notes, own);
  const flow = value instanceof FlowMap;
  const plain =
    !flow && Object.keys(value).every((key) => key === "presence" || key === "since" || key === "description");
  return { value: flow ? value.entries : value, flow, plain, notes };
}

/** The fields the page prints in each container, by the container's name, in page order. */
function held(fields: readonly PageField[]): Map<string, PageField[]> {
  const byContainer = new Map<string, PageField[]>();
  for (const field of fields)
    if (field.container)
      byContainer.set(field.container.value, [...(byContainer.get(field.container.value) ?? []), field]);
  return byContainer;
}

function entryOf(
  field: PageField,
  inside: ReadonlyMap<string, readonly PageField[]>,
  context: EntryContext & { readonly operation: string },
  within: ReadonlySet<string>,
  where: string,
  notes: string[],
  self = false,
): YamlValue {
  const presence = field.presence?.value ?? field.section;
  const since = field.since?.value ?? "undocumented";
  const { name } = field;
  if (!self && context.dictionary.has(name)) return new FlowMap({ from: "dictionary", presence, since });
  const description = field.description.value;
  const printed = (within.has(name) ? undefined : inside.get(name)) ?? [];
  const found = context.shapes.get(name);
  // Another operation's container of that name is this one's (one name is one field); a scalar is what it was.
  const shape = self && found?.after === undefined ? undefined : found;
  if (shape) {
    notes.push(
      shape.after
        ? `${where} ${name} is written out as ${shape.operation} writes its ${name}, a ${String(shape.keys["type"])} with what it holds (one name is one field)${printedIn(printed)}: check it against the data dictionary, or move the field there`
        : `${where} ${name} is written out with the type and format ${shape.operation} gives its ${name}${shape.keys["sensitive"] === undefined ? "" : ", and as carrying the secret it says"} (one name is one field); check them against the data dictionary, or move the field there`,
    );
    return { presence, since, ...shape.keys, description, ...(shape.after ?? {}) };
  }
  if (printed.length === 0) {
    // With no type or format to take from it, another operation's field of that name is still this one.
    const writer = otherWriter(context.writers, name, context.operation);
    const listed = field.values.map((v) => v.value);
    wroteOut(context.writers, name, {
      operation: context.operation,
      list: listed.length > 0 ? name : null,
      contained: field.container !== null,
    });
    const shared =
      writer === undefined
        ? ""
        : `; ${writtenToo(writer, name, {
            presence,
            since,
            description,
            values: listed,
            contained: field.container !== null,
          })}`;
    notes.push(`${where} ${name} is written out; give its type and format from the data dictionary${shared}`);
    // At a message's top sync links the list from the page's values (value-plan.ts); a container's field takes its
    // list whole: linked to the list of its name where it has the page's values, else to one made of them next.
    if (field.container === null || listed.length === 0) return { presence, since, description };
    const list = context.valueLists.get(name);
    const same = list?.length === listed.length && listed.every((v) => list.includes(v));
    if (same) return { presence, since, valueList: name, description };
    notes.push(
      list === undefined
        ? `${where} ${name}: the page lists ${listed.join(", ")}; no value list has its name: one is made of them and linked where the operation alone holds the container and no other page lists others for it (npm run sync -- --check says where none is)`
        : `${where} ${name}: the page lists ${listed.join(", ")}, value list ${name} has ${list.join(", ")}; a container's field takes its whole list, so sync links none (each page's values hold for its own operation): link it by hand if this operation takes them all`,
    );
    return { presence, since, description };
  }
  const list = LIST_NAME.test(name);
  const derived = list ? itemTypeName(name, undefined) : containerTypeName(name, undefined);
  const typeName = context.typeNames.has(derived) ? `${pascalCase(context.operation)}${derived}` : null;
  context.typeNames.add(typeName ?? derived);
  const own = typeName === null ? {} : { typeName };
  const kind = list ? "a list of containers (its name ends in List)" : "a container";
  notes.push(
    `${where} ${name} is written out as ${kind} of the fields the page prints in it${typeName === null ? "" : `, typeName ${typeName} (${derived} is another type's)`}: check it against the data dictionary`,
  );
  const deeper = new Set([...within, name]);
  const fields = Object.fromEntries(
    printed.map((f) => [f.name, entryOf(f, inside, context, deeper, `${where} ${name}'s field`, notes)]),
  );
  const built: WrittenShape = list
    ? { operation: context.operation, keys: { type: "list" }, after: { items: { type: "container", ...own, fields } } }
    : { operation: context.operation, keys: { type: "container", ...own }, after: { fields } };
  context.shapes.set(name, built);
  return { presence, since, ...built.keys, description, ...built.after };
}

const printedIn = (printed: readonly PageField[]): string =>
  printed.length === 0 ? "" : `; the page prints ${printed.map((f) => f.name).join(", ")} in it`;
