// An operation's effect (whether a call only reads at Sips or changes
// something there) changed: a back office reads `operations.<name>.effect` to
// decide whether a call whose reply was lost may be sent again.

import type { OperationModel } from "../model/operation-model.js";
import type { Change } from "./change.js";
import { effectEntry } from "./place-words.js";

/**
 * The effect changed, if it did. Made `changes`, it breaks senders: code that
 * sent it again blindly after a lost reply may now do twice what Sips does
 * once. Made `reads`, it only allows what was refused: additive.
 */
export function compareEffect(before: OperationModel, after: OperationModel): Change[] {
  if (before.effect === after.effect) return [];
  const changes = after.effect === "changes";
  return [
    {
      operation: after.name,
      message: null,
      field: null,
      kind: "effect",
      classes: [changes ? "breaking-request" : "additive"],
      summary: changes
        ? `effect reads → changes: a call whose reply did not come may have changed something at Sips, and is no longer to be sent again blindly${effectEntry(after.name)}.`
        : `effect changes → reads: a call only reads at Sips, and may be sent again after any failure but invalid-request${effectEntry(after.name)}.`,
    },
  ];
}
