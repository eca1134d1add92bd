// A message's fields as the `operations` registry describes them: name,
// presence, version, type, format and value list, and what a container or a
// list's items hold. The Paypage decoder reads `Data` through them.

/** A value of a value list with what it means (several meanings when Sips gives one per context). */
export interface ValueDescriptor<V extends string = string> {
  readonly value: V;
  readonly meanings: readonly string[];
}

/** undocumented: no public source says; validated as optional. */
export type Presence = "required" | "optional" | "conditional" | "undocumented";

/** How a field's value is carried: text, an integer, an interface version, a container (an object of fields) or a list. */
export type FieldType = "string" | "integer" | "interfaceVersion" | "container" | "list";

/** The value list a field takes: the values its operation takes, and the whole shared list they come from. */
export interface ValueListDescriptor {
  readonly name: string;
  /** exact: the field takes one of the values; prefix: the values are prefixes of the field's values. */
  readonly match: "exact" | "prefix";
  /** The values this operation's field takes, with the meanings that hold for the operation. */
  readonly values: readonly ValueDescriptor[];
  /** Every value of the shared list, with its general meaning (what every operation together takes). */
  readonly vocabulary: readonly ValueDescriptor[];
}

/**
 * A field of a message as the `operations` registry describes it (what its JSDoc and reference page say), for
 * code that handles any operation: `operations.cancel.request.fields`.
 */
export interface FieldDescriptor {
  readonly name: string;
  readonly presence: Presence;
  /** When a conditional field must be present, as the documentation puts it. */
  readonly condition: string | null;
  /** Interface version in which the field appeared, e.g. "2.37"; null when undocumented. */
  readonly since: string | null;
  readonly type: FieldType;
  /** Sips format, e.g. "N15" or "ANS512"; null when none is documented. */
  readonly format: string | null;
  readonly description: string;
  readonly valueList: ValueListDescriptor | null;
  /** The fields of a container. */
  readonly fields: readonly FieldDescriptor[] | null;
  /** What each item of a list is. */
  readonly items: ItemDescriptor | null;
  /**
   * What secret of the buyer the field carries ("the buyer's card number"), on such a field only: no issue of
   * a message that holds it carries a value, and a log of what is sent should leave it out too.
   */
  readonly sensitive?: string;
}

/** What each item of a list field is: a value of a type, format and value list, or a container of fields. */
export interface ItemDescriptor {
  readonly type: Exclude<FieldType, "list" | "interfaceVersion">;
  readonly format: string | null;
  readonly valueList: ValueListDescriptor | null;
  /** The fields of each item, for a list of containers. */
  readonly fields: readonly FieldDescriptor[] | null;
}
