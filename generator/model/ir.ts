// The intermediate model: everything the emitters need, resolved and named,
// and nothing that depends on YAML. Read-only plain data; templates see only this.

import type { MessageKind, Presence } from "../load/raw-spec.js";

export type { MessageKind, Presence };

export interface SpecModel {
  readonly platform: PlatformModel;
  /** Sorted by name. */
  readonly valueLists: readonly ValueListModel[];
  /** Sorted by name. */
  readonly operations: readonly OperationModel[];
}

export interface PlatformModel {
  readonly name: string;
  readonly brand: string | null;
  /** Spec file the rules come from, relative to the spec directory. */
  readonly sourceFile: string;
  readonly seal: SealRuleModel;
}

export interface SealRuleModel {
  readonly field: string;
  readonly algorithmField: string;
  readonly defaultAlgorithm: string;
  /** In spec order of the algorithms map, sorted by name. */
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

export interface OperationModel {
  readonly name: string;
  /** PaymentTokenInitialize */
  readonly typeName: string;
  /** PAYMENT_TOKEN_INITIALIZE */
  readonly constName: string;
  readonly summary: string;
  readonly family: string | null;
  readonly method: "POST";
  readonly endpoints: { readonly prod: string; readonly test: string };
  readonly interfaceVersion: { readonly prefix: string; readonly recommended: string; readonly recommendedVersion: VersionModel };
  readonly source: OperationSourceModel;
  readonly notes: readonly string[];
  readonly sourceFile: string;
  readonly request: MessageModel;
  readonly response: MessageModel;
  /** Newest version first, then by field name. */
  readonly changelog: readonly ChangelogRowModel[];
}

export interface OperationSourceModel {
  readonly page: string | null;
  readonly readFirst: readonly { readonly title: string; readonly label: string | null; readonly description: string | null }[];
  readonly notes: readonly string[];
}

export interface MessageModel {
  readonly kind: MessageKind;
  readonly operationName: string;
  /** PaymentTokenInitializeRequest */
  readonly typeName: string;
  /** validatePaymentTokenInitializeRequest */
  readonly validateName: string;
  /** isPaymentTokenInitializeRequest */
  readonly guardName: string;
  /** PAYMENT_TOKEN_INITIALIZE_REQUEST_SEAL_FIELDS */
  readonly sealFieldsName: string;
  /** paymentTokenInitializeRequestSealingString */
  readonly sealingStringName: string;
  /** Required first, then conditional, then optional; by name within each group. */
  readonly fields: readonly FieldModel[];
  /** Fields that enter the sealing string, in sealing order. */
  readonly sealFields: readonly string[];
  /** Fields left out of the sealing string (whether or not the message has them). */
  readonly sealExclude: readonly string[];
  /** Requests refuse fields they do not know; responses tolerate them (forward compatibility). */
  readonly unknownFields: "error" | "warning";
  readonly notes: readonly string[];
}

export type FieldTypeModel =
  | { readonly kind: "string" }
  | { readonly kind: "integer" }
  | { readonly kind: "interfaceVersion"; readonly prefix: string };

export interface FieldModel {
  readonly name: string;
  readonly presence: Presence;
  readonly required: boolean;
  readonly condition: string | null;
  readonly since: VersionModel;
  readonly type: FieldTypeModel;
  readonly valueList: ValueListModel | null;
  readonly description: string;
  readonly notes: readonly string[];
}

export interface ChangelogRowModel {
  readonly version: VersionModel;
  readonly field: string;
  readonly attendance: "Request" | "Response" | "Request/Response";
  /** Name of the enclosing container, empty at the top level. */
  readonly container: string;
}
