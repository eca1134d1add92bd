// The interface version of the mock Paypage's response to a payment started as
// JSON (mock-paypage.ts plays it).

import type { OperationDescriptor } from "./descriptor.js";
import { declaredVersion } from "./interface-version.js";

/**
 * The `InterfaceVersion` of the response to a payment started as JSON: the
 * version the request declared, as the POST interface writes it (`IR_WS_3.4`
 * gives `HP_3.4`). The saved pages do not say which Sips writes. The response
 * comes through the POST interface, whose versions the callback's are (its
 * validator takes `HP_` ones, so a shop can pin a response to the version it
 * came with), and a payment started by the POST form answers with the form's
 * own version; the pages number the fields of both interfaces alike (the
 * callback's without a prefix, and the recommended `HP_3.4` beside
 * `IR_WS_3.4`), so the request's version is the one its response is written
 * in. The spec's recommended `HP_` version is advice for a new form, not a
 * fact of this payment: lowered, it would have lowered the version of a
 * response whose fields a later version brought. The recommended one only
 * where the request's version has no number; the request's own where the
 * operation has no POST interface.
 */
export function jsonStartedVersion(
  interfaceVersion: OperationDescriptor<unknown, unknown>["interfaceVersion"],
  requested: string,
): string {
  const { prefix, postPrefix, recommendedByPrefix } = interfaceVersion;
  if (postPrefix === null) return requested;
  if (declaredVersion(requested, prefix) >= 0) return `${postPrefix}${requested.slice(prefix.length)}`;
  return recommendedByPrefix[postPrefix] ?? requested;
}
