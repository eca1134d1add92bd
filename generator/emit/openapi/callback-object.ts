// What Sips posts back after an operation that has a callback (paymentWebInit:
// the Paypage response), as an OpenAPI 3.1 Callback Object of the operation:
// the POST interface's form, sent to each address the request names for it,
// its Data described by the callback's message schema.

import type { SealRuleModel } from "../../model/ir.js";
import type { JsonObject } from "../../model/json-value.js";
import type { CallbackModel, OperationModel } from "../../model/operation-model.js";
import { PAYPAGE_ENCODINGS } from "../../../runtime/paypage-encode.js";
import { PAYPAGE_FORM_FIELDS as FORM } from "../../../runtime/paypage-form-fields.js";

/**
 * What the POST interface seals with when the form names no algorithm: runtime/paypage-verify.ts's
 * PAYPAGE_DEFAULT_SEAL_ALGORITHM, which imports the generated platform file and so cannot be imported here.
 */
const POST_DEFAULT_ALGORITHM = "SHA-256";

/**
 * The request fields whose addresses Sips posts the callback to: normalReturnUrl through the buyer's browser,
 * automaticResponseUrl server to server (docs/paypage.md). Those the request holds are described.
 */
const POSTED_TO = [
  ["automaticResponseUrl", "server to server"],
  ["normalReturnUrl", "through the buyer's browser"],
] as const;

/** The operation's `callbacks`, or nothing when it has no callback or its request names no address for one. */
export function callbacksOf(op: OperationModel, seal: SealRuleModel): JsonObject {
  const { callback } = op;
  if (!callback) return {};
  const addresses = POSTED_TO.filter(([field]) => op.request.fields.some((f) => f.name === field));
  if (addresses.length === 0) return {};
  const expressions: JsonObject = {};
  for (const [field, how] of addresses)
    expressions[`{$request.body#/${field}}`] = { post: postOf(op, callback, seal, field, how) };
  return { callbacks: { [callback.name]: expressions } };
}

function postOf(op: OperationModel, callback: CallbackModel, seal: SealRuleModel, field: string, how: string) {
  const { message } = callback;
  const hexLengths = [...new Set(seal.algorithms.map((a) => a.hexLength))].sort((a, b) => a - b);
  return {
    operationId: `${callback.name}To${field.charAt(0).toUpperCase()}${field.slice(1)}`,
    summary: callback.summary,
    description:
      `Sips posts the outcome of ${op.name} to the request's ${field}, ${how}, as a form. ` +
      "Verify Seal over Data exactly as posted before reading anything of Data.",
    requestBody: {
      required: true,
      content: {
        "application/x-www-form-urlencoded": {
          schema: {
            type: "object",
            required: [FORM.data, FORM.seal, FORM.interfaceVersion],
            // The names and encodings the package's decoder reads (runtime/paypage-form-fields.ts), in its order.
            properties: {
              [FORM.data]: {
                type: "string",
                description:
                  `The fields of ${message.typeName} as name=value pairs joined by |, ` +
                  "a container's field as container.field=value, a list as field=v1,v2; encoded as Encode says.",
                contentMediaType: "text/plain",
                contentSchema: { $ref: `#/components/schemas/${message.typeName}` },
              },
              [FORM.seal]: {
                type: "string",
                description: "Lower-case hex seal of Data as posted, with the algorithm SealAlgorithm names.",
                pattern: `^[0-9a-f]{${hexLengths.join("}$|^[0-9a-f]{")}}$`,
              },
              [FORM.interfaceVersion]: {
                type: "string",
                description: `The POST interface's version: ${message.interfacePrefix} and its number.`,
                pattern: `^${message.interfacePrefix}`,
              },
              [FORM.encode]: {
                type: "string",
                description: "How Data is encoded, when it is.",
                enum: [...PAYPAGE_ENCODINGS],
              },
              [FORM.sealAlgorithm]: {
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
