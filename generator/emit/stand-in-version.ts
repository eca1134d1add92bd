// What a request example of an operation that recommends no interface version
// says of its version: the example made it up, as no source gives one, and a
// reader would otherwise copy it as a version to send.
import type { MessageModel, OperationModel } from "../model/operation-model.js";

/**
 * The sentence on the stand-in version of the example, with its names written by `code` (a code span in
 * Markdown, as they are in JSON text); empty where the example's version is a recommended one or there is none.
 */
export function standInVersionText(op: OperationModel, message: MessageModel, code: (text: string) => string): string {
  if (message.kind !== "request" || op.interfaceVersion.recommended !== null) return "";
  const field = message.fields.find((f) => f.type.kind === "interfaceVersion");
  const value = field === undefined ? undefined : message.example[field.name];
  if (field === undefined || typeof value !== "string") return "";
  return `The example's ${code(field.name)}, ${code(value)}, only stands in for one: no public source gives this operation a recommended version, so a call gives its own, in the request or in the client's ${code("interfaceVersions")}.`;
}
