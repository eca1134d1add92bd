// The intermediate model: everything the emitters need, resolved and named,
// and nothing that depends on YAML. Read-only plain data; templates see only this.
// Here the spec as a whole and its platform rules; an operation, a field and
// a value list each in their own module (operation-model.ts, field-model.ts,
// value-list-model.ts).
// It names messages, value lists and containers as schemas and docs show them;
// the TypeScript names the package declares for them are not model data
// (rules/export-names.ts declares them, emit/ts/model-symbols.ts looks them up).

import type { SharedContainerModel } from "./field-model.js";
import type { OperationModel } from "./operation-model.js";
import type { ValueListModel } from "./value-list-model.js";

export interface SpecModel {
  readonly platform: PlatformModel;
  /** Sorted by name. */
  readonly valueLists: readonly ValueListModel[];
  /** Container types shared by all operations, sorted by type name. */
  readonly containers: readonly SharedContainerModel[];
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
  /** What the platform's rules were written from (the seal rule, its test values), in the spec's order. */
  readonly sources: readonly { readonly title: string; readonly note: string | null }[];
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
