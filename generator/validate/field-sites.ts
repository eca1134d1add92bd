import type { MessageKind, RawDictionary, RawField, RawItem, RawOperation } from "../rules/raw-spec.js";
import type { SpecPath } from "../read/source-map.js";
import { resolveField } from "../rules/resolve-field.js";
import type { Located } from "./located.js";

/** Where a field is written, and what it means once its dictionary entry is merged in. */
export interface FieldSite {
  readonly name: string;
  readonly written: RawField;
  /** Undefined when a `from: dictionary` reference does not resolve to a complete field. */
  readonly resolved: RawField | undefined;
  /** Path of the field's own entry, e.g. ["request", "fields", "someField"]. */
  readonly path: SpecPath;
  readonly located: Located<unknown>;
  readonly scope: MessageKind | "dictionary";
  /** Name of the enclosing container or list field; "" at the top of a message. */
  readonly container: string;
}

/** A list's item description, for the checks that concern shapes. */
export interface ItemSite {
  readonly listName: string;
  readonly item: RawItem;
  readonly path: SpecPath;
  readonly located: Located<unknown>;
}

export interface Sites {
  readonly fields: FieldSite[];
  readonly items: ItemSite[];
}

/**
 * Every field written anywhere (messages, dictionary, nested in containers and
 * list items), each once, at the place it is written. A field taken from the
 * dictionary is not descended into: its nested fields are visited in the dictionary.
 */
export function collectSites(
  operations: readonly Located<Pick<RawOperation, "request" | "response" | "callback">>[],
  dictionaries: readonly Located<RawDictionary>[],
  dictionary: ReadonlyMap<string, RawField>,
): Sites {
  const sites: Sites = { fields: [], items: [] };
  const walk = (
    fields: Readonly<Record<string, RawField>> | undefined,
    path: SpecPath,
    located: Located<unknown>,
    scope: FieldSite["scope"],
    container: string,
  ): void => {
    for (const [name, written] of Object.entries(fields ?? {})) {
      const fieldPath = [...path, name];
      const resolved = written.from === "dictionary" ? resolveField(name, written, dictionary) : written;
      sites.fields.push({ name, written, resolved, path: fieldPath, located, scope, container });
      if (written.from === "dictionary") continue;
      walk(written.fields, [...fieldPath, "fields"], located, scope, name);
      if (written.items) {
        sites.items.push({ listName: name, item: written.items, path: [...fieldPath, "items"], located });
        walk(written.items.fields, [...fieldPath, "items", "fields"], located, scope, name);
      }
    }
  };
  for (const dict of dictionaries) walk(dict.raw.fields, ["fields"], dict, "dictionary", "");
  for (const op of operations) {
    walk(op.raw.request.fields, ["request", "fields"], op, "request", "");
    walk(op.raw.response.fields, ["response", "fields"], op, "response", "");
    // A callback is a message Sips sends: checked as a response.
    if (op.raw.callback) walk(op.raw.callback.fields, ["callback", "fields"], op, "response", "");
  }
  return sites;
}

/** The dictionary's fields by name (the first definition wins; duplicates are reported elsewhere). */
export function dictionaryFields(dictionaries: readonly Located<RawDictionary>[]): Map<string, RawField> {
  const out = new Map<string, RawField>();
  for (const dict of dictionaries)
    for (const [name, field] of Object.entries(dict.raw.fields ?? {})) if (!out.has(name)) out.set(name, field);
  return out;
}
