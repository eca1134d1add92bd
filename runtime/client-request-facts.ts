// What a call fills in a request of an operation, told once by its fields: the
// version field, the credentials it has a field for, whether it names its seal
// algorithm, and the names a caller's fields may not hold.

import type { FieldDescriptor } from "./descriptor.js";
import { FILLED } from "./client-fields.js";
import { KEY_VERSION_FIELD, MERCHANT_ID_FIELD, SEAL_ALGORITHM_FIELD } from "./platform.js";

/** What a call fills in a request of an operation, told by its fields. */
export interface RequestFacts {
  readonly versionField: string | undefined;
  readonly hasMerchantId: boolean;
  readonly hasKeyVersion: boolean;
  readonly namesAlgorithm: boolean;
  /** The names of its fields. */
  readonly names: ReadonlySet<string>;
  /** The names a call gives in none of its fields: the credentials, the seal, and its algorithm where the request has no field for it. */
  readonly filled: ReadonlySet<string>;
}

/** Each request's facts, worked out once rather than by a walk of its fields per call. */
const factsOfRequests = new WeakMap<object, RequestFacts>();

export function requestFacts(request: { readonly fields: readonly FieldDescriptor[] }): RequestFacts {
  let facts = factsOfRequests.get(request);
  if (facts === undefined) {
    const names = new Set(request.fields.map((f) => f.name));
    facts = {
      versionField: request.fields.find((f) => f.type === "interfaceVersion")?.name,
      hasMerchantId: names.has(MERCHANT_ID_FIELD),
      hasKeyVersion: names.has(KEY_VERSION_FIELD),
      namesAlgorithm: names.has(SEAL_ALGORITHM_FIELD),
      names,
      filled: new Set(names.has(SEAL_ALGORITHM_FIELD) ? FILLED : [...FILLED, SEAL_ALGORITHM_FIELD]),
    };
    factsOfRequests.set(request, facts);
  }
  return facts;
}
