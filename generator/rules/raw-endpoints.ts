// The two forms the spec format gives endpoints and recommended versions,
// read the same way by validation, the model and sync: an environment is a URL
// (its JSON address) or its addresses by kind; `recommended` is one version
// or one per interface prefix.

import { compareText } from "./code-point-order.js";
import type { RawAddresses, RawOperation } from "./raw-spec.js";

/** An environment's addresses by kind, whichever form the spec writes. */
/** An address's host, or null for text that is no URL. */
export const hostOf = (url: string): string | null => (URL.canParse(url) ? new URL(url).host : null);

export const addressesOf = (written: string | RawAddresses): RawAddresses =>
  typeof written === "string" ? { json: written } : written;

/** The spec path of an environment's JSON address, whichever form it is written in. */
export const jsonPath = (env: string, written: string | RawAddresses): string[] =>
  typeof written === "string" ? ["endpoints", env] : ["endpoints", env, "json"];

/** The environments of an operation with their addresses, by name in code-point order. */
export const environmentsOf = (op: Pick<RawOperation, "endpoints">): [string, RawAddresses][] =>
  Object.entries(op.endpoints)
    .map(([name, written]): [string, RawAddresses] => [name, addressesOf(written)])
    .sort(([a], [b]) => compareText(a, b));

/** Every recommended version by its prefix, in code-point order of prefix; a single version is under the operation's prefix. */
export function recommendedByPrefix(iv: RawOperation["interfaceVersion"]): [string, string][] {
  const { prefix, recommended } = iv;
  if (recommended === undefined) return [];
  if (typeof recommended === "string") return [[prefix, recommended]];
  return Object.entries(recommended).sort(([a], [b]) => compareText(a, b));
}

/**
 * The POST form's interface: the one prefix recommended beside the JSON one
 * (a Paypage page gives one), with its version; undefined when the page
 * gives none or several.
 */
export function recommendedPost(iv: RawOperation["interfaceVersion"]): { prefix: string; version: string } | undefined {
  const others = recommendedByPrefix(iv).filter(([p]) => p !== iv.prefix);
  const [only] = others;
  return others.length === 1 && only ? { prefix: only[0], version: only[1] } : undefined;
}

/** The recommended version for the operation's own prefix: the version its JSON messages declare. */
export function recommendedOwn(iv: RawOperation["interfaceVersion"]): string | undefined {
  const { prefix, recommended } = iv;
  return typeof recommended === "string" ? recommended : recommended?.[prefix];
}
