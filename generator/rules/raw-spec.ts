// The shape of spec files once they pass their JSON Schema (spec/schema/):
// operation and dictionary files (the platform file's, sips.yaml, is
// raw-platform.ts). Later stages may rely on these types only after validation
// succeeded.

export type Presence = "required" | "optional" | "conditional" | "undocumented";
export type RawFieldType = "string" | "integer" | "interfaceVersion" | "container" | "list";
export type RawItemType = "string" | "integer" | "container";

/** What a value is: shared by fields and list items. */
export interface RawShape {
  readonly example?: string;
  readonly valueList?: string;
  readonly format?: string;
  readonly typeName?: string;
  readonly fields?: Readonly<Record<string, RawField>>;
  readonly items?: RawItem;
  readonly description?: string;
}

/** A field as written: a full definition, or `from: dictionary` with overrides. */
export interface RawField extends RawShape {
  readonly from?: "dictionary";
  readonly presence?: Presence;
  readonly condition?: string;
  /** "2.37", or "undocumented". */
  readonly since?: string;
  readonly type?: RawFieldType;
  readonly notes?: readonly string[];
  /** What secret of the buyer it carries (a card number): the issues of a message that holds it carry no value. */
  readonly sensitive?: string;
  /** The values of its list this operation's field takes (its items' for a list); absent: every value. */
  readonly values?: readonly string[];
  /** This operation's own meanings of some values of its list. */
  readonly meanings?: Readonly<Record<string, RawMeaning>>;
}

/** A meaning as written: one text, or one per context. */
export type RawText = string | readonly string[];

/** An operation's own meaning as written: a text or texts, or those with the name its constant takes. */
export type RawMeaning = RawText | RawNamedMeaning;

export interface RawNamedMeaning {
  readonly meaning: RawText;
  /** The key of the value's constant among the operation's own, where the one its meaning makes does not serve. */
  readonly name: string;
}

export interface RawItem extends RawShape {
  readonly type?: RawItemType;
}

/** The fields a field or a list item holds: a container's, or its list's items'; none for a scalar. */
export const fieldsWithin = (shape: RawShape): Readonly<Record<string, RawField>> =>
  shape.fields ?? shape.items?.fields ?? {};

/** Each field of `fields` with its name, depth first: the fields it holds (fieldsWithin) after it. */
export function nestedEntries(fields: Readonly<Record<string, RawField>>): [string, RawField][] {
  return Object.entries(fields).flatMap(([name, field]): [string, RawField][] => [
    [name, field],
    ...nestedEntries(fieldsWithin(field)),
  ]);
}

/** A field after its dictionary entry, if any, has been merged in: complete. */
export interface ResolvedField extends RawField {
  readonly presence: Presence;
  readonly since: string;
  readonly description: string;
}

/** How a message travels: a JSON object (the default), or the Data string of the POST interface. */
export type Encoding = "json" | "data";

export interface RawMessage {
  readonly fields: Readonly<Record<string, RawField>>;
  readonly notes?: readonly string[];
  readonly encoding?: Encoding;
  /** The saved facts stop before the page does: unknown fields are warnings naming the gap. */
  readonly factsStop?: RawFactsStop;
}

export interface RawFactsStop {
  /** The last field of the page the saved facts reach. */
  readonly after?: string;
  /** Where the rest is documented. */
  readonly see: string;
  readonly notes?: readonly string[];
  /** What secret of the buyer a field beyond the saved facts carries. */
  readonly sensitive?: string;
}

/** The message Sips sends back at addresses the request gives (a Paypage response): no endpoint, no request. */
export interface RawCallback extends RawMessage {
  readonly name: string;
  readonly summary: string;
  readonly encoding: Encoding;
  readonly source?: { readonly page?: string; readonly notes?: readonly string[] };
}

export interface RawDeviation {
  /** The fact, as npm run sync -- --check names it: "response.fields.someField.presence". */
  readonly about: string;
  readonly reason: string;
  /**
   * On a value's meaning (`about: ….values.X.meaning`): whom the page's kept-out meaning names. "other-operations":
   * other operations only, which the docs then say; absent, they say a deviation keeps it out, and no more.
   */
  readonly meaningNames?: MeaningNames;
  /**
   * What the page said when the deviation was recorded, as `sync --check` prints the page's side (a string unquoted):
   * a later release that moves it again is an error, as the reason was written for this value. Absent in older specs.
   */
  readonly page?: string;
}

/** Whom a page's meaning that a deviation keeps out names (RawDeviation.meaningNames). */
export type MeaningNames = "other-operations";

export interface RawReadFirst {
  readonly title: string;
  readonly label?: string;
  readonly description?: string;
}

/** Whether a call only reads at Sips or changes something there: whether it may be sent again blindly. */
export type Effect = "reads" | "changes";

export interface RawOperation {
  readonly operation: string;
  readonly summary: string;
  readonly family?: string;
  /** What a call does at Sips: only reads, or changes something (a session an initialization opens counts). */
  readonly effect: Effect;
  readonly source?: {
    readonly page?: string;
    readonly readFirst?: readonly RawReadFirst[];
    readonly notes?: readonly string[];
    /** Differences from the page kept on purpose, each with its reason. */
    readonly deviations?: readonly RawDeviation[];
  };
  readonly notes?: readonly string[];
  readonly method: "POST";
  /** By environment (prod, test, simu...): the JSON address, or the addresses by kind. */
  readonly endpoints: Readonly<Record<string, string | RawAddresses>>;
  readonly interfaceVersion: {
    readonly prefix: string;
    /** One version, or one per interface prefix where the page gives several. */
    readonly recommended?: string | Readonly<Record<string, string>>;
  };
  readonly status?: RawStatus;
  readonly request: RawMessage;
  readonly response: RawMessage;
  readonly callback?: RawCallback;
}

/** An environment's addresses by kind (at least one). */
export interface RawAddresses {
  readonly json?: string;
  readonly post?: string;
  readonly soap?: string;
}

/** The kinds of address an environment has, in the order the spec writes them. */
export const ADDRESS_KINDS = ["json", "post", "soap"] as const;
export type AddressKind = (typeof ADDRESS_KINDS)[number];

/** Which response field carries the status, and what its codes mean; a code may be "undocumented". */
export interface RawStatus {
  readonly field: string;
  readonly messageField?: string;
  /** The response field that names the request field in error, with a format error. */
  readonly errorField?: string;
  readonly accepted: string;
  readonly formatError: string;
  readonly signatureError: string;
  readonly notes?: readonly string[];
}

export interface RawValue {
  readonly name?: string;
  /** In a prefix list: the interface prefix the printed value stands for (by default the printed text's leading upper-case words, each followed by "_"). */
  readonly prefix?: string;
  readonly meaning: RawText;
}

export interface RawValueList {
  readonly description?: string;
  readonly match?: "exact" | "prefix";
  readonly notes?: readonly string[];
  readonly values: Readonly<Record<string, RawValue>>;
}

export interface RawDictionary {
  readonly fields?: Readonly<Record<string, RawField>>;
  readonly valueLists?: Readonly<Record<string, RawValueList>>;
}

export const MESSAGE_KINDS = ["request", "response"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
