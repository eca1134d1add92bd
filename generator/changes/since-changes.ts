// A field's version of appearance (`since`) moved: classed by what the
// validators do with it. A message checked against an interface version
// (a request's declared or pinned one, a response's or callback's pinned one)
// refuses a field newer than that version: a request always, a response or
// callback when its validation is strict (else a warning). A field of 1.0 or
// earlier, or undocumented, is in every version, and so is a field at or below
// the lowest version a valid request declares (its response is read at the
// request's version): no check follows it. Where that floor moved, the later of
// the two holds: below it a request was refused before or is now, which the
// floor's own change says once (floor-changes.ts), raised or lowered.

import type { FieldModel, VersionModel } from "../model/field-model.js";
import { compareVersions } from "../model/versions.js";
import { floorReason, type VersionFloor } from "../model/version-floor.js";
import { versioned } from "../emit/validators/version-checks.js";
import type { ChangeClass } from "./change.js";
import { acceptsEarlier, refusesNewer, type MessageWords } from "./message-words.js";
import { fieldFirst } from "./place-words.js";

/** The floor a field's since is judged against: the later of both specs', and whether it is the older's alone. */
export interface JudgingFloor {
  readonly floor: VersionFloor;
  /** The older spec's, the newer's lower or none: the floor was lowered or taken back. */
  readonly lowered: boolean;
}

/** The later of the older and newer specs' floors of a request; null where neither has one. */
export function judgingFloor(was: VersionFloor | null, is: VersionFloor | null): JudgingFloor | null {
  if (was !== null && (is === null || compareVersions(was.version, is.version) > 0))
    return { floor: was, lowered: true };
  return is && { floor: is, lowered: false };
}

/**
 * The class and summary of a field's since moved; null where it did not move. `judging`: the request's floor;
 * `words`: how its message is named (a callback's line names what the shop calls).
 */
export function compareSince(
  words: MessageWords,
  judging: JudgingFloor | null,
  before: FieldModel,
  after: FieldModel,
): {
  readonly classes: ChangeClass[];
  readonly summary: string;
  /** Both versions at or below a lowered floor (or in every version): the floor's own line says it (floor-moved-fields.ts). */
  readonly withFloor: boolean;
} | null {
  const floor = judging?.floor ?? null;
  const since = [before.since?.text ?? "undocumented", after.since?.text ?? "undocumented"] as const;
  if (since[0] === since[1]) return null;
  const request = words.kind === "request";
  // Below the floor the version is itself refused: no valid request, nor its response, is checked against such a field.
  const belowFloor = (f: FieldModel): boolean =>
    floor !== null && f.since !== null && compareVersions(f.since, floor.version) <= 0;
  /** The version from which validation accepts the field, null where it accepts it in every version. */
  const checkedFrom = (f: FieldModel): VersionModel | null => (versioned(f) && !belowFloor(f) ? f.since : null);
  const [was, is] = [checkedFrom(before), checkedFrom(after)];
  const order = was && is ? compareVersions(is, was) : was ? -1 : is ? 1 : 0;
  const name = after.name;
  const head = `${fieldFirst(name)}since ${since[0]} → ${since[1]}.`;
  if (order > 0)
    return request
      ? {
          classes: ["breaking-request"],
          summary: `${head} Requests declaring an interface version before ${since[1]} may no longer carry it.`,
          withFloor: false,
        }
      : {
          classes: ["breaking-response"],
          summary: `${head} ${refusesNewer(words, since[1])}`,
          withFloor: false,
        };
  // Accepted from the new version on, or, where it is in every version now, from the lowest a request declares.
  if (order < 0 && was !== null)
    return {
      classes: ["additive"],
      summary: `${head} ${acceptsEarlier(words, is ?? floor?.version ?? null, was)}`,
      withFloor: false,
    };
  const unseen = floor !== null && [before, after].some(belowFloor);
  const why = !unseen
    ? " A field of interface version 1.0 or earlier, or undocumented, is accepted in every version."
    : judging?.lowered
      ? ` No valid request declared a version before ${floor.version.text}${request ? "" : ", nor was its response read at one"} until the lowest version a request may declare was lowered (interface-version-floor), which says what it accepts now.`
      : ` No valid request declares a version before ${floor.version.text}${request ? "" : ", nor is its response read at one"}: ${floorReason(floor)}.`;
  return { classes: ["docs"], summary: `${head}${why}`, withFloor: unseen && judging?.lowered === true };
}
