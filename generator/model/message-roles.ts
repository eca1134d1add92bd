// An operation's messages by the role their fields' own values are named for:
// a callback's message is read as a response (its kind), but its own values
// are the callback's.

import type { OwnValuesMessage } from "../rules/own-values-names.js";
import type { FieldModel } from "./field-model.js";
import { allFields } from "./field-shape.js";
import type { MessageModel, OperationModel } from "./operation-model.js";

/** The request, the response and the callback's message if any, in that order, each with its role. */
export const messagesByRole = (op: OperationModel): readonly (readonly [OwnValuesMessage, MessageModel])[] => [
  [op.request.kind, op.request],
  [op.response.kind, op.response],
  ...(op.callback ? [["callback", op.callback.message] as const] : []),
];

/** The role of one of the operation's messages. */
export const roleOf = (op: OperationModel, message: MessageModel): OwnValuesMessage =>
  message === op.callback?.message ? "callback" : message.kind;

/** Every field of the operation's messages, at any depth of their containers: request, response, then callback. */
export const operationFields = (op: OperationModel): FieldModel[] =>
  messagesByRole(op).flatMap(([, message]) => allFields(message.fields));
