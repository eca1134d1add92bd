// What a client call of an operation looks like, the same in its own
// function (operations/<name>/client.ts) and in its method of `createClient`'s
// client: its JSDoc, saying what the client fills in and does, and its
// parameters and result.

import { docBlock } from "./markdown-escape.js";
import type { PlatformModel } from "../model/ir.js";
import type { OperationModel } from "../model/operation-model.js";
import { type Code, ts } from "./ts/code.js";
import { docTag, jsdoc } from "./ts/comment-escape.js";
import { parenList } from "./ts/layouts.js";
import { messageSymbols, operationSymbols, packageSymbols } from "./ts/model-symbols.js";
import { runtime } from "./ts/symbols.js";

const c = runtime.client;

/**
 * Where a field of the page beyond the request's saved facts goes: said where the method is hovered, since the
 * compiler's error for such a field among the others names a known field ("did you mean"), never `beyondFacts`.
 */
const BEYOND_FACTS_TEXT =
  " A field of the operation's page beyond the spec's saved facts of the request, which its type does not hold, goes in `beyondFacts`: sent and sealed as the request's own, with a warning.";

/** What the client does with a request of this operation, for the JSDoc of its function and its method. */
export function clientCallDoc(op: OperationModel, platform: PlatformModel, withConfig = false): Code {
  const { merchantIdField, keyVersionField } = platform.credentials;
  const version = op.request.versionField;
  const recommended = op.interfaceVersion.recommended;
  const versionText =
    version === null
      ? ""
      : recommended === null
        ? ` ${version} must be given, here or in the configuration's interfaceVersions: no recommended one is documented.`
        : ` ${version} defaults to ${recommended}, the recommended one.`;
  return jsdoc([
    docBlock(op.summary),
    "",
    `Fills in ${merchantIdField} and ${keyVersionField} from the configuration.${versionText}`,
    `Refuses an invalid request before sending it; seals it, POSTs it as JSON to the operation's endpoint (${Object.keys(op.endpoints).join(", ")}),`,
    "then verifies the reply's seal and validates it.",
    "",
    ...(withConfig
      ? [
          docTag(
            "param",
            "config How to reach Sips and the shop's credentials, read and checked once per object (a TypeError rejects a configuration that cannot work; one whose getter or proxy throws resolves to an `invalid-request` error, nothing sent).",
          ),
        ]
      : []),
    docTag(
      "param",
      `fields The request without ${merchantIdField}, ${keyVersionField} and ${platform.seal.field}.${op.request.factsStop ? BEYOND_FACTS_TEXT : ""}`,
    ),
    docTag("param", "options `signal` cancels the call."),
    docTag(
      "returns",
      "`{ ok: true, response, warnings }` for a verified, valid reply whatever its status code (read it),",
    ),
    "or `{ ok: false, error }`, `error.kind` saying what failed. Never rejects for a failed call.",
  ]);
}

export const clientCallSignature = (op: OperationModel, withConfig: boolean): Code => {
  // The package's `ClientConfig`: keyed by its operations (any name took a misspelt interfaceVersions key), and its
  // environments, so that one configuration serves every operation's function (one without an address in the
  // configured environment resolves to an invalid-request error).
  const config = ts`${packageSymbols.client.config}`;
  const params = [
    ...(withConfig ? [ts`config: ${config}`] : []),
    ts`fields: ${operationSymbols(op).clientFields}`,
    ts`options?: ${c.CallOptions}`,
  ];
  return ts`${parenList(params)}: Promise<${c.ClientResult}<${messageSymbols(op, op.response).type}>>`;
};
