import { parseFormat } from "../rules/format.js";
import type { RawField, RawItem, ResolvedField } from "../rules/raw-spec.js";
import type {
  ContainerModel,
  FieldModel,
  FormatModel,
  ItemModel,
  ItemTypeModel,
  ScalarTypeModel,
  VersionModel,
} from "./field-model.js";
import type { ValueListModel } from "./value-list-model.js";
import { resolveField } from "../rules/resolve-field.js";
import { sealOrder } from "./seal-order.js";
import { containerTypeName, itemTypeName } from "../rules/export-names.js";
import { fieldValues, type KeptMeanings } from "./own-values.js";
import { parseVersion } from "./versions.js";

/** What normalizing a field needs from the rest of the spec. */
export interface FieldContext {
  readonly dictionary: ReadonlyMap<string, RawField>;
  /** The dictionary file of each dictionary field, relative to the spec directory. */
  readonly dictionaryFiles: ReadonlyMap<string, string>;
  readonly lists: ReadonlyMap<string, ValueListModel>;
  /** Shared container types, filled as they are met: the first definition of a type name makes it. */
  readonly containers: Map<string, ContainerModel>;
  /** The container types some response holds (see response-containers.ts). */
  readonly responseContainers: ReadonlySet<string>;
  /** The operation's interface prefix, for its interfaceVersion field. */
  readonly prefix: string;
  readonly sourceFile: string;
  /** By field of the message at hand: the values whose page's meanings the spec keeps out (deviations on them). */
  readonly keptMeanings?: KeptMeanings;
}

/**
 * Fields in the order the spec writes them (the page's, as sync keeps it). Not
 * by presence: a field whose presence changes then stays where it is in every
 * generated file, and the diff shows one changed line instead of a move.
 */
export function normalizeFields(fields: Readonly<Record<string, RawField>>, context: FieldContext): FieldModel[] {
  return Object.entries(fields).map(([name, raw]) => normalizeField(name, raw, context));
}

/**
 * Defines the container types `fields` hold that are not yet defined, as
 * normalizeFields would in the same order, and nothing else: an operation's
 * messages are then made when first read, which the files of an operation
 * taken from the memo never do, while the types it is the first to use are
 * still defined by it.
 */
export function defineContainers(fields: Readonly<Record<string, RawField>>, outer: FieldContext): void {
  for (const name in fields) {
    const raw = fields[name] as RawField;
    // A reference's type, items and type name are the dictionary entry's: an operation overrides none of them.
    const shape = raw.from === "dictionary" ? outer.dictionary.get(name) : raw;
    if (shape === undefined || !holdsContainer(shape.type ?? "string", shape)) continue;
    const field = resolveField(name, raw, outer.dictionary) as ResolvedField;
    const type = field.type ?? "string";
    const context = fieldContext(name, raw, type, field, outer);
    if (type === "list") {
      const item = field.items ?? {};
      sharedContainer(itemTypeName(name, item.typeName), item, context);
    } else sharedContainer(containerTypeName(name, field.typeName), field, context);
  }
}

function normalizeField(name: string, raw: RawField, outer: FieldContext): FieldModel {
  // Validation guarantees that every reference resolves to a complete field.
  const field = resolveField(name, raw, outer.dictionary) as ResolvedField;
  const type = field.type ?? "string";
  const context = fieldContext(name, raw, type, field, outer);
  return {
    name,
    presence: field.presence,
    required: field.presence === "required",
    condition: field.condition ?? null,
    since: field.since === "undocumented" ? null : versionOf(field.since),
    type:
      type === "list"
        ? { kind: "list", items: normalizeItem(name, field.items ?? {}, field, context) }
        : itemType(type, containerTypeName(name, field.typeName), field, context),
    valueList: listOf(field.valueList, context),
    values:
      type === "list"
        ? null
        : fieldValues(listOf(field.valueList, context), field.values, field.meanings, outer.keptMeanings?.get(name)),
    format: formatOf(field.format),
    description: field.description,
    example: field.example ?? null,
    notes: field.notes ?? [],
    fromDictionary: raw.from === "dictionary",
    sensitive: field.sensitive ?? null,
  };
}

/** A list's items; what the operation's list field takes of their value list is written on the field. */
function normalizeItem(listName: string, item: RawItem, field: RawField, context: FieldContext): ItemModel {
  return {
    type: itemType(item.type ?? "string", itemTypeName(listName, item.typeName), item, context),
    valueList: listOf(item.valueList, context),
    values: fieldValues(
      listOf(item.valueList, context),
      field.values,
      field.meanings,
      context.keptMeanings?.get(listName),
    ),
    format: formatOf(item.format),
    description: item.description ?? null,
    example: item.example ?? null,
  };
}

function itemType(type: string, typeName: string, shape: RawField | RawItem, context: FieldContext): ItemTypeModel {
  if (type === "container") return { kind: "container", container: sharedContainer(typeName, shape, context) };
  return scalarType(type, context);
}

function scalarType(type: string, context: FieldContext): ScalarTypeModel {
  if (type === "integer") return INTEGER;
  if (type === "interfaceVersion") return { kind: "interfaceVersion", prefix: context.prefix };
  return STRING;
}

// The model is read-only: the parts that many fields hold alike are made once and shared by every field that holds
// them, rather than made anew for every field of every operation on every run.
const STRING: ScalarTypeModel = { kind: "string" };
const INTEGER: ScalarTypeModel = { kind: "integer" };
const versions = new Map<string, VersionModel>();
const formats = new Map<string, FormatModel | null>();

function versionOf(text: string): VersionModel {
  let version = versions.get(text);
  if (version === undefined) versions.set(text, (version = parseVersion(text)));
  return version;
}

function formatOf(text: string | undefined): FormatModel | null {
  if (text === undefined) return null;
  let format = formats.get(text);
  if (format === undefined) formats.set(text, (format = parseFormat(text)));
  return format;
}

/** What a dictionary field holds is written in the dictionary file: only a container type names it (sharedContainer). */
function fieldContext(name: string, raw: RawField, type: string, field: RawField, outer: FieldContext): FieldContext {
  const dictionaryFile = raw.from === "dictionary" ? outer.dictionaryFiles.get(name) : undefined;
  return dictionaryFile === undefined || !holdsContainer(type, field)
    ? outer
    : { ...outer, sourceFile: dictionaryFile };
}

const holdsContainer = (type: string, field: RawField): boolean =>
  type === "container" || (type === "list" && field.items?.type === "container");

/** The container type of that name: made from `shape` the first time it is met, shared after. */
function sharedContainer(typeName: string, shape: RawField | RawItem, context: FieldContext): ContainerModel {
  const known = context.containers.get(typeName);
  if (known) return known;
  // One type for every operation: no operation's kept meanings reach its fields.
  const fields = normalizeFields(shape.fields ?? {}, { ...context, keptMeanings: new Map() });
  const container: ContainerModel = {
    typeName,
    fields,
    sealFields: sealOrder(
      fields.map((f) => f.name),
      [],
    ),
    description: shape.description ?? null,
    sourceFile: context.sourceFile,
    inResponse: context.responseContainers.has(typeName),
  };
  context.containers.set(typeName, container);
  return container;
}

const listOf = (name: string | undefined, context: FieldContext): ValueListModel | null =>
  name === undefined ? null : (context.lists.get(name) ?? null);
