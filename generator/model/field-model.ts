// A field in the model: its presence, its version, its type (a scalar, a
// container shared by every operation, or a list of items), its value list
// and format.

import type { FormatModel } from "../rules/format.js";
import type { Presence } from "../rules/raw-spec.js";
import type { FieldValuesModel, ValueListModel } from "./value-list-model.js";

export type { Presence };

/** A Sips format such as N15: see rules/format.ts. */
export type { FormatModel };

export interface VersionModel {
  /** As the spec writes it: "2.37". */
  readonly text: string;
  readonly major: number;
  readonly minor: number;
}

export type ScalarTypeModel =
  | { readonly kind: "string" }
  | { readonly kind: "integer" }
  | { readonly kind: "interfaceVersion"; readonly prefix: string };

export type ItemTypeModel = ScalarTypeModel | { readonly kind: "container"; readonly container: ContainerModel };

export type FieldTypeModel = ItemTypeModel | { readonly kind: "list"; readonly items: ItemModel };

/** What each item of a list is. */
export interface ItemModel {
  readonly type: ItemTypeModel;
  readonly valueList: ValueListModel | null;
  /** What the operation's list field takes of the items' value list; null when they have none. */
  readonly values: FieldValuesModel | null;
  readonly format: FormatModel | null;
  readonly description: string | null;
  readonly example: string | null;
}

/** A nested object type, shared by every field (in any operation) that has it. */
export interface ContainerModel {
  readonly typeName: string;
  /** Same order as a message's fields. */
  readonly fields: readonly FieldModel[];
  /** Sealing order of its fields: by name, code-point order. */
  readonly sealFields: readonly string[];
  readonly description: string | null;
  /** Spec file of its first definition, relative to the spec directory. */
  readonly sourceFile: string;
  /** Used by a response: its value-list fields then admit unknown values in TypeScript too. */
  readonly inResponse: boolean;
}

/** A container type as the spec holds it once: with every operation that uses it. */
export interface SharedContainerModel extends ContainerModel {
  /** The operations that use it at any depth (request, response or callback), by name in code-point order. */
  readonly usedBy: readonly { readonly name: string; readonly sourceFile: string }[];
}

export interface FieldModel {
  readonly name: string;
  readonly presence: Presence;
  readonly required: boolean;
  readonly condition: string | null;
  /** Null when undocumented. */
  readonly since: VersionModel | null;
  readonly type: FieldTypeModel;
  /** The shared list (the vocabulary of the field's name); see `values` for what this field takes of it. */
  readonly valueList: ValueListModel | null;
  /** What this operation's field takes of its list: null when it has none (a list field's items: see ItemModel). */
  readonly values: FieldValuesModel | null;
  readonly format: FormatModel | null;
  readonly description: string;
  /** Example value as the spec writes it (text), if any. */
  readonly example: string | null;
  readonly notes: readonly string[];
  /** Taken from the dictionary (spec/dictionary/). */
  readonly fromDictionary: boolean;
  /**
   * What secret of the buyer it carries ("the buyer's card number"), null for
   * none: no issue of a message that holds it, at any depth, carries a value
   * (see model/sensitive-fields.ts).
   */
  readonly sensitive: string | null;
}
