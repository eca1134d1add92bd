// The head of an operation's model: what the files that span operations read
// of every operation (its name, summary, family, addresses, interface version,
// pages and spec file). It is made from the operation's outline and pages
// alone (validate/operation-outline.ts), which its facts keep: after one edit
// among a thousand operations, an unchanged operation's own files come from
// the memo, and its model is its head, the rest built from its data only if
// a stage asks for it (modelWithHead).

import type { Outline } from "../validate/operation-outline.js";
import { environmentsOf, recommendedByPrefix, recommendedOwn, recommendedPost } from "../rules/raw-endpoints.js";
import type { EnvironmentModel, OperationModel } from "./operation-model.js";
import { parseVersion } from "./versions.js";

const HEAD_KEYS = [
  "name",
  "summary",
  "family",
  "environments",
  "endpoints",
  "primaryEndpoint",
  "interfaceVersion",
  "pages",
  "sourceFile",
] as const satisfies readonly (keyof OperationModel)[];

export type OperationHead = Pick<OperationModel, (typeof HEAD_KEYS)[number]>;

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
  };
}

/** The keys of an operation's model, in the order normalizeOperation sets them (the JSON of a model is the same). */
const MODEL_KEYS = [
  "name",
  "summary",
  "family",
  "method",
  "environments",
  "endpoints",
  "primaryEndpoint",
  "interfaceVersion",
  "pages",
  "source",
  "notes",
  "sourceFile",
  "status",
  "request",
  "response",
  "callback",
  "changelog",
] as const satisfies readonly (keyof OperationModel)[];

// Every key of the model is in MODEL_KEYS: a key added to OperationModel alone fails the type-check here.
const everyKey: Exclude<keyof OperationModel, (typeof MODEL_KEYS)[number]> extends never ? true : never = true;
void everyKey;

const IN_HEAD: ReadonlySet<string> = new Set(HEAD_KEYS);

/**
 * An operation's model with `head`, every other field read from the model
 * `build` makes, called once when one is first read: in the model's order,
 * the head's fields plain properties, the others getters, as normalizeOperation
 * makes them.
 */
export function modelWithHead(head: OperationHead, build: () => OperationModel): OperationModel {
  let built: OperationModel | undefined;
  const model: Record<string, unknown> = {};
  for (const key of MODEL_KEYS) {
    if (IN_HEAD.has(key)) model[key] = head[key as keyof OperationHead];
    else Object.defineProperty(model, key, { enumerable: true, get: () => (built ??= build())[key] });
  }
  return model as unknown as OperationModel;
}
