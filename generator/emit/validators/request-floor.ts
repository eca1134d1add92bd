// The lowest version a request may declare, as its validator holds it: the
// version compared with the declared one (value-checks.ts), the issue's
// message, and the check of a pinned `options.interfaceVersion`.

import { versionFloorText } from "../../../runtime/issues.js";
import type { MessageModel, OperationModel } from "../../model/operation-model.js";
import { floorNumber, floorText, versionFloor } from "../../model/version-floor.js";
import { type Code, ts } from "../ts/code.js";
import { lit } from "../ts/escape.js";
import { call } from "../ts/layouts.js";
import { runtime } from "../ts/symbols.js";
import type { Where } from "./where.js";

const is = runtime.issues;

/**
 * The lowest version a request may declare, where its operation's values give
 * one (model/version-floor.ts), and the message naming it and the version
 * recommended for the request's interface.
 */
export function requestFloor(op: OperationModel, message: MessageModel): Where["floor"] {
  const floor = versionFloor(message);
  if (!floor) return null;
  const recommended = op.interfaceVersion.recommendedByPrefix.find((r) => r.prefix === message.interfacePrefix);
  return {
    version: floorNumber(floor),
    message: versionFloorText(floorText(message, floor), recommended?.version ?? null),
  };
}

/** The problem of `options.interfaceVersion`: a request with a floor holds a pinned version to it too. */
export const pinnedError = (prefix: Code, floor: Where["floor"]): Code =>
  floor
    ? call(is.pinnedFloorError, [prefix, ts`pinned`, ts`${floor.version}`, lit(floor.message)])
    : ts`${is.pinnedVersionError}(${prefix}, pinned)`;
