// What an example says of the values it made up, as no source gives one, which
// a reader would otherwise copy as values to send: the interface version of a
// request whose operation recommends none, and any field's placeholder.
import { examplePlaceholders } from "../model/examples.js";
import type { PlatformModel } from "../model/ir.js";
import type { MessageModel, OperationModel } from "../model/operation-model.js";

/**
 * The sentence on the stand-in version of the example, with its names written by `code` (a code span in
 * Markdown, as they are in JSON text); empty where the example's version is a recommended one or there is none.
 */
function standInVersionText(op: OperationModel, message: MessageModel, code: (text: string) => string): string {
  if (message.kind !== "request" || op.interfaceVersion.recommended !== null) return "";
  const field = message.fields.find((f) => f.type.kind === "interfaceVersion");
  const value = field === undefined ? undefined : message.example[field.name];
  if (field === undefined || typeof value !== "string") return "";
  return `The example's ${code(field.name)}, ${code(value)}, only stands in for one: no public source gives this operation a recommended version, so a call gives its own, in the request or in the client's ${code("interfaceVersions")}.`;
}

/**
 * The sentence on the placeholders of the example of `message` (fields no example and no value list gives a value,
 * filled from their type and format), names and JSON values written by `code`; empty where it has none.
 */
function placeholdersText(message: MessageModel, platform: PlatformModel, code: (text: string) => string): string {
  const found = examplePlaceholders(message.fields, platform.seal.field);
  if (found.length === 0) return "";
  const items = found.map(([path, value]) => `${code(path)} (${code(JSON.stringify(value))})`);
  const listed = items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
  const one = found.length === 1;
  return one
    ? `The example's ${listed} is a placeholder made from its type and format, not a value to copy: no public source gives the field one.`
    : `The example's ${listed} are placeholders made from their type and format, not values to copy: no public source gives these fields one.`;
}

/**
 * What an example's note says of the values it made up: its stand-in version, then its placeholders, each a
 * sentence; empty where it made up none.
 */
export const madeUpValuesText = (
  op: OperationModel,
  message: MessageModel,
  platform: PlatformModel,
  code: (text: string) => string,
): string =>
  [standInVersionText(op, message, code), placeholdersText(message, platform, code)]
    .filter((sentence) => sentence !== "")
    .join(" ");
