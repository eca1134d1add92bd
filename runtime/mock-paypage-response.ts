// The Paypage response of a payment the mock plays, as Sips writes it: the
// outcome put over the accepted response, written as `Data`, encoded as the
// request's was, and sealed over `Data` as sent with the key and the
// algorithm the payment's request was checked with.

import type { FieldDescriptor } from "./descriptor.js";
import { exampleWithEchoes } from "./mock-echo.js";
import { encodePaypageData, type PaypageEncoding } from "./paypage-encode.js";
import { writePaypageData } from "./paypage-data-write.js";
import { PAYPAGE_FORM_FIELDS } from "./paypage-form-fields.js";
import type { PaypageFormField } from "./paypage-request.js";
import { PAYPAGE_DEFAULT_SEAL_ALGORITHM } from "./paypage-verify.js";
import { computeSeal, type SealAlgorithmName } from "./seal.js";

/** What a payment's response is sealed and written with: its request's. */
export interface ResponseSealing {
  /** The key the request was checked with, which its response is sealed with. */
  readonly secretKey: string;
  readonly algorithm: SealAlgorithmName;
  readonly encode: PaypageEncoding | undefined;
  readonly interfaceVersion: string;
}

/** The response's code of the payment's outcome, which a test's outcome sets (`{ responseCode: "05" }`). */
const OUTCOME_CODE_FIELD = "responseCode";

/**
 * The accepted response (the spec's example: responseCode 00), the request's values where the response has the
 * field (none where the request gave none of a field of its `sent` ones), then the outcome. An outcome of another
 * code keeps of the accepted response only what the request said (its values carried back) and the fields the
 * response requires: the rest of the example (the acquirer's answer, the card the buyer paid with) is the accepted
 * payment's, and what a payment that was not accepted carries of it (a buyer who cancelled before giving a card
 * has none; the Paypage response page gives no such field for a refusal) the mock cannot tell. The outcome gives
 * what it wants there.
 */
export function responseFields(
  fields: readonly FieldDescriptor[],
  sent: readonly FieldDescriptor[],
  example: Record<string, unknown>,
  request: Record<string, unknown>,
  outcome: Record<string, unknown>,
): Record<string, unknown> {
  // By name, a field sent beyond the request's facts too: the form's Data is read as text where the spec says
  // nothing. One the request describes is carried back as exampleWithEchoes does, a container field by field.
  const names = new Set(fields.map((f) => f.name));
  const described = new Set(sent.map((f) => f.name));
  const echoed = Object.fromEntries(
    Object.entries(request).filter(([name]) => names.has(name) && !described.has(name)),
  );
  const accepted = { ...exampleWithEchoes(example, fields, sent, request), ...echoed };
  const otherCode =
    Object.hasOwn(outcome, OUTCOME_CODE_FIELD) && outcome[OUTCOME_CODE_FIELD] !== example[OUTCOME_CODE_FIELD];
  if (!otherCode) return { ...accepted, ...outcome };
  const required = new Set(fields.filter((f) => f.presence === "required").map((f) => f.name));
  const said = Object.fromEntries(
    Object.entries(accepted).filter(
      ([name]) => described.has(name) || Object.hasOwn(echoed, name) || required.has(name),
    ),
  );
  return { ...said, ...outcome };
}

/** The form's fields that carry `response`, or why it cannot be written as `Data`. */
export function sealedResponse(
  fields: readonly FieldDescriptor[],
  response: Record<string, unknown>,
  sealing: ResponseSealing,
): { readonly fields: readonly PaypageFormField[] } | { readonly problem: string } {
  const written = writePaypageData(fields, response);
  if (written.issues) return { problem: `the outcome cannot be written as Data: ${written.issues[0]?.message}` };
  const data = encodePaypageData(written.text, sealing.encode ?? "none");
  return {
    fields: [
      { name: PAYPAGE_FORM_FIELDS.data, value: data },
      { name: PAYPAGE_FORM_FIELDS.seal, value: computeSeal(data, sealing.secretKey, sealing.algorithm) },
      { name: PAYPAGE_FORM_FIELDS.interfaceVersion, value: sealing.interfaceVersion },
      // Named unless it is what a form without one means: a decoder that does not pin one would take SHA-256.
      ...(sealing.algorithm === PAYPAGE_DEFAULT_SEAL_ALGORITHM
        ? []
        : [{ name: PAYPAGE_FORM_FIELDS.sealAlgorithm, value: sealing.algorithm }]),
      ...(sealing.encode ? [{ name: PAYPAGE_FORM_FIELDS.encode, value: sealing.encode }] : []),
    ],
  };
}
