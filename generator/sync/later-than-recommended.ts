// A request field a page adds with a version later than the operation's
// recommended one (since 2.70 where the client declares CD_EF_2.58): the
// validators refuse it in a call that gives no interfaceVersion, so a sender
// must declare a later version to set it. `npm run changes` says so to the
// reviewer; sync says it to the maintainer who saved the page, beside the
// field's line, as the recommended version may be the one to raise. The
// recommended version is the one the run leaves: a release that raises it with
// the field needs no such line.

import { compareVersions, parseVersion } from "../rules/versions.js";
import type { SpecEdit } from "./page-difference.js";
import type { SyncSubject } from "./sync-check.js";
import { shownField } from "./shown-field.js";

const VERSION = /^\d+\.\d+$/;
const RECOMMENDED = "interfaceVersion.recommended";

/** The line that says a request field added is later than the recommended version; none where it is not. */
export function laterThanRecommended(edit: Extract<SpecEdit, { kind: "add-field" }>, subject: SyncSubject): string[] {
  const since = edit.field.since?.value;
  const { prefix } = subject.op.interfaceVersion;
  if (edit.message !== "request" || since === undefined || !VERSION.test(since)) return [];
  const recommended = recommendedAfter(subject);
  if (recommended === null || !recommended.startsWith(prefix)) return [];
  if (compareVersions(parseVersion(since), parseVersion(recommended.slice(prefix.length))) <= 0) return [];
  const field = shownField([...edit.at, edit.field.name]);
  return [
    `${subject.op.name}: request field ${field} is since ${since}, later than the recommended ${recommended}, which the client declares for a call that gives no interfaceVersion: a call that sets it must declare ${prefix}${since} or later; raise interfaceVersion.recommended once Sips answers it`,
  ];
}

/** The operation's own recommended version once the run's edits are written: the one an edit sets, else the spec's. */
function recommendedAfter(subject: SyncSubject): string | null {
  const { prefix, recommended } = subject.op.interfaceVersion;
  for (const { fix } of subject.differences) {
    if (fix?.kind !== "set-operation" || fix.path.join(".") !== RECOMMENDED) continue;
    const { value } = fix;
    if (typeof value === "string") return value;
    // By prefix: the operation's own prefix's, as the client declares it.
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const own = (value as Readonly<Record<string, unknown>>)[prefix];
      if (typeof own === "string") return own;
    }
  }
  return recommended;
}
