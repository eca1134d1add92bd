import type { RawField, RawOperation } from "../rules/raw-spec.js";
import { containersIn, responseFields } from "../validate/contained-types.js";

/**
 * The container types some response holds, at any depth, by type name. A type
 * is shared by every message that uses it, so one used by a request and a
 * response is known as a response's before it is built (its value-list fields
 * then admit unknown values), rather than changed after. Validation guarantees
 * that every definition of a type name holds the same fields, so the types of
 * all responses are those of each response taken together (what validation
 * gives when it checked the spec from the facts of its files: ValidSpec).
 */
export function responseContainers(
  operations: readonly RawOperation[],
  dictionary: ReadonlyMap<string, RawField>,
): ReadonlySet<string> {
  return containersIn(operations.flatMap(responseFields), dictionary);
}
