// Which fields of a message an interface version allows, as its validators
// take them: asked of the message's descriptor, so that the two never disagree.

import type { MessageDescriptor } from "./descriptor.js";
import { pinnedVersion } from "./interface-version.js";
import { pinnedAs } from "./issues.js";

/** Interface versions start at 1.0: a field of 1.0 or earlier is in every version, and no validator checks it against one. */
const FIRST_VERSION = 10000;

/**
 * The names of the fields of a message that an interface version allows, as
 * its validators take them: those that appeared in it or before, those of
 * version 1.0 or earlier, and those whose version is undocumented.
 *
 * A version earlier than the lowest a request of its operation may declare
 * (`IR_WS_2.3` where the operation's values start at `IR_WS_2.4`, or
 * `IR_MB_2.36` where its required fields are all of 2.37) allows no
 * request at all, whatever its fields: the validators refuse it, the client
 * sends none and the mock answers it as invalid. Such a version throws rather
 * than give a list, which would read as fields a request could carry.
 *
 * @example fieldsAllowedIn(operations.someOperation.request, "2.30")
 * @throws TypeError when `interfaceVersion` is not the message's interface prefix and a version number (or a version
 * number alone), or is earlier than the lowest version a request of its operation may declare.
 */
export function fieldsAllowedIn<T>(message: MessageDescriptor<T>, interfaceVersion: string): (keyof T & string)[] {
  const wanted = pinnedVersion(interfaceVersion, message.interfacePrefix);
  if (wanted < 0)
    throw new TypeError(
      `not an interface version of this message: ${JSON.stringify(interfaceVersion)} (expected ${message.interfacePrefix} and major.minor)`,
    );
  const refused = versionRefused(message, interfaceVersion);
  if (refused !== null) throw new TypeError(`no request may declare this version: ${refused}`);
  return message.fields
    .filter((f) => {
      const since = f.since === null ? -1 : pinnedVersion(f.since, message.interfacePrefix);
      return since <= FIRST_VERSION || since <= wanted;
    })
    .map((f) => f.name as keyof T & string);
}

/**
 * Why the message's validator refuses every message checked at a well-formed
 * `interfaceVersion` (a request's below its operation's lowest version), or
 * null. That lowest version is compiled into the request's validator, which
 * answers a version pinned below it with one issue at the message's root:
 * asked of it, so that the two never disagree.
 */
function versionRefused(
  message: Pick<MessageDescriptor<unknown>, "validate">,
  interfaceVersion: string,
): string | null {
  const checked = message.validate({}, { interfaceVersion });
  if (checked.ok) return null;
  const refusal = pinnedAs(checked.errors, "interfaceVersion").find(
    (e) => e.path === "" && e.code === "interface-version",
  );
  return refusal?.message ?? null;
}
