// An interfaceVersion's example is shown as what a request of its operation
// declares (docs, OpenAPI document, client examples), and the generated
// validator holds a request to its operation's interface: the prefix, then
// <major>.<minor>, at or above the lowest version a request of the operation
// may declare (its values of its prefix list, and its required fields).

import { declaredVersion } from "../../runtime/interface-version.js";
import type { RawField, RawOperation, RawValueList } from "../rules/raw-spec.js";
import { rawRequiredFloor } from "../rules/required-floor.js";
import { belowFloor, floorGivenBy, interfaceFloor } from "./check-list-prefixes.js";
import type { FieldSite } from "./field-sites.js";

/**
 * What is wrong with an interfaceVersion field's example for the operation
 * whose field `site` is; null when it is right, when there is none, or where
 * the site is in no operation (a dictionary entry says no interface).
 */
export function interfaceVersionProblem(
  shape: RawField,
  site: Pick<FieldSite, "scope" | "located">,
  lists: ReadonlyMap<string, RawValueList>,
  dictionary: ReadonlyMap<string, RawField>,
): string | null {
  const example = shape.example;
  const op = site.located.raw as Partial<Pick<RawOperation, "interfaceVersion" | "operation" | "request">>;
  const prefix = op.interfaceVersion?.prefix;
  if (example === undefined || site.scope === "dictionary" || typeof prefix !== "string") return null;
  // Named: a dictionary's example is reported where it is written, once for each operation it is wrong for.
  const of = `operation ${op.operation ?? "?"}`;
  if (!example.startsWith(prefix)) return `does not start with the interface prefix of ${of}, ${prefix}`;
  const version = declaredVersion(example, prefix);
  if (version < 0) return `is not ${prefix} followed by a version <major>.<minor> (numbers without leading zeros)`;
  const list = shape.valueList === undefined ? undefined : lists.get(shape.valueList);
  const required = op.request ? rawRequiredFloor(op.request.fields, dictionary) : null;
  const floor = interfaceFloor(prefix, list, shape.values, required);
  const read = { major: Math.floor(version / 10000), minor: version % 10000 };
  if (floor && belowFloor(read, floor))
    return `is below ${floor.text}, the lowest version a request of ${of} may declare (${floorGivenBy(floor)})`;
  return null;
}
