// What the mock answers a body that is not JSON at an operation's JSON address:
// a Paypage POST form posted there (a form built with a base URL given a path of
// its own, such as the reference index's base address, or posted to the JSON
// address a reference page lists) is told for what it is, with the address its
// form goes to; another form, that the address takes JSON. A body declared JSON
// is not JSON whatever its text: broken JSON may read as pairs of a form.

import type { MockOperation } from "./mock-operation.js";
import type { MockSite } from "./mock-site.js";
import { primaryPostAddress } from "./operation-addresses.js";
import { PAYPAGE_FORM_FIELDS } from "./paypage-form-fields.js";

/** The media types of a form a browser posts. */
const FORM_TYPES: ReadonlySet<string> = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** What a 400 for `text`, a body that is not JSON sent as `contentType`, says at the JSON address of `served`. */
export function notJsonMessage(
  site: MockSite,
  served: MockOperation,
  contentType: string | undefined,
  text: string,
): string {
  const { name, addresses } = served.operation;
  const takes = `${name}'s address takes a JSON request`;
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!isJsonType(type) && isPaypageForm(text)) {
    const played = site.played.get(served);
    const post = primaryPostAddress(addresses);
    const form = `the body is a Paypage POST form (${PAYPAGE_FORM_FIELDS.data}, ${PAYPAGE_FORM_FIELDS.seal}), sent to ${name}'s JSON address, which takes a JSON request`;
    // No form of this operation's: the form was built for another, and posted here by hand; no base URL put it here.
    if (post === undefined)
      return `${form}: ${name} has no POST form address; post a form to the action it was built with`;
    const goes =
      played !== undefined
        ? `the mock's Paypage takes it at ${site.origin}${played.path}`
        : `its form goes to its POST form address (${new URL(post).pathname}), which this mock does not serve`;
    return `${form}: ${goes}; a form built with a base URL takes the mock's url alone, without a path, as its environment`;
  }
  return FORM_TYPES.has(type) ? `the body is a form (${type}), not JSON: ${takes}` : `the body is not JSON: ${takes}`;
}

/** Whether `type`, a media type in lower case, declares JSON: application/json, or a type of JSON's syntax ("+json"). */
const isJsonType = (type: string): boolean => type === "application/json" || type.endsWith("+json");

/** Whether `text` reads as the POST interface's form: urlencoded pairs that carry its Data and its Seal. */
function isPaypageForm(text: string): boolean {
  const pairs = new URLSearchParams(text);
  return pairs.has(PAYPAGE_FORM_FIELDS.data) && pairs.has(PAYPAGE_FORM_FIELDS.seal);
}
