// What the model's head of an operation is made of (model/operation-head.ts),
// kept with its facts (spec-facts.ts): its name, summary, family, effect,
// addresses, interface version, callback's name and page, and the field naming a
// request's field in error. After one edit among a thousand operations, the
// files that span operations read only the head of an unchanged operation
// (its own files come from the memo): made from its outline and the pages its
// facts name, the head needs none of the operation's data, which is then read
// only if a stage asks for more (read-documents.ts).

import type { RawOperation } from "../rules/raw-spec.js";

export type Outline = Pick<
  RawOperation,
  "operation" | "summary" | "family" | "effect" | "endpoints" | "interfaceVersion"
> & {
  /** Its callback's name (callback.name), if it has one. */
  readonly callbackName?: string;
  /** The page its callback cites (callback.source.page), if it cites one. */
  readonly callbackPage?: string;
  /** The response field that names the request field in error (status.errorField), if its status has one. */
  readonly errorField?: string;
};

export const outlineOf = ({
  operation,
  summary,
  family,
  effect,
  endpoints,
  interfaceVersion,
  callback,
  status,
}: RawOperation): Outline => ({
  operation,
  summary,
  ...(family === undefined ? {} : { family }),
  effect,
  endpoints,
  interfaceVersion,
  ...(callback === undefined ? {} : { callbackName: callback.name }),
  ...(callback?.source?.page === undefined ? {} : { callbackPage: callback.source.page }),
  ...(status?.errorField === undefined ? {} : { errorField: status.errorField }),
});

/** Whether a remembered value has the form of an outline (a damaged entry is a miss). */
export function isOutline(value: unknown): value is Outline {
  if (typeof value !== "object" || value === null) return false;
  const outline = value as Record<string, unknown>;
  return (
    typeof outline["operation"] === "string" &&
    typeof outline["summary"] === "string" &&
    (outline["family"] === undefined || typeof outline["family"] === "string") &&
    (outline["effect"] === "reads" || outline["effect"] === "changes") &&
    (outline["callbackName"] === undefined || typeof outline["callbackName"] === "string") &&
    (outline["callbackPage"] === undefined || typeof outline["callbackPage"] === "string") &&
    (outline["errorField"] === undefined || typeof outline["errorField"] === "string") &&
    isMapping(outline["endpoints"]) &&
    isMapping(outline["interfaceVersion"])
  );
}

const isMapping = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);
