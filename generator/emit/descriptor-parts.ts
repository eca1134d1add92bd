// The parts of an operation's descriptor, as object literals of code: its
// addresses, interface version, status and messages. descriptor.ts holds them
// all; post-request.ts and client-call.ts the few that a POST form or a client
// function reads without the rest.

import { ADDRESS_KINDS } from "../rules/raw-spec.js";
import type { MessageModel, OperationModel, StatusModel } from "../model/operation-model.js";
import { type Code, concat, lines, ts } from "./ts/code.js";
import { key, lit } from "./ts/escape.js";
import { objectLiteral, property } from "./ts/layouts.js";
import { messageSymbols, operationSymbols } from "./ts/model-symbols.js";
import { factsStopLiteral } from "./facts-stop-literal.js";
import { messageFieldList, textOrNull } from "./field-descriptors.js";

/** The request's descriptor: post-request.ts's where the operation has a POST form. */
export function requestDescriptor(op: OperationModel): Code {
  const shared = operationSymbols(op).postRequest;
  return shared ? ts`${concat(shared)}.request` : messageDescriptor(op, op.request);
}

// Addresses are laid out one per line even where they would fit on one (prettier keeps an object so broken):
// an environment or an address added or removed is then a line of the diff, and moves no other.
export const endpointsDescriptor = (op: OperationModel): Code =>
  objectLiteral(
    Object.entries(op.endpoints).map(([env, url]) => property(key(env), url)),
    true,
  );

export const interfaceVersionDescriptor = (op: OperationModel): Code =>
  objectLiteral([
    property(key("prefix"), op.interfaceVersion.prefix),
    textOrNull("recommended", op.interfaceVersion.recommended),
    property(
      key("recommendedByPrefix"),
      objectLiteral(op.interfaceVersion.recommendedByPrefix.map((r) => property(key(r.prefix), r.version))),
    ),
    // The model's prefix, as the POST form's builder is given it: never read back from a version's text.
    textOrNull("postPrefix", op.interfaceVersion.post?.prefix ?? null),
  ]);

/** Every address of every environment, by kind: the POST form and SOAP addresses beside the JSON one. */
export function addressesDescriptor(op: OperationModel): Code {
  return objectLiteral(
    op.environments.map((env) =>
      property(
        key(env.name),
        objectLiteral(
          ADDRESS_KINDS.flatMap((kind) => {
            const url = env[kind];
            return url === null ? [] : [property(key(kind), url)];
          }),
          true,
        ),
      ),
    ),
    true,
  );
}

/**
 * The example of an operation's status field, which every text naming the field's codes names first (the
 * validators' and, through the registry's status, the client's and the redirection form's); null for none.
 */
export const statusExample = (op: OperationModel): string | null =>
  op.response.fields.find((f) => f.name === op.status?.field)?.example ?? null;

export function statusDescriptor(op: OperationModel): Code {
  const status = op.status;
  if (!status) return ts`null`;
  return objectLiteral([
    property(key("field"), status.field),
    textOrNull("messageField", status.messageField),
    textOrNull("errorField", status.errorField),
    textOrNull("accepted", status.accepted),
    textOrNull("formatError", status.formatError),
    textOrNull("signatureError", status.signatureError),
    textOrNull("example", statusExample(op)),
  ]);
}

/** The status's type: each key's literal (or null), as `statusDescriptor` writes its value; a `StatusDescriptor`. */
export function statusType(op: OperationModel, status: StatusModel): Code {
  const member = (name: string, value: string | null) =>
    ts`readonly ${key(name)}: ${value === null ? ts`null` : lit(value)};`;
  return ts`
    {
      ${lines([...STATUS_KEYS.map((name) => member(name, status[name])), member("example", statusExample(op))])}
    }
  `;
}

/** The keys of a status, in the order its descriptor writes them. */
const STATUS_KEYS = ["field", "messageField", "errorField", "accepted", "formatError", "signatureError"] as const;

/** The message Sips sends back: no JSON seal for a Data message (its decoder verifies the form's). */
export function callbackDescriptor(op: OperationModel): Code {
  const callback = op.callback;
  const names = operationSymbols(op).callback;
  if (!callback || !names) return ts`null`;
  const { message } = callback;
  const stop = factsStopLiteral(op, message);
  // Where its facts stop, the exported validator is the one that warns (validators/message-validators.ts). No guard:
  // a callback is trusted once its decoder verified the seal, and `is` would narrow unverified fields.
  const checks = [property(key("validate"), concat(names.validate))];
  return objectLiteral([
    property(key("name"), message.typeName),
    property(key("summary"), callback.summary),
    property(key("encoding"), message.encoding),
    property(key("seal"), message.encoding),
    property(key("fields"), concat(names.fields)),
    property(key("factsStop"), stop),
    ...checks,
  ]);
}

export function messageDescriptor(op: OperationModel, message: MessageModel): Code {
  const sym = messageSymbols(op, message);
  const stop = factsStopLiteral(op, message);
  const checks = [property(key("validate"), concat(sym.validate)), property(key("is"), concat(sym.guard))];
  return objectLiteral([
    property(key("name"), message.typeName),
    property(key("encoding"), ts`"json"`),
    property(key("interfacePrefix"), message.interfacePrefix),
    property(key("factsStop"), stop),
    property(key("fields"), messageFieldList(op, message)),
    property(key("sealFields"), concat(sym.sealFields)),
    ...checks,
    property(key("sealingString"), concat(sym.sealingString)),
    property(key("seal"), concat(sym.seal)),
    property(key("verify"), concat(sym.verify)),
  ]);
}
