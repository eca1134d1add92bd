// A request as the POST interface's `Data` holds it: its fields less those the
// form carries itself (the interface version, the seal and its algorithm), and
// the names a form's fields may not give. Each made once per request.

import type { PaypageRequestMessage } from "./paypage-request.js";
import { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_ALGORITHM_FIELD, SEAL_FIELD } from "./platform.js";
import { pointer } from "./json-pointer.js";

/** Each request's names a form's fields may not give: the credentials and the form's own fields. */
const filledOfRequests = new WeakMap<object, ReadonlySet<string>>();

export function filledNames(request: PaypageRequestMessage<unknown>): ReadonlySet<string> {
  let names = filledOfRequests.get(request);
  if (names === undefined)
    filledOfRequests.set(request, (names = new Set([MERCHANT_ID_FIELD, KEY_VERSION_FIELD, ...formFields(request)])));
  return names;
}

/** The fields the form carries outside `Data`: the interface version field, the seal and its algorithm. */
const formFields = (request: PaypageRequestMessage<unknown>): string[] => [
  ...request.fields.filter((f) => f.type === "interfaceVersion").map((f) => f.name),
  SEAL_FIELD,
  SEAL_ALGORITHM_FIELD,
];

/** Each request's `Data` message, made once: its field list is the key of what reading and writing `Data` keep of it. */
const dataMessages = new WeakMap<object, PaypageRequestMessage<unknown>>();

/** The JSON request as `Data` holds it: its fields less the form's own, which validation then does not ask for. */
export function dataMessage<Request>(request: PaypageRequestMessage<Request>): PaypageRequestMessage<Request> {
  let made = dataMessages.get(request) as PaypageRequestMessage<Request> | undefined;
  if (made === undefined) dataMessages.set(request, (made = dataMessageOf(request)));
  return made;
}

function dataMessageOf<Request>(request: PaypageRequestMessage<Request>): PaypageRequestMessage<Request> {
  const outside = new Set(formFields(request));
  const asked = new Set([...outside].map((name) => pointer("", name)));
  return {
    interfacePrefix: request.interfacePrefix,
    fields: request.fields.filter((f) => !outside.has(f.name)),
    validate: (value, options) => {
      const checked = request.validate(value, options);
      if (checked.ok) return checked;
      const errors = checked.errors.filter((e) => !(e.code === "required" && asked.has(e.path)));
      return errors.length > 0
        ? { ok: false, errors, warnings: checked.warnings }
        : { ok: true, value: value as Request, warnings: checked.warnings };
    },
  };
}
