// The head of an operation's model: what the files that span operations read
// of every operation (its name, summary, family, effect, addresses, interface version,
// pages, spec file and callback's name and page). It is made from the operation's outline and pages
// alone (validate/operation-outline.ts), which its facts keep: after one edit
// among a thousand operations, an unchanged operation's own files come from
// the memo, and its model is its head, the rest built from its data only if
// a stage asks for it (modelWithHead).

import type { Outline } from "../validate/operation-outline.js";
import { environmentsOf, recommendedByPrefix, recommendedOwn, recommendedPost } from "../rules/raw-endpoints.js";
import type { EnvironmentModel, OperationModel } from "./operation-model.js";
import { parseVersion } from "./versions.js";

export type OperationHead = Pick<
  OperationModel,
  | "name"
  | "summary"
  | "family"
  | "effect"
  | "environments"
  | "endpoints"
  | "primaryEndpoint"
  | "interfaceVersion"
  | "pages"
  | "sourceFile"
> & {
  /** Its callback's name, null when it has none: not a field of the model (callbackNameOf). */
  readonly callbackName: string | null;
  /** The page its callback cites, null when it cites none (callbackPageOf). */
  readonly callbackPage: string | null;
  /** Its status's errorField, null when it has none: the reference index shows it without the status. */
  readonly errorField: string | null;
};

/** The head of the model of an operation with `outline`, citing `pages`, from its file `sourceFile`. */
export function operationHead(outline: Outline, pages: readonly string[], sourceFile: string): OperationHead {
  const { prefix } = outline.interfaceVersion;
  const recommended = recommendedOwn(outline.interfaceVersion);
  const environments = environmentsOf(outline).map(([name, a]): EnvironmentModel => ({
    name,
    label: name.toUpperCase(),
    json: a.json ?? null,
    post: a.post ?? null,
    soap: a.soap ?? null,
  }));
  const endpoints = Object.fromEntries(environments.flatMap((e) => (e.json === null ? [] : [[e.name, e.json]])));
  return {
    name: outline.operation,
    summary: outline.summary,
    family: outline.family ?? null,
    effect: outline.effect,
    environments,
    endpoints,
    // Validation makes sure some environment has a JSON address.
    primaryEndpoint: endpoints["prod"] ?? Object.values(endpoints)[0] ?? "",
    interfaceVersion: {
      prefix,
      recommended: recommended ?? null,
      recommendedVersion: recommended === undefined ? null : parseVersion(recommended.slice(prefix.length)),
      recommendedByPrefix: recommendedByPrefix(outline.interfaceVersion).map(([p, version]) => ({
        prefix: p,
        version,
      })),
      post: recommendedPost(outline.interfaceVersion) ?? null,
    },
    pages: [...pages],
    sourceFile,
    callbackName: outline.callbackName ?? null,
    callbackPage: outline.callbackPage ?? null,
    errorField: outline.errorField ?? null,
  };
}

/** The callback's name of each model made from a head (modelWithHead). */
const callbackNames = new WeakMap<OperationModel, string | null>();

/**
 * An operation's callback's name, null when it has none: from the head where the model was made from one,
 * so that asking it builds none of an unchanged operation's messages; else from its callback.
 */
export const callbackNameOf = (op: OperationModel): string | null => {
  const name = callbackNames.get(op);
  return name !== undefined ? name : (op.callback?.name ?? null);
};

/** The page the callback cites of each model made from a head (modelWithHead). */
const callbackPages = new WeakMap<OperationModel, string | null>();

/**
 * The page an operation's callback cites, null when it has none: from the head where the model was made from one,
 * so that asking it builds none of an unchanged operation's messages; else from its callback.
 */
export const callbackPageOf = (op: OperationModel): string | null => {
  const page = callbackPages.get(op);
  return page !== undefined ? page : (op.callback?.source.page ?? null);
};

/** The status's errorField of each model made from a head (modelWithHead). */
const errorFields = new WeakMap<OperationModel, string | null>();

/**
 * The response field that names a request's field in error (status.errorField), null when there is none: from the
 * head where the model was made from one, so that the reference index builds none of an unchanged operation's status.
 */
export const errorFieldOf = (op: OperationModel): string | null => {
  const field = errorFields.get(op);
  return field !== undefined ? field : (op.status?.errorField ?? null);
};

/**
 * An operation's model with `head`, every other field read from the model
 * `build` makes, called once when one is first read: its keys in the order
 * normalizeOperation sets them (the JSON of the model is the same), and of one
 * shape for every such operation, as the emitters read a thousand of them.
 */
export function modelWithHead(head: OperationHead, build: () => OperationModel): OperationModel {
  let built: OperationModel | undefined;
  const rest = () => (built ??= build());
  const model: OperationModel = {
    name: head.name,
    summary: head.summary,
    family: head.family,
    effect: head.effect,
    get method() {
      return rest().method;
    },
    environments: head.environments,
    endpoints: head.endpoints,
    primaryEndpoint: head.primaryEndpoint,
    interfaceVersion: head.interfaceVersion,
    pages: head.pages,
    get source() {
      return rest().source;
    },
    get notes() {
      return rest().notes;
    },
    sourceFile: head.sourceFile,
    get status() {
      return rest().status;
    },
    get request() {
      return rest().request;
    },
    get response() {
      return rest().response;
    },
    get callback() {
      return rest().callback;
    },
    get changelog() {
      return rest().changelog;
    },
  };
  callbackNames.set(model, head.callbackName);
  callbackPages.set(model, head.callbackPage);
  errorFields.set(model, head.errorField);
  return model;
}
