// An operation in the model: its environments and addresses, its interface
// version, its messages and callback, its status field and its changelog.

import type { Effect, Encoding, MessageKind } from "../rules/raw-spec.js";
import type { FieldModel, VersionModel } from "./field-model.js";
import type { JsonObject } from "./json-value.js";

export type { Effect, Encoding, MessageKind };

export interface OperationModel {
  readonly name: string;
  readonly summary: string;
  readonly family: string | null;
  /** What a call does at Sips: "reads" only, or "changes" something (whether it may be sent again blindly). */
  readonly effect: Effect;
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
  /** The saved pages its files are made from (its own, its callback's: each orders a changelog), for the memo's keys. */
  readonly pages: readonly string[];
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

/** The response field that carries the operation's status, and the codes that mean something to a client or a mock. */
export interface StatusModel {
  readonly field: string;
  /** The response field with the text that comes with the code. */
  readonly messageField: string | null;
  /** The response field that names the request field in error, with a format error. */
  readonly errorField: string | null;
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
  /** Its fields' rows, apart from the operation's: in the order of its page where it cites one, else newest first. */
  readonly changelog: readonly ChangelogRowModel[];
}

/** The saved facts of a message stop before its page does: Sips documents fields the spec does not hold. */
export interface FactsStopModel {
  /** The last field of the page the facts reach; null when the spec does not say. */
  readonly after: string | null;
  /** Where the rest is documented. */
  readonly see: string;
  readonly notes: readonly string[];
  /** What secret of the buyer a field beyond the facts carries (an IBAN the page's request sends), null for none. */
  readonly sensitive: string | null;
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

export interface ChangelogRowModel {
  /** Null when undocumented: such rows come last. */
  readonly version: VersionModel | null;
  readonly field: string;
  readonly attendance: "Request" | "Response" | "Request/Response";
  /** Name of the enclosing container, empty at the top level. */
  readonly container: string;
}
