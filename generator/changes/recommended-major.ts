// A recommended version of an operation's own interface moved to another
// major version (CD_EF_2.53 → CD_EF_3.1): the client declares it in every
// request that gives no interfaceVersion, and Sips answers such a request as
// that major does. A major is where an interface changes what a minor does
// not, so code written for the old one must be read again: the change breaks
// senders, whatever else it does. Where the interface's prefix value, the
// lowest version a request may declare, did not move with it (a move one
// operation's page makes and another's holds: page-prefix-held, kept by a
// deviation), the spec then describes requests of the old major and
// recommends the new one: said too, as the reviewer's first thing to settle.

import { floorText, versionFloor } from "../model/version-floor.js";
import type { OperationModel } from "../model/operation-model.js";

/** Why the own recommended version moved to another major breaks senders, or null where its major is the same. */
export function recommendedMajorMoved(before: OperationModel, after: OperationModel): string | null {
  const [was, is] = [before.interfaceVersion.recommendedVersion, after.interfaceVersion.recommendedVersion];
  if (was === null || is === null || was.major === is.major) return null;
  const [from, to] = [before.interfaceVersion.recommended, after.interfaceVersion.recommended];
  const floor = versionFloor(after.request);
  const held =
    floor !== null && floor.version.major < is.major
      ? ` The lowest version a request may declare is still ${floorText(after.request, floor)}: the interface's value did not move with it.`
      : "";
  return ` ${to} is of another major version than ${from}: a request sent by the client without an interfaceVersion declares it, and Sips answers it as that version does; code written for ${from} is to be read again.${held}`;
}
