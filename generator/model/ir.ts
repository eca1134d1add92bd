// The intermediate model: everything the emitters need, resolved and named,
// and nothing that depends on YAML. Read-only plain data; templates see only this.
// It names messages, value lists and containers as schemas and docs show them;
// the TypeScript names the package declares for them are not model data
// (rules/export-names.ts declares them, emit/ts/model-symbols.ts looks them up).

import type { Encoding, MessageKind, Presence } from "../rules/raw-spec.js";
import type { FormatModel } from "../rules/format.js";

export type { Encoding, MessageKind, Presence };

export interface SpecModel {
  readonly platform: PlatformModel;
  /** Sorted by name. */
  readonly valueLists: readonly ValueListModel[];
  /** Container types shared by all operations, sorted by type name. */
  readonly containers: readonly ContainerModel[];
  /** Sorted by name. */
  readonly operations: readonly OperationModel[];
}

export interface PlatformModel {
  readonly name: string;
  readonly brand: string | null;
  /** The API's name in the docs and the OpenAPI document: "<platform> JSON API (<brand>)". */
  readonly title: string;
  /** Version of this description of the API (OpenAPI info.version). */
  readonly documentVersion: string;
  /** Spec file the rules come from, relative to the spec directory. */
  readonly sourceFile: string;
  readonly seal: SealRuleModel;
  /** The request fields a client fills from its configuration. */
  readonly credentials: { readonly merchantIdField: string; readonly keyVersionField: string };
  /** Public test credentials the examples are sealed with. */
  readonly examples: { readonly secretKey: string; readonly secretKeyVersion: number };
}

export interface SealRuleModel {
  readonly field: string;
  readonly algorithmField: string;
  readonly defaultAlgorithm: string;
  /** Sorted by name (code-point order), whatever the order of the spec. */
  readonly algorithms: readonly SealAlgorithmModel[];
  readonly request: SealDirectionModel;
  readonly response: SealDirectionModel;
}

export interface SealDirectionModel {
  /** Field names left out of the sealing string, sorted. */
  readonly exclude: readonly string[];
  readonly notes: readonly string[];
}

export interface SealAlgorithmModel {
  readonly name: string;
  readonly kind: "hmac" | "digest";
  readonly hash: "sha256" | "sha512";
  /** Length of the lower-case hex seal. */
  readonly hexLength: number;
  readonly notes: readonly string[];
}

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
  readonly value: string;
  /** Key in the const object. */
  readonly key: string;
  /** One per context where Sips gives several. */
  readonly meanings: readonly string[];
}

export interface VersionModel {
  /** As the spec writes it: "2.37". */
  readonly text: string;
  readonly major: number;
  readonly minor: number;
}

/** An environment of an operation and its addresses, each null where the spec gives none. */
export interface EnvironmentModel {
  /** As the spec names it: prod, simu, test. */
  readonly name: string;
  /** As the pages print it: PROD, SIMU, TEST (docs and OpenAPI). */
  readonly label: string;
  /** The JSON API's address: the one the client posts to. */
  readonly json: string | null;
  /** The address of the HTML form a browser posts (Paypage). */
  readonly post: string | null;
  readonly soap: string | null;
}

export interface OperationModel {
  readonly name: string;
  readonly summary: string;
  readonly family: string | null;
  readonly method: "POST";
  /** By name in code-point order (prod, simu, test). */
  readonly environments: readonly EnvironmentModel[];
  /** The JSON address of each environment that has one, in the order of `environments`. */
  readonly endpoints: { readonly [environment: string]: string };
  /** The JSON address of prod, else of the first environment with one: its path is where a mock or a base URL serves the operation. */
  readonly primaryEndpoint: string;
  readonly interfaceVersion: {
    /** The interface of the JSON messages. */
    readonly prefix: string;
    /** The recommended version for `prefix`; null when no public source gives one. */
    readonly recommended: string | null;
    readonly recommendedVersion: VersionModel | null;
    /** Every recommended version the page gives, by prefix in code-point order (a POST form's prefix beside the JSON one). */
    readonly recommendedByPrefix: readonly { readonly prefix: string; readonly version: string }[];
    /** The POST form's interface (its prefix and version): the one prefix recommended beside the JSON one; null when there is none. */
    readonly post: { readonly prefix: string; readonly version: string } | null;
  };
  readonly source: OperationSourceModel;
  readonly notes: readonly string[];
  readonly sourceFile: string;
  /** Null when the spec does not say which response field carries the status. */
  readonly status: StatusModel | null;
  readonly request: MessageModel;
  readonly response: MessageModel;
  /** The message Sips sends back at addresses the request gives (a Paypage response); null when there is none. */
  readonly callback: CallbackModel | null;
  /** In the order of the page where the operation has one; else newest version first, then by field name. */
  readonly changelog: readonly ChangelogRowModel[];
}

/** The response field that carries the operation's status, and the codes that mean something to a client or a mock. */
export interface StatusModel {
  readonly field: string;
  /** The response field with the text that comes with the code. */
  readonly messageField: string | null;
  /** Each null when no public source says which code it is. */
  readonly accepted: string | null;
  readonly formatError: string | null;
  readonly signatureError: string | null;
  readonly notes: readonly string[];
}

export interface OperationSourceModel {
  readonly page: string | null;
  readonly readFirst: readonly {
    readonly title: string;
    readonly label: string | null;
    readonly description: string | null;
  }[];
  readonly notes: readonly string[];
}

/** A message Sips sends to the shop, with no endpoint of its own: validated as a response. */
export interface CallbackModel {
  /** lowerCamelCase, as the spec names it. */
  readonly name: string;
  readonly summary: string;
  readonly source: { readonly page: string | null; readonly notes: readonly string[] };
  /** Its fields, kind "response", typeName the callback's. */
  readonly message: MessageModel;
}

/** The saved facts of a message stop before its page does: Sips documents fields the spec does not hold. */
export interface FactsStopModel {
  /** The last field of the page the facts reach; null when the spec does not say. */
  readonly after: string | null;
  /** Where the rest is documented. */
  readonly see: string;
  readonly notes: readonly string[];
}

export interface MessageModel {
  readonly kind: MessageKind;
  /** json: a JSON object sealed by the platform's rule; data: the POST interface's Data string, sealed as posted. */
  readonly encoding: Encoding;
  /** Null when the spec holds every field its page documents (as far as it knows). */
  readonly factsStop: FactsStopModel | null;
  readonly operationName: string;
  /** PaymentTokenInitializeRequest */
  readonly typeName: string;
  /** In spec order: a presence change moves no field. */
  readonly fields: readonly FieldModel[];
  /** Fields that enter the sealing string, in sealing order. */
  readonly sealFields: readonly string[];
  /** Fields left out of the sealing string (whether or not the message has them). */
  readonly sealExclude: readonly string[];
  /** Requests refuse fields they do not know; responses tolerate them (forward compatibility). */
  readonly unknownFields: "error" | "warning";
  /** The interface its versions belong to: the JSON prefix, or the POST form's for a message in the Data encoding (a Paypage response). */
  readonly interfacePrefix: string;
  /** The field that declares the message's interface version (type interfaceVersion), if any. */
  readonly versionField: string | null;
  readonly notes: readonly string[];
  /** A valid message, sealed with the platform's public test key. */
  readonly example: JsonObject;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

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

/** A Sips format such as N15: see rules/format.ts. */
export type { FormatModel };

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
}

export interface ChangelogRowModel {
  /** Null when undocumented: such rows come last. */
  readonly version: VersionModel | null;
  readonly field: string;
  readonly attendance: "Request" | "Response" | "Request/Response";
  /** Name of the enclosing container, empty at the top level. */
  readonly container: string;
}
