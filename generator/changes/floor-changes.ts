// The lowest interface version a request may declare, as its operation's
// interfaceVersion values give it (model/version-floor.ts): the validators
// refuse a request below it, so a floor raised refuses requests valid before,
// and one lowered or gone accepts more. Values that give no version
// leave the floor to the required fields (the latest version among them);
// with none after 1.0 there is no floor: every version is accepted.

import type { MessageModel } from "../model/operation-model.js";
import { floorReason, floorText, versionFloor } from "../model/version-floor.js";
import { compareVersions } from "../model/versions.js";
import type { Change } from "./change.js";
import { fieldsMovedWithFloor, floorSaid } from "./floor-moved-fields.js";

/**
 * A request's floor raised, lowered, given or taken back; nothing under another prefix (comparePrefix says that),
 * nor where either request has no version field: the field added, removed or retyped is the change, both ways.
 */
export function compareFloor(
  operation: string,
  before: MessageModel,
  after: MessageModel,
  responses: { readonly before: MessageModel; readonly after: MessageModel } | null = null,
): Change[] {
  const requests = { before, after };
  if (!floorSaid(requests)) return [];
  const [was, is] = [versionFloor(before), versionFloor(after)];
  const order = was && is ? compareVersions(is.version, was.version) : was ? -1 : is ? 1 : 0;
  if (order === 0) return [];
  const lowest = (floor: typeof was): string => (floor ? floorText(after, floor) : "none");
  const values = is ? ` (${is.required.length > 0 ? floorReason(is) : `the values ${is.values.join(", ")}`})` : "";
  const head = `the lowest interfaceVersion a request may declare ${lowest(was)} → ${lowest(is)}${values}`;
  // Lowered: the fields whose version moved at or below the old floor with it, named here rather than a line each.
  const moved =
    order > 0
      ? []
      : [
          ...fieldsMovedWithFloor(before, after, requests).map((field) => `request ${field}`),
          ...(responses ? fieldsMovedWithFloor(responses.before, responses.after, requests) : []).map(
            (field) => `response ${field}`,
          ),
        ];
  const summary =
    order > 0
      ? `${head}: requests declaring an earlier version are refused.`
      : `${head}: requests declaring a version before ${lowest(was)}${is ? `, from ${lowest(is)} on,` : ""} are accepted.${movedWith(moved, lowest(was))}`;
  return [
    {
      operation,
      message: "request",
      field: `/${after.versionField}`,
      kind: "interface-version-floor",
      classes: [order > 0 ? "breaking-request" : "additive"],
      summary,
    },
  ];
}

/** Fields named at most, the others counted. */
const NAMED = 10;

/** What the floor's line says of the fields whose version moved with it: how many, and which. */
function movedWith(fields: readonly string[], was: string): string {
  if (fields.length === 0) return "";
  const named = fields.slice(0, NAMED).join(", ");
  const more = fields.length > NAMED ? `, and ${fields.length - NAMED} more` : "";
  const count = fields.length === 1 ? "1 field's version" : `${fields.length} fields' versions`;
  return ` With it, ${count} moved at or below ${was}, which no valid request declared nor its response was read at (docs, said here alone): ${named}${more}.`;
}
