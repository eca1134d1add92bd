// A value list in the model: its values with their general meanings, and the
// values one operation's field takes of it, with the meanings of its own.

export interface ValueListModel {
  readonly name: string;
  /** Name of the union type and of the const object. */
  readonly typeName: string;
  readonly description: string | null;
  /** exact: a field takes one of the values; prefix: values are prefixes of field values. */
  readonly match: "exact" | "prefix";
  readonly notes: readonly string[];
  /** Sorted by value, in code-point order. */
  readonly values: readonly ValueModel[];
  readonly sourceFile: string;
}

export interface ValueModel {
  /** As the page prints it: what sync compares with pages. */
  readonly value: string;
  /** In a prefix list, the interface prefix the value stands for (AB_ for AB_x.x); null in an exact list. */
  readonly prefix: string | null;
  /** Key in the const object. */
  readonly key: string;
  /** One per context where Sips gives several. */
  readonly meanings: readonly string[];
}

/**
 * A shared value list as one operation's field takes it: the values its page
 * lists, each with the meanings that hold for the operation. Fields of
 * containers (one type for every operation) take the whole list.
 */
export interface FieldValuesModel {
  readonly list: ValueListModel;
  /** The values taken, in the list's order (code-point order), each with its meanings for this operation. */
  readonly values: readonly OwnValueModel[];
  /** Some value of the list is not taken. */
  readonly narrowed: boolean;
  /** Some value has a meaning of the operation's own. */
  readonly reworded: boolean;
}

export interface OwnValueModel extends ValueModel {
  /** The meanings are the operation's own (else the list's general ones). */
  readonly own: boolean;
  /**
   * Given no meaning though its page prints some: the spec keeps them out (a deviation on the value's meaning).
   * False where the page gives the value no meaning at all.
   */
  readonly keptOut: boolean;
  /**
   * Kept out (keptOut) by a deviation that says the page's meanings name other operations only
   * (`meaningNames: other-operations`); a deviation that does not say so leaves it false.
   */
  readonly othersMeant: boolean;
  /** The name the spec gives its own meaning (`meanings: { "02": { meaning, name } }`), which its key is. */
  readonly name?: string;
}

/** The value as code holds it (const objects, guards, schemas): a prefix list's prefix, else the value as printed. */
export const codeValueOf = (value: ValueModel): string => value.prefix ?? value.value;
